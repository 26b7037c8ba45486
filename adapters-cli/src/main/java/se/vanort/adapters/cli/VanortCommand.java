package se.vanort.adapters.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top of the command tree: {@code vanort <command>}. */
@Command(name = "vanort",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Rules as code for municipal international cooperation (VA2021, VIS2016).",
    description = {
        "Checks a register of twin-town and partnership work against the Nordic twin-town agreement"
            + " VA2021 and Vimmerby's strategy VIS2016, answers who decides and what is due, and keeps"
            + " registers and reports in a database.",
        "",
        "Example:",
        "  vanort check examples/vimmerby.yaml"},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  no SHALL finding",
        "  1  at least one SHALL finding, or a failed scenario",
        "  2  bad input or usage",
        "  3  an internal error"})
final class VanortCommand implements Runnable {
  /**
   * The commands under {@code vanort}, in the order its help lists them. They are added by {@link
   * Main#commandLine}, not named in the annotation, so that a run of one command builds the model of
   * that command only (start-up time: picocli reads every annotated class it is given).
   */
  static final List<Class<?>> COMMANDS = List.of(
      CheckCommand.class,
      DueCommand.class,
      WhoDecidesCommand.class,
      CoordinatorCommand.class,
      DelegationCommand.class,
      RulesCommand.class,
      CoverageCommand.class,
      ReportCommand.class,
      TestCommand.class,
      DiffCommand.class,
      DbCommand.class,
      InitCommand.class,
      CompletionCommand.class);

  private final Environment environment;

  @Spec
  private CommandSpec spec;

  VanortCommand(Environment environment) {
    this.environment = environment;
  }

  Environment environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed, e.g. 'vanort check FILE'");
  }
}
