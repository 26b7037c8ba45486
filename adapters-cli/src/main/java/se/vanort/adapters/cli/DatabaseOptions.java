package se.vanort.adapters.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.RegisterId;

/**
 * {@code --db-url}: which database the {@code db} commands and {@code check --db} use. The option
 * wins over {@code VANORT_DB_URL}; without either, the embedded H2 database in {@code $VANORT_HOME}
 * (default {@code ~/.local/share/vanort}).
 */
final class DatabaseOptions {
  @Option(names = "--db-url", paramLabel = "JDBC_URL", descriptionKey = "db-url",
      description = "The database: jdbc:h2:, jdbc:postgresql: or jdbc:mariadb: (default: $VANORT_DB_URL, else an"
          + " embedded H2 database in $VANORT_HOME or ~/.local/share/vanort). User and password come from"
          + " $VANORT_DB_USER and $VANORT_DB_PASSWORD.")
  String url;

  @Option(names = "--db-timeout", paramLabel = "SECONDS", descriptionKey = "db-timeout",
      description = "Give up connecting to the database server and logging in after SECONDS, and on a statement"
          + " it does not answer after six times that, at least a minute (default: $VANORT_DB_TIMEOUT, else 10;"
          + " 1 to 3600).")
  Integer timeoutSeconds;

  /** Opens the database selected by the option or the environment. */
  JdbcStore open(Environment environment) {
    Map<String, String> variables = new HashMap<>(environment.variables());
    if (url != null && !url.isBlank()) {
      variables.put(JdbcStore.URL_VARIABLE, url);
    }
    if (timeoutSeconds != null) {
      variables.put(JdbcStore.TIMEOUT_VARIABLE, String.valueOf(timeoutSeconds));
    }
    try {
      return JdbcStore.fromEnvironment(variables);
    } catch (IllegalArgumentException e) {
      // a URL of no database vanort can use is the user's to fix
      throw new BadInputException(e.getMessage());
    }
  }

  /** {@code text} as a register id, or the problem with its form. */
  static RegisterId registerId(String text) {
    try {
      return RegisterId.of(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
