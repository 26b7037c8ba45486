package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the command reads from outside its arguments: environment variables (e.g.
 * {@code VANORT_DB_URL}), the default locale, and whether it talks to a terminal, so that tests can
 * run it with a fixed environment.
 *
 * @param variables the environment variables
 * @param locale the default locale, which picks the language when {@code --lang} is not given
 * @param terminal whether stderr is a terminal (progress bars)
 * @param colour whether stdout gets ANSI colours
 */
record Environment(Map<String, String> variables, Locale locale, boolean terminal, boolean colour) {
  Environment {
    variables = ImmutableMap.copyOf(variables);
  }

  /**
   * Whether standard output gets colour, by the rules of picocli's {@code Ansi.AUTO}: never when
   * {@code NO_COLOR} is set; always when {@code CLICOLOR_FORCE} is set and not 0; otherwise only on a
   * terminal ({@code outTerminal}) that is not {@code TERM=dumb} and without {@code CLICOLOR=0}.
   */
  static boolean colour(Map<String, String> variables, boolean outTerminal) {
    if (variables.get("NO_COLOR") != null) {
      return false;
    }
    String force = variables.get("CLICOLOR_FORCE");
    if (force != null && !force.equals("0")) {
      return true;
    }
    return outTerminal && !"dumb".equals(variables.get("TERM")) && !"0".equals(variables.get("CLICOLOR"));
  }

  /** The width text output wraps to when none is known: a terminal's classic 80 columns. */
  static final int DEFAULT_COLUMNS = 80;

  /**
   * The width of the terminal: {@code COLUMNS} when set to a number from 40 to 1000 (bin/vanort sets
   * it from {@code tput cols} when standard output is a terminal), else {@value #DEFAULT_COLUMNS}.
   */
  int columns() {
    return variable("COLUMNS").filter(value -> value.strip().matches("\\d{2,4}"))
        .map(value -> Integer.parseInt(value.strip())).filter(columns -> columns >= 40 && columns <= 1000)
        .orElse(DEFAULT_COLUMNS);
  }

  /** The environment variable {@code name}, if set and not blank. */
  Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
  }
}
