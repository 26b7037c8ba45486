package se.vanort.adapters.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vanort generate-completion}: picocli's bash and zsh completion script, with the options
 * every command has, so that its help lists every option it accepts.
 */
@Command(name = "generate-completion",
    header = "Generate a bash and zsh completion script.",
    description = {
        "Prints a completion script for vanort that offers its commands, options and the values they accept."
            + " Load it into the shell with: source <(vanort generate-completion)",
        "",
        "Example:",
        "  vanort generate-completion > vanort-completion.bash"})
final class CompletionCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    // the script is shell code: no JSON or Markdown form
    options.accept(Format.TEXT);
    options.file().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    options.file().flush();
    return ExitCodes.OK;
  }
}
