package se.vanort.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.repository.RegisterRevision;
import se.vanort.domain.repository.StoredRegister;

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

  /** Opens the database selected by the option or the environment, creating the embedded one if need be. */
  JdbcStore open(Environment environment) {
    try {
      return JdbcStore.fromEnvironment(variables(environment));
    } catch (IllegalArgumentException e) {
      // a URL of no database vanort can use is the user's to fix
      throw new BadInputException(e.getMessage());
    }
  }

  /**
   * Opens the database for a command that only reads it: empty when it is the embedded database
   * and that has never been created, so that reading creates no database file.
   */
  Optional<JdbcStore> openExisting(Environment environment) {
    Map<String, String> variables = variables(environment);
    try {
      JdbcStore.timeout(variables);  // a timeout beyond reason is refused even when there is nothing to open
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    String configured = variables.get(JdbcStore.URL_VARIABLE);
    Path directory = JdbcStore.defaultDirectory(variables);
    // A data directory that is a file is opened, so that the store names it and says what to do.
    if ((configured == null || configured.isBlank())
        && !Files.isRegularFile(directory) && !Files.exists(directory.resolve("vanort.mv.db"))) {
      return Optional.empty();
    }
    return Optional.of(open(environment));
  }

  private Map<String, String> variables(Environment environment) {
    Map<String, String> variables = new HashMap<>(environment.variables());
    if (url != null && !url.isBlank()) {
      variables.put(JdbcStore.URL_VARIABLE, url);
    }
    if (timeoutSeconds != null) {
      variables.put(JdbcStore.TIMEOUT_VARIABLE, String.valueOf(timeoutSeconds));
    }
    return variables;
  }

  /** {@code text} as a register id, or the problem with its form. */
  static RegisterId registerId(String text) {
    try {
      return RegisterId.of(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  /**
   * Revision {@code revision} (the latest if null) of register {@code id} in {@code store} (none:
   * nothing is stored).
   *
   * @throws BadInputException naming the closest stored register id, or the revisions there are
   */
  static StoredRegister load(Optional<JdbcStore> store, RegisterId id, Integer revision, Texts texts) {
    Optional<StoredRegister> found = store.flatMap(s -> revision == null ? s.registers().find(id)
        : s.registers().find(id, revision));
    if (found.isPresent()) {
      return found.get();
    }
    List<RegisterRevision> revisions = store.map(s -> (List<RegisterRevision>) s.registers().revisions(id))
        .orElse(List.of());
    if (revisions.isEmpty()) {
      throw new BadInputException(unknownRegister(store, id, texts));
    }
    throw new BadInputException(texts.get("db.no-revision", id, revision,
        revisions.get(revisions.size() - 1).number()));
  }

  /** "No register 'vimmerbi' is stored. Did you mean 'vimmerby'?" */
  static String unknownRegister(Optional<JdbcStore> store, RegisterId id, Texts texts) {
    List<String> ids = store.map(s -> s.registers().list().stream().map(r -> r.register().value()).toList())
        .orElse(List.of());
    return Registers.unknown(texts, "db.unknown-register", id.value(), ids);
  }
}
