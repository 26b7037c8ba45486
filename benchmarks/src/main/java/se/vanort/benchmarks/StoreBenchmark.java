package se.vanort.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.RegisterRevision;
import se.vanort.domain.repository.StoredRegister;

/**
 * Saving and loading a register through vanort's {@link RegisterRepository} on H2 (a file, the
 * embedded default) and PostgreSQL, side by side with a raw JDBC batch insert and a raw select of
 * exactly the rows vanort wrote. Each save starts from the same database: the saved revisions are
 * deleted after every iteration. The number of rows per revision is printed when a trial starts;
 * rows per second is that number divided by the time of one save or load.
 *
 * <p>PostgreSQL is {@code jdbc:postgresql://127.0.0.1:5432/test} as user {@code postgres}, in a
 * schema of the run's own ({@code vanort_bench_<pid>}, dropped at the end); {@code VANORT_BENCH_PG_URL} and
 * {@code VANORT_BENCH_PG_USER} name another server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class StoreBenchmark {
  /** A schema of this run's own, so that two runs (a developer's and CI's smoke run) never meet. */
  private static final String SCHEMA = "vanort_bench_" + ProcessHandle.current().pid();
  private static final RegisterId SAVED = RegisterId.of("bench-save");
  private static final RegisterId LOADED = RegisterId.of("bench-load");
  private static final String RAW = "bench-raw";

  /** {@code h2} or {@code postgresql}. */
  @Param({"h2", "postgresql"})
  public String database;

  /** Records in the register. */
  @Param({"100000"})
  public int records;

  private Path directory;
  private String server;
  private Properties serverProperties;
  private JdbcStore store;
  private RegisterRepository repository;
  private Register register;
  private RawRows raw;
  private int rawRevision;

  /** Opens the database, stores the register to load, and copies its rows for the raw baseline. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException, IOException {
    String url;
    Properties properties = new Properties();
    if (database.equals("h2")) {
      directory = Files.createTempDirectory("vanort-bench");
      url = JdbcStore.h2UrlIn(directory);
      properties.setProperty("user", "sa");
      properties.setProperty("password", "");
      store = JdbcStore.open(url, "sa", "");
    } else {
      server = System.getenv().getOrDefault("VANORT_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
      String user = System.getenv().getOrDefault("VANORT_BENCH_PG_USER", "postgres");
      properties.setProperty("user", user);
      serverProperties = (Properties) properties.clone();
      try (Connection connection = DriverManager.getConnection(server, properties);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        statement.execute("CREATE SCHEMA " + SCHEMA);
      }
      url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
      // The same driver setting vanort's PostgreSQL dialect uses, so that both write multi-row inserts.
      properties.setProperty("reWriteBatchedInserts", "true");
      store = JdbcStore.open(url, user, null);
    }
    repository = store.registers();
    Register synthetic = SyntheticRegister.of(records);
    register = synthetic.withId(SAVED);
    repository.save(synthetic.withId(LOADED));
    raw = RawRows.copy(url, properties, LOADED.value(), 1);
    System.out.printf("%n# rows per revision of %d records on %s: %d (%s)%n", records, database, raw.rowCount(), raw.describe());
  }

  /** Deletes what the iteration saved, so that every save meets the same database. */
  @TearDown(Level.Iteration)
  public void deleteSaved() throws SQLException {
    repository.delete(SAVED);
    raw.delete(RAW);
  }

  /** Closes the database and removes the H2 files. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException, IOException {
    raw.close();
    store.close();
    if (server != null) {
      try (Connection connection = DriverManager.getConnection(server, serverProperties);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      }
    }
    if (directory != null) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(StoreBenchmark::deleteFile);
      }
    }
  }

  private static void deleteFile(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** vanort: the register saved as a new revision. */
  @Benchmark
  public RegisterRevision vanortSave() {
    return repository.save(register);
  }

  /** The same rows inserted with plain JDBC batches. */
  @Benchmark
  public int rawBatchInsert() throws SQLException {
    raw.insert(RAW, ++rawRevision);
    return rawRevision;
  }

  /** vanort: the latest revision loaded and rebuilt as a validated register. */
  @Benchmark
  public StoredRegister vanortLoad() {
    return repository.load(LOADED);
  }

  /** The same rows selected with plain JDBC, every value read. */
  @Benchmark
  public long rawSelect() throws SQLException {
    return raw.select(LOADED.value(), 1);
  }
}
