package se.vanort.adapters.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/** Runs the real command line with captured output, as a user would, for the tests. */
final class Cli {
  private Cli() {}

  /** What a run printed and how it ended. */
  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /** Runs {@code vanort args} in English, without colour and without environment variables. */
  static Run run(String... args) {
    return run(Map.of(), args);
  }

  /**
   * Runs {@code vanort args} with the environment variables {@code variables}; text output is as wide
   * as it needs (COLUMNS 1000) unless they say otherwise, so that tests of content see whole lines
   * (SwedishTextTest tests the wrapping).
   */
  static Run run(Map<String, String> variables, String... args) {
    Map<String, String> wide = new java.util.HashMap<>(variables);
    wide.putIfAbsent("COLUMNS", "1000");
    return run(new Environment(wide, Locale.ENGLISH, false, false), args);
  }

  /** Runs {@code vanort args} in {@code environment}. */
  static Run run(Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
    return new Run(code, out.toString(), err.toString());
  }
}
