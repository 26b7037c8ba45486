package se.vanort.adapters.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** The {@code vanort} command: checks, calendars, queries and the database from a terminal. */
public final class Main {
  /** The narrowest help picocli lays out. */
  private static final int MIN_USAGE_WIDTH = 55;

  private Main() {}

  /** Runs the command with {@code args} and exits with its exit code (see {@link ExitCodes}). */
  public static void main(String[] args) {
    // Hibernate Validator logs its version at INFO through JBoss Logging; route that to SLF4J's
    // no-operation logger so that stderr carries only what vanort has to say.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Environment environment = new Environment(variables(), Locale.getDefault(), isTerminal("err"),
        Environment.colour(System.getenv(), isTerminal("out")));
    int code = run(args, out, err, environment);
    out.flush();
    err.flush();
    System.exit(code);
  }

  // The shell's COLUMNS is rarely exported; bin/vanort passes the terminal's width as a property.
  private static Map<String, String> variables() {
    String columns = System.getProperty("vanort.columns");
    if (columns == null || System.getenv("COLUMNS") != null) {
      return System.getenv();
    }
    Map<String, String> variables = new java.util.HashMap<>(System.getenv());
    variables.put("COLUMNS", columns);
    return variables;
  }

  // bin/vanort says which streams are terminals; run as 'java -jar', only the console can tell, and
  // it tells whether stdin and stdout both are.
  private static boolean isTerminal(String stream) {
    String told = System.getProperty("vanort.terminal." + stream);
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  /**
   * Runs the command with {@code args}, writing to {@code out} and {@code err}, in English unless
   * {@code --lang sv} is given, without colour and with no database URL from the environment.
   *
   * @return the exit code: 0 no SHALL finding, 1 a SHALL finding or a failed scenario, 2 bad input
   *     or usage, 3 an internal error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, new Environment(Map.of(), Locale.ENGLISH, false, false));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
    Language language = Arguments.language(args, environment);
    try {
      return commandLine(environment, out, err, language, commandsFor(args)).execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands errors (a failed class initialiser, an exhausted stack) back to the caller;
      // they are still internal errors with exit code 3, not a crash with a stack trace
      return ErrorHandler.internal(e, err, Arguments.json(args) ? java.util.Optional.of(out) : java.util.Optional.empty(),
          new Texts(language), Arguments.debug(args));
    } finally {
      out.flush();
    }
  }

  /** The command line of {@code vanort} with every command, wired to the streams and the environment. */
  static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err, Language language) {
    return commandLine(environment, out, err, language, VanortCommand.COMMANDS);
  }

  /**
   * The commands a run of {@code args} needs: the one named first ({@code vanort check FILE}) when
   * {@code args} start with a command's name, else all (the help of {@code vanort}, a mistyped name
   * answered with the closest, a completion script of every command); none for {@code --version}.
   */
  static List<Class<?>> commandsFor(String[] args) {
    if (args.length == 0) {
      return VanortCommand.COMMANDS;
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    for (Class<?> command : VanortCommand.COMMANDS) {
      if (command != CompletionCommand.class
          && command.getAnnotation(CommandLine.Command.class).name().equals(args[0])) {
        return List.of(command);
      }
    }
    return VanortCommand.COMMANDS;
  }

  private static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err, Language language,
      List<Class<?>> commands) {
    CommandLine commandLine = new CommandLine(new VanortCommand(environment));
    // Added before the settings below, which apply to the commands present.
    for (Class<?> command : commands) {
      commandLine.addSubcommand(command);
    }
    commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setAbbreviatedOptionsAllowed(false)
        .setUsageHelpWidth(Math.max(MIN_USAGE_WIDTH, environment.columns()))
        .setColorScheme(CommandLine.Help.defaultColorScheme(
            environment.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    commandLine.setResourceBundle(language.helpBundle());
    showExitCodesInEveryHelp(commandLine, commandLine.getCommandSpec().usageMessage(), new Texts(language));
    ErrorHandler handler = new ErrorHandler(language);
    commandLine.setExecutionExceptionHandler(handler);
    commandLine.setParameterExceptionHandler(handler);
    return commandLine;
  }

  /** The exit codes each command can end with, where they mean more than "done". */
  private static final Map<String, List<String>> EXIT_CODES = Map.of(
      "vanort check", List.of("exit.0.check", "exit.1.check", "exit.2", "exit.3"),
      "vanort delegation", List.of("exit.0.check", "exit.1.delegation", "exit.2", "exit.3"),
      "vanort test", List.of("exit.0.test", "exit.1.test", "exit.2", "exit.3"),
      "vanort diff", List.of("exit.0.diff", "exit.1.diff", "exit.2", "exit.3"));

  // Every command's help ends with the exit codes it can give; the top's lists them all.
  private static void showExitCodesInEveryHelp(CommandLine commandLine, UsageMessageSpec root, Texts texts) {
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      String name = subcommand.getCommandSpec().qualifiedName();
      String[] footer = EXIT_CODES.getOrDefault(name, List.of("exit.0", "exit.2", "exit.3")).stream()
          .map(key -> "  " + texts.get(key)).toArray(String[]::new);
      subcommand.getCommandSpec().usageMessage().footerHeading(root.footerHeading()).footer(footer);
      showExitCodesInEveryHelp(subcommand, root, texts);
    }
  }
}
