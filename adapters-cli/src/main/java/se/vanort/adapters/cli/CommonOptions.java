package se.vanort.adapters.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.vanort.domain.Kebab;

/** The options every command has (format, language, debug), and its way to the output streams. */
final class CommonOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Candidates.Formats.class,
      description = "Output format: text, json or markdown (default: text).")
  Format format;

  @Option(names = "--lang", paramLabel = "LANG", completionCandidates = Candidates.Languages.class,
      description = "Language of the output: sv or en (default: from the locale, English otherwise).")
  Language language;

  @Option(names = "--debug", description = "Print the stack trace of an error.")
  boolean debug;

  private Texts texts;
  private PrintWriter wrapped;

  /** The language asked for, else the environment's. */
  Language language() {
    return language != null ? language : Language.of(environment().locale());
  }

  /** The texts in {@link #language()}. */
  Texts texts() {
    if (texts == null) {
      texts = new Texts(language());
    }
    return texts;
  }

  Environment environment() {
    return ((VanortCommand) spec.root().userObject()).environment();
  }

  /**
   * Where the command's answer goes: in text format wrapped to the terminal's width
   * ({@link Environment#columns()}), other formats as they are.
   */
  PrintWriter out() {
    if (format != Format.TEXT) {
      return spec.commandLine().getOut();
    }
    if (wrapped == null) {
      wrapped = new PrintWriter(new LineWrapper(spec.commandLine().getOut(), environment().columns()), true);
    }
    return wrapped;
  }

  /** Standard output as it is, for the text of a file (a register, a script) that must not be wrapped. */
  PrintWriter file() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Refuses {@link #format} unless it is one of {@code formats}, the formats the command can give,
   * naming them: a format asked for is never silently replaced by another.
   */
  void accept(Format... formats) {
    if (!java.util.List.of(formats).contains(format)) {
      throw new BadInputException(texts().get("error.format", Kebab.of(format), spec.qualifiedName(),
          String.join(", ", java.util.Arrays.stream(formats).map(Kebab::of).toList())));
    }
  }

  /** Whether the text output may carry ANSI colours. */
  boolean colour() {
    return environment().colour() && format == Format.TEXT;
  }
}
