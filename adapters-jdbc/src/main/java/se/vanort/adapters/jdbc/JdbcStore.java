package se.vanort.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import se.vanort.domain.register.RegisterId;
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

  /** The environment variable with the timeout of connecting and logging in, in seconds. */
  public static final String TIMEOUT_VARIABLE = "VANORT_DB_TIMEOUT";

  /**
   * How long vanort waits to connect to a database server and log in (10 s); a server that does not
   * answer a statement within {@link #SOCKET_TIMEOUT_FACTOR} times that (at least a minute) is given
   * up on as well.
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The socket timeout as a multiple of the connect timeout. */
  public static final int SOCKET_TIMEOUT_FACTOR = 6;

  private final HikariDataSource pool;
  private final String url;
  private final JdbcRegisterRepository registers;
  private final JdbcEvaluationLog evaluations;
  private final Optional<EmbeddedGuard> guard;

  private JdbcStore(HikariDataSource pool, String url, Clock clock, Optional<EmbeddedGuard> guard) {
    this.pool = pool;
    this.url = url;
    this.guard = guard;
    this.registers = new JdbcRegisterRepository(pool, clock, () -> { },
        guard.map(g -> (JdbcRegisterRepository.Journal) g).orElse(JdbcRegisterRepository.Journal.NONE));
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
    return open(url, user, password, DEFAULT_TIMEOUT);
  }

  /**
   * Opens the database at {@code url} as {@link #open(String, String, String)} does, giving up on
   * connecting or logging in after {@code timeout}, and on a statement the server does not answer
   * after {@link #SOCKET_TIMEOUT_FACTOR} times that (at least a minute).
   *
   * @throws IllegalArgumentException if the URL is of no database vanort can use, or the timeout is not positive
   * @throws StorageException if the database cannot be reached or migrated
   */
  public static JdbcStore open(String url, String user, String password, Duration timeout) {
    return open(url, user, password, timeout, Optional.empty());
  }

  private static JdbcStore open(String url, String user, String password, Duration timeout,
      Optional<EmbeddedGuard> guard) {
    checkArgument(timeout != null && !timeout.isNegative() && !timeout.isZero() && timeout.toSeconds() <= MAX_TIMEOUT_SECONDS,
        "a database timeout lies between 1 and %s seconds, not %s", MAX_TIMEOUT_SECONDS, timeout);
    Dialect dialect = Dialect.of(url);
    Path file = Path.of(url.replaceFirst("^jdbc:h2:file:", "").replaceAll(";.*", "") + ".mv.db");
    Optional<Path> copy;
    try {
      copy = guard.isEmpty() || guard.get().checkBeforeOpening(url, file) ? Optional.empty()
          : Optional.of(EmbeddedGuard.keepCopy(file));
    } catch (RuntimeException e) {
      guard.ifPresent(EmbeddedGuard::close);
      throw e;
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("vanort");
    config.setMaximumPoolSize(8);
    config.setAutoCommit(false);
    long millis = Math.max(250, timeout.toMillis());
    config.setConnectionTimeout(millis);
    config.setInitializationFailTimeout(millis);
    config.setValidationTimeout(Math.max(250, Math.min(5000, millis / 2)));
    dialect.driverProperties().forEach(config::addDataSourceProperty);
    Duration socket = timeout.multipliedBy(SOCKET_TIMEOUT_FACTOR);
    dialect.timeoutProperties(timeout, socket.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : socket)
        .forEach(config::addDataSourceProperty);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      guard.ifPresent(EmbeddedGuard::close);
      throw Damage.ofH2(e, url).orElseGet(() -> new StorageException(
          "connecting to " + url + " as " + (user == null ? "the default user" : user) + " (waiting up to "
              + timeout.toSeconds() + " s; --db-timeout or " + TIMEOUT_VARIABLE + " changes it)", e));
    }
    try {
      copy.ifPresent(before -> guard.get().checkAfterRecovery(pool, file, before));
      Flyway.configure()
          .dataSource(pool)
          .placeholders(dialect.placeholders())
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      guard.ifPresent(EmbeddedGuard::close);
      if (e instanceof StorageException storage) {
        throw storage;
      }
      throw Damage.ofH2(e, url).orElseGet(() -> new StorageException("creating or migrating vanort's tables at " + url, e));
    }
    return new JdbcStore(pool, url, Clock.systemUTC(), guard);
  }

  /** The longest timeout accepted, in seconds: an hour. */
  public static final int MAX_TIMEOUT_SECONDS = 3600;

  /**
   * Opens the embedded default: an H2 database in {@link #defaultDirectory}, created and migrated
   * on first use.
   */
  public static JdbcStore openDefault() {
    return openIn(defaultDirectory(System.getenv()));
  }

  /** Opens (creating it if need be) the H2 database file {@code vanort} in {@code directory}. */
  public static JdbcStore openIn(Path directory) {
    return openIn(directory, DEFAULT_TIMEOUT);
  }

  /**
   * Opens the H2 database file {@code vanort} in {@code directory} as {@link #openIn(Path)} does.
   * Processes share it one at a time: one that finds it in use waits for up to two minutes. A file
   * that lost revisions noted in its journal, or that H2 finds corrupted, is refused before
   * anything is written or migrated.
   */
  public static JdbcStore openIn(Path directory, Duration timeout) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new UncheckedIOException(new IOException("vanort's data directory " + directory + " (" + HOME_VARIABLE
          + ", or ~/.local/share/vanort) is a file, not a directory; set " + HOME_VARIABLE + " to a directory"));
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot create vanort's data directory " + directory + " ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); set "
          + HOME_VARIABLE + " to a directory vanort may write in", e));
    }
    EmbeddedGuard guard = EmbeddedGuard.lock(directory, EmbeddedGuard.DEFAULT_WAIT);
    return open(h2UrlIn(directory), "sa", "", timeout, Optional.of(guard));
  }

  /**
   * Opens the database the environment names: the server at {@code VANORT_DB_URL} as
   * {@code VANORT_DB_USER} with {@code VANORT_DB_PASSWORD} if the URL is set, the embedded default
   * otherwise.
   */
  public static JdbcStore fromEnvironment(Map<String, String> environment) {
    Duration timeout = timeout(environment);
    String url = environment.get(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return open(url.strip(), environment.get(USER_VARIABLE), environment.get(PASSWORD_VARIABLE), timeout);
    }
    return openIn(defaultDirectory(environment), timeout);
  }

  /**
   * The timeout {@code VANORT_DB_TIMEOUT} gives in seconds, else {@link #DEFAULT_TIMEOUT}.
   *
   * @throws IllegalArgumentException if it is not a number of seconds from 1 to an hour
   */
  public static Duration timeout(Map<String, String> environment) {
    String text = environment.get(TIMEOUT_VARIABLE);
    if (text == null || text.isBlank()) {
      return DEFAULT_TIMEOUT;
    }
    checkArgument(text.strip().matches("\\d{1,4}") && Integer.parseInt(text.strip()) >= 1
        && Integer.parseInt(text.strip()) <= MAX_TIMEOUT_SECONDS,
        "%s is '%s'; give a number of seconds from 1 to %s", TIMEOUT_VARIABLE, text, MAX_TIMEOUT_SECONDS);
    return Duration.ofSeconds(Integer.parseInt(text.strip()));
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
    try {
      pool.close();
    } finally {
      guard.ifPresent(EmbeddedGuard::close);
    }
  }

  /**
   * Checks every revision of register {@code id}, or of every register when empty; see
   * {@link JdbcRegisterRepository#verify}.
   */
  public com.google.common.collect.ImmutableList<se.vanort.domain.repository.RevisionCheck> verify(Optional<RegisterId> id) {
    return registers.verify(id);
  }
}
