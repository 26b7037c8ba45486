package se.vanort.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.StorageException;
import se.vanort.rules.history.EvaluationLog;

/**
 * A vanort database: H2, PostgreSQL or MariaDB, migrated to the current schema when it is opened,
 * with its connection pool; hands out the {@link RegisterRepository} and the {@link EvaluationLog}
 * stored in it. Close it to release the pool.
 *
 * <pre>{@code
 * try (JdbcStore store = JdbcStore.fromEnvironment(System.getenv())) {
 *   RegisterRevision saved = store.registers().save(register);
 *   store.evaluations().append(Rulebook.standard().check(register), saved.number());
 * }
 * }</pre>
 */
public final class JdbcStore implements AutoCloseable {
  /** The environment variable with a JDBC URL that selects a database server. */
  public static final String URL_VARIABLE = "VANORT_DB_URL";

  /** The environment variable with the database user, used with {@link #URL_VARIABLE}. */
  public static final String USER_VARIABLE = "VANORT_DB_USER";

  /** The environment variable with the database password, used with {@link #URL_VARIABLE}. */
  public static final String PASSWORD_VARIABLE = "VANORT_DB_PASSWORD";

  /** The environment variable with vanort's data directory, where the default database lives. */
  public static final String HOME_VARIABLE = "VANORT_HOME";

  private final HikariDataSource pool;
  private final String url;
  private final JdbcRegisterRepository registers;
  private final JdbcEvaluationLog evaluations;

  private JdbcStore(HikariDataSource pool, String url, Clock clock) {
    this.pool = pool;
    this.url = url;
    this.registers = new JdbcRegisterRepository(pool, clock, () -> { });
    this.evaluations = new JdbcEvaluationLog(pool, clock);
  }

  /**
   * Opens the database at {@code url} (jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:) as
   * {@code user} with {@code password} (either may be null where the server asks for none), and
   * creates or migrates its tables.
   *
   * @throws IllegalArgumentException if the URL is of no database vanort can use
   * @throws StorageException if the database cannot be reached or migrated
   */
  public static JdbcStore open(String url, String user, String password) {
    Dialect dialect = Dialect.of(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("vanort");
    config.setMaximumPoolSize(8);
    config.setAutoCommit(false);
    dialect.driverProperties().forEach(config::addDataSourceProperty);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StorageException("connecting to " + url + " as " + (user == null ? "the default user" : user), e);
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .placeholders(dialect.placeholders())
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new StorageException("creating or migrating vanort's tables at " + url, e);
    }
    return new JdbcStore(pool, url, Clock.systemUTC());
  }

  /**
   * Opens the embedded default: an H2 database in {@link #defaultDirectory}, created and migrated
   * on first use.
   */
  public static JdbcStore openDefault() {
    return openIn(defaultDirectory(System.getenv()));
  }

  /** Opens (creating it if need be) the H2 database file {@code vanort} in {@code directory}. */
  public static JdbcStore openIn(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create vanort's data directory " + directory, e);
    }
    return open(h2UrlIn(directory), "sa", "");
  }

  /**
   * Opens the database the environment names: the server at {@code VANORT_DB_URL} as
   * {@code VANORT_DB_USER} with {@code VANORT_DB_PASSWORD} if the URL is set, the embedded default
   * otherwise.
   */
  public static JdbcStore fromEnvironment(Map<String, String> environment) {
    String url = environment.get(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return open(url.strip(), environment.get(USER_VARIABLE), environment.get(PASSWORD_VARIABLE));
    }
    return openIn(defaultDirectory(environment));
  }

  /**
   * vanort's data directory: {@code $VANORT_HOME} if set, else {@code ~/.local/share/vanort}.
   */
  public static Path defaultDirectory(Map<String, String> environment) {
    String home = environment.get(HOME_VARIABLE);
    if (home != null && !home.isBlank()) {
      return Path.of(home.strip());
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "vanort");
  }

  /** The JDBC URL of the H2 database file {@code vanort} in {@code directory}. */
  public static String h2UrlIn(Path directory) {
    checkArgument(directory != null, "a directory for the database is needed");
    return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("vanort") + ";DEFAULT_LOCK_TIMEOUT=60000";
  }

  /** The pool, for tests that build a repository with a hook of their own. */
  DataSource pool() {
    return pool;
  }

  /** The registers stored in this database. */
  public RegisterRepository registers() {
    return registers;
  }

  /** The history of checks stored in this database. */
  public EvaluationLog evaluations() {
    return evaluations;
  }

  /** The JDBC URL of this database. */
  public String url() {
    return url;
  }

  /** Closes the connection pool; the repositories of this store cannot be used afterwards. */
  @Override
  public void close() {
    pool.close();
  }
}
