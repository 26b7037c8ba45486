package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults of the databases, as issue 14 found them: concurrent writers on the embedded default, a
 * process killed during an import, a truncated H2 file, rows deleted or changed behind vanort's
 * back, and a server that accepts a connection and never answers. Processes are real {@code java}
 * processes running the command line.
 */
class StoreFaultsTest {
  private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/test?sslMode=disable";

  @TempDir
  Path home;

  @Test
  void eight_concurrent_imports_into_the_embedded_default_all_store_their_registers() throws Exception {
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Path file = register("r" + i, 200);
      processes.add(Processes.vanort(Map.of("VANORT_HOME", home.toString()), "db", "import", file.toString()));
    }
    for (Process process : processes) {
      assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("ends").isTrue();
      assertThat(process.exitValue()).as(Processes.output(process)).isZero();
    }
    Cli.Run list = Cli.run(Map.of("VANORT_HOME", home.toString()), "db", "list", "--format", "json");
    for (int i = 0; i < 8; i++) {
      assertThat(list.out()).contains("\"register\" : \"r" + i + "\"");
    }
    assertThat(Cli.run(Map.of("VANORT_HOME", home.toString()), "db", "verify").code()).isZero();
  }

  @Test
  void an_import_killed_at_any_moment_on_h2_leaves_the_store_sound() throws Exception {
    killDuringImport(Map.of("VANORT_HOME", home.toString()), 3);
  }

  @Test
  void an_import_killed_at_any_moment_on_postgresql_leaves_the_store_sound() throws Exception {
    killDuringImport(Map.of("VANORT_DB_URL", schemaOn(POSTGRESQL)), 2);
  }

  @Test
  void an_import_killed_at_any_moment_on_mariadb_leaves_the_store_sound() throws Exception {
    killDuringImport(Map.of("VANORT_DB_URL", schemaOn(MARIADB)), 2);
  }

  private void killDuringImport(Map<String, String> environment, int times) throws Exception {
    Path big = register("big", 20_000);
    int stored = 0;
    for (int i = 0; i < times; i++) {
      Process process = Processes.vanort(environment, "db", "import", big.toString());
      // somewhere between reading the file and committing the revision
      Thread.sleep(1500 + 700L * i);
      boolean finished = !process.isAlive();
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      stored += finished && process.exitValue() == 0 ? 1 : 0;
      Cli.Run verify = Cli.run(environment, "db", "verify");
      assertThat(verify.code()).as(verify.toString()).isZero();
    }
    Cli.Run imported = Cli.run(environment, "db", "import", big.toString());
    assertThat(imported.code()).as(imported.toString()).isZero();
    Cli.Run list = Cli.run(environment, "db", "list", "--format", "json");
    assertThat(list.out()).as("no revision lost or doubled by the kills").containsPattern("\"revision\" : [1-" + (stored + 1 + times) + "]");
    assertThat(Cli.run(environment, "db", "verify").code()).isZero();
    assertThat(Cli.run(environment, "db", "export", "big", "--output", home.resolve("back.yaml").toString()).code()).isZero();
  }

  @ParameterizedTest(name = "cut to {0} %")
  @ValueSource(ints = {30, 60, 90})
  void a_truncated_h2_file_is_refused_and_never_written_into(int percent) throws Exception {
    Map<String, String> environment = Map.of("VANORT_HOME", home.toString());
    Path first = register("vimmerby", 300);
    assertThat(Cli.run(environment, "db", "import", first.toString()).code()).isZero();
    Path second = register("vimmerby", 600);
    assertThat(Cli.run(environment, "db", "import", second.toString()).code()).isZero();
    Path file = home.resolve("vanort.mv.db");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() * percent / 100);
    }
    String before = sha256(file);

    Process listed = Processes.vanort(environment, "db", "list");
    assertThat(listed.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String list = Processes.output(listed);
    if (listed.exitValue() == 0) {
      // the cut fell in space H2 no longer used: then nothing may be lost
      assertThat(list).containsPattern("vimmerby\\s+2\\s+\\S+\\s+602");
      Process verify = Processes.vanort(environment, "db", "verify");
      assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(verify.exitValue()).as(Processes.output(verify)).isZero();
      return;
    }
    // each command a process of its own, as a user runs them
    for (String[] command : List.of(new String[] {"db", "list"}, new String[] {"db", "verify"},
        new String[] {"db", "import", second.toString()}, new String[] {"check", "--db", "vimmerby"})) {
      Process process = Processes.vanort(environment, command);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = Processes.output(process);
      assertThat(process.exitValue()).as(output).isEqualTo(3);
      assertThat(output).containsAnyOf("is damaged", "no longer holds revisions that were saved")
          .contains("backup").doesNotContain("\tat ", "internal error");
    }
    // vanort writes nothing into the file; where H2 had to recover it to open it at all, the file as
    // it was is kept next to it
    Path copy = home.resolve("vanort.mv.db.before-recovery");
    assertThat(Files.exists(copy) ? sha256(copy) : sha256(file)).as("the damaged file as it was").isEqualTo(before);
  }

  @Test
  void a_row_deleted_or_changed_behind_vanorts_back_on_postgresql_is_found_by_verify_and_refused_on_load() throws Exception {
    String url = schemaOn(POSTGRESQL);
    Map<String, String> environment = Map.of("VANORT_DB_URL", url);
    assertThat(Cli.run(environment, "db", "import", register("vimmerby", 50).toString()).code()).isZero();
    assertThat(Cli.run(environment, "db", "import", register("vimmerby", 60).toString()).code()).isZero();
    assertThat(Cli.run(environment, "db", "verify").code()).isZero();

    execute(url, "DELETE FROM event WHERE register_id = 'vimmerby' AND revision = 2 AND seq = 7");
    Cli.Run verify = Cli.run(environment, "db", "verify");
    assertThat(verify.code()).as(verify.toString()).isEqualTo(1);
    assertThat(verify.out()).containsPattern("vimmerby\\s+1\\s+sound").containsPattern("vimmerby\\s+2\\s+DAMAGED")
        .contains("1 of 2 revisions are damaged or missing");
    Cli.Run load = Cli.run(environment, "db", "export", "vimmerby", "--output", home.resolve("out.yaml").toString());
    assertThat(load.code()).isEqualTo(3);
    assertThat(load.err()).contains("revision 2 of register 'vimmerby' holds 61 records where 62 were saved", "backup");

    execute(url, "UPDATE municipality SET name = 'Vimmerby stad' WHERE register_id = 'vimmerby' AND revision = 1");
    assertThat(Cli.run(environment, "db", "verify", "vimmerby").out())
        .containsPattern("vimmerby\\s+1\\s+DAMAGED\\s+revision 1 of register 'vimmerby' no longer holds what was saved");
    execute(url, "DELETE FROM register_revision WHERE register_id = 'vimmerby' AND revision = 1");
    assertThat(Cli.run(environment, "db", "verify", "vimmerby").out()).containsPattern("vimmerby\\s+1\\s+MISSING");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:%d/vanort", "jdbc:mariadb://127.0.0.1:%d/vanort"})
  void a_server_that_accepts_and_never_answers_is_given_up_on_within_the_timeout(String pattern) throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      List<Socket> accepted = new ArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            accepted.add(silent.accept());
          }
        } catch (IOException e) {
          // closed at the end of the test
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = String.format(pattern, silent.getLocalPort());
      long start = System.nanoTime();
      Cli.Run run = Cli.run(Map.of(), "db", "list", "--db-url", url, "--db-timeout", "2");
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(run.code()).as(run.toString()).isEqualTo(3);
      assertThat(run.err()).contains(url, "waiting up to 2 s", "--db-timeout").doesNotContain("\tat ");
      assertThat(took).isLessThan(Duration.ofSeconds(15));
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  @Test
  void a_data_directory_that_is_a_file_is_named_with_what_to_do() throws IOException {
    Path file = Files.writeString(home.resolve("not-a-directory"), "x");
    Cli.Run run = Cli.run(Map.of("VANORT_HOME", file.toString()), "db", "list");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(file + " (VANORT_HOME, or ~/.local/share/vanort) is a file, not a directory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "3601", "soon"})
  void a_timeout_beyond_reason_is_refused(String seconds) {
    Cli.Run run = Cli.run(Map.of("VANORT_HOME", home.toString()), "db", "list", "--db-timeout", seconds);
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    Cli.Run fromEnvironment = Cli.run(Map.of("VANORT_HOME", home.toString(), "VANORT_DB_TIMEOUT", seconds), "db", "list");
    assertThat(fromEnvironment.code()).as(fromEnvironment.toString()).isEqualTo(2);
    assertThat(fromEnvironment.err()).contains("VANORT_DB_TIMEOUT");
  }

  /** A register file of {@code id} with Vimmerby, Kauhava and {@code events} visits, about 100 bytes each. */
  private Path register(String id, int events) throws IOException {
    StringBuilder yaml = new StringBuilder("id: ").append(id).append("\n").append("""
        perspective: { municipality: vimmerby, asOf: 2025-12-31 }
        municipalities:
          - { id: vimmerby, name: Vimmerby kommun, country: SE }
          - { id: kauhava, name: Kauhava, country: FI }
        events:
        """);
    for (int i = 0; i < events; i++) {
      yaml.append("  - { id: visit-").append(i).append(", kind: twin-town-visit, date: 2024-0").append(1 + i % 9)
          .append("-1").append(i % 10).append(", partner: kauhava, title: Besök ").append(i).append(" }\n");
    }
    return Files.writeString(home.resolve(id + "-" + events + ".yaml"), yaml.toString());
  }

  /**
   * A URL of a schema (PostgreSQL) or database (MariaDB) of this test's own on the server at
   * {@code server}, dropped when the JVM ends; the test is skipped if the server is not there,
   * unless CI is set.
   */
  private static String schemaOn(String server) throws SQLException {
    String name = "vanort_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    boolean postgres = server.startsWith("jdbc:postgresql:");
    String user = postgres ? "postgres" : "root";
    try {
      execute(server + (postgres ? "?user=" + user : "&user=" + user),
          postgres ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
    } catch (SQLException e) {
      if (System.getenv("CI") != null) {
        throw e;
      }
      assumeTrue(false, server + " is unreachable: " + e.getMessage());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        execute(server + (postgres ? "?user=" + user : "&user=" + user),
            postgres ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
      } catch (SQLException e) {
        // the server is gone; nothing to clean
      }
    }));
    return postgres ? server + "?currentSchema=" + name + "&user=" + user
        : "jdbc:mariadb://127.0.0.1:3306/" + name + "?sslMode=disable&user=" + user;
  }

  private static void execute(String url, String sql) throws SQLException {
    String withUser = url.contains("user=") ? url : url + (url.contains("?") ? "&" : "?")
        + "user=" + (url.startsWith("jdbc:postgresql:") ? "postgres" : "root");
    try (Connection connection = DriverManager.getConnection(withUser); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
