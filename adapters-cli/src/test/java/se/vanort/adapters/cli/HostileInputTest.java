package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile files and option values of issue 14, each refused with exit code 2, a message that
 * names the file, no stack trace, and within 10 seconds; the regression corpus is
 * {@code src/test/resources/hostile}.
 */
class HostileInputTest {
  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @TempDir
  Path directory;

  static Stream<Path> corpus() throws IOException, URISyntaxException {
    Path folder = Path.of(HostileInputTest.class.getResource("/hostile").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void every_file_of_the_corpus_is_refused_promptly_naming_the_file(Path file) {
    for (String command : List.of("check", "due")) {
      Cli.Run run = assertTimeoutPreemptively(PROMPTLY, () -> Cli.run(command, file.toString()));
      assertRefused(run, file.toString());
    }
    Cli.Run imported = assertTimeoutPreemptively(PROMPTLY, () -> Cli.run("db", "import", file.toString(),
        "--db-url", "jdbc:h2:mem:hostile-" + file.getFileName().toString().hashCode()));
    assertRefused(imported, file.toString());
  }

  @Test
  void a_file_beyond_the_size_limit_is_refused_before_it_is_read_with_the_limit_and_how_to_raise_it() throws IOException {
    Path file = sparse("big.yaml", 100L * 1024 * 1024);
    Cli.Run run = assertTimeoutPreemptively(PROMPTLY, () -> Cli.run("check", file.toString()));
    assertRefused(run, file.toString());
    assertThat(run.err()).contains("100.0 MiB (104,857,600 bytes)", "64.0 MiB (67,108,864 bytes)",
        "--max-file-size", "VANORT_MAX_FILE_SIZE");
  }

  @Test
  void a_sparse_gigabyte_is_refused_at_once() throws IOException {
    Path file = sparse("sparse.json", 1024L * 1024 * 1024);
    Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Cli.run("check", file.toString()));
    assertRefused(run, file.toString());
  }

  @Test
  void the_limit_can_be_raised_and_lowered_by_option_and_environment() throws IOException {
    String register = Fixtures.write(directory, "register.yaml", Fixtures.MINIMAL);
    assertThat(Cli.run("check", register).code()).isZero();
    Cli.Run lowered = Cli.run("check", register, "--max-file-size", "10");
    assertRefused(lowered, register);
    assertThat(lowered.err()).contains("limit of 10 bytes");
    Cli.Run fromEnvironment = Cli.run(Map.of("VANORT_MAX_FILE_SIZE", "64b"), "check", register);
    assertRefused(fromEnvironment, register);
    assertThat(Cli.run(Map.of("VANORT_MAX_FILE_SIZE", "64b"), "check", register, "--max-file-size", "1MB").code())
        .as("the option wins over the environment").isZero();
    Path big = sparse("big.json", 70L * 1024 * 1024);
    Cli.Run raised = Cli.run("check", big.toString(), "--max-file-size", "128MB");
    assertThat(raised.code()).isEqualTo(2);
    assertThat(raised.err()).as("read, and refused for its content (NUL bytes) only then").contains("syntax error")
        .doesNotContain("limit of");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "2GB", "lots", "64XB", "99999999999999999999"})
  void a_size_beyond_reason_is_refused(String size) throws IOException {
    String register = Fixtures.write(directory, "register.yaml", Fixtures.MINIMAL);
    Cli.Run run = Cli.run("check", register, "--max-file-size", size);
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("internal error");
    Cli.Run fromEnvironment = Cli.run(Map.of("VANORT_MAX_FILE_SIZE", size), "check", register);
    assertThat(fromEnvironment.code()).as(fromEnvironment.toString()).isEqualTo(2);
    assertThat(fromEnvironment.err()).contains("VANORT_MAX_FILE_SIZE").doesNotContain("internal error");
  }

  @Test
  void devices_pipes_directories_and_link_loops_are_refused_without_reading() throws IOException, InterruptedException {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix-like system");
    Path zero = Files.createSymbolicLink(directory.resolve("zero.yaml"), Path.of("/dev/zero"));
    Path random = Files.createSymbolicLink(directory.resolve("random.json"), Path.of("/dev/urandom"));
    Path loop = Files.createSymbolicLink(directory.resolve("loop.yaml"), directory.resolve("loop.yaml"));
    Path folder = Files.createDirectory(directory.resolve("folder.yaml"));
    Path fifo = directory.resolve("fifo.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
    for (Path file : List.of(zero, random, loop, folder, fifo)) {
      Cli.Run run = assertTimeoutPreemptively(PROMPTLY, () -> Cli.run("check", file.toString()));
      assertRefused(run, file.toString());
    }
    assertThat(Cli.run("check", zero.toString()).err()).contains("not a regular file");
    assertThat(Cli.run("check", folder.toString()).err()).contains("is a directory");
  }

  @Test
  void a_file_that_is_not_utf8_names_the_byte_its_line_and_column() throws IOException {
    Path file = directory.resolve("latin1.yaml");
    Files.write(file, "perspective: { municipality: vimmerby, asOf: 2025-12-31 }\nmunicipalities:\n  - { id: vimmerby, name: V\u00e4xj\u00f6, country: SE }\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Cli.Run run = Cli.run("check", file.toString());
    assertRefused(run, file.toString());
    assertThat(run.err()).contains(file + ":3:28: is not UTF-8 text: byte 0xE4 at byte offset 101");
  }

  @Test
  void nesting_beyond_the_limit_is_told_in_words_with_its_line() {
    Path file = Path.of(resource("deep-nesting.json"));
    Cli.Run run = Cli.run("check", file.toString());
    assertRefused(run, file.toString());
    assertThat(run.err()).contains(file + ":1:", "more than 64 levels deep").doesNotContain("StreamReadConstraints", "`");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"})
  void an_as_of_date_outside_the_years_is_refused(String date) throws IOException {
    String register = Fixtures.write(directory, "register.yaml", Fixtures.CHAIN);
    for (String command : List.of("check", "due")) {
      Cli.Run run = Cli.run(command, register, "--as-of", date);
      assertThat(run.code()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("1900–2199").doesNotContain("internal error");
    }
    Cli.Run coordinator = Cli.run("coordinator", register, "--on", date);
    assertThat(coordinator.code()).as(coordinator.toString()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483647", "99999", "-1", "0", "1899", "2200", "-2147483648", "twenty"})
  void a_year_outside_the_years_is_refused(String year) throws IOException {
    String register = Fixtures.write(directory, "register.yaml", Fixtures.CHAIN);
    Cli.Run run = Cli.run("due", register, "--year", year);
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("'" + year + "'").doesNotContain("internal error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001..9999", "1900..2199", "2021..2099", "1899..2000"})
  void a_period_beyond_the_longest_or_outside_the_years_is_refused(String period) throws IOException {
    String register = Fixtures.write(directory, "register.yaml", Fixtures.CHAIN);
    for (String command : List.of("check", "due")) {
      Cli.Run run = Cli.run(command, register, "--period", period);
      assertThat(run.code()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains(period).doesNotContain("internal error");
    }
  }

  @Test
  void the_limits_leave_ordinary_dates_and_years_alone() throws IOException {
    String register = Fixtures.write(directory, "register.yaml", Fixtures.CHAIN);
    assertThat(Cli.run("due", register, "--year", "1900").code()).isZero();
    assertThat(Cli.run("due", register, "--year", "2199").code()).isZero();
    assertThat(Cli.run("check", register, "--as-of", "2199-12-31", "--period", "2021..2070").code()).isLessThan(2);
  }

  @Test
  void the_longest_agreement_with_a_yearly_cycle_gives_findings_of_bounded_facts() throws IOException {
    String register = Fixtures.write(directory, "long.yaml", """
        perspective: { municipality: vimmerby, asOf: 2049-12-31 }
        municipalities:
          - { id: vimmerby, name: Vimmerby kommun, country: SE }
          - { id: kauhava, name: Kauhava, country: FI }
        agreements:
          - id: VA2000
            period: { from: 2000-01-01, to: 2049-12-31 }
            parties: [vimmerby, kauhava]
            conferences: { everyYears: 1, anchorYear: 2000 }
            revisionEveryYears: 6
        """);
    Cli.Run run = Cli.run("check", register, "--period", "2000..2049");
    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out().length()).as("the whole report").isLessThan(400_000);
    assertThat(run.out().lines().filter(line -> line.strip().startsWith("Facts:")))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line.length()).as(line).isLessThan(600));
  }

  @Test
  void the_largest_refusals_stay_within_a_gigabyte_and_ten_seconds_in_a_process_of_their_own() throws Exception {
    StringBuilder longValue = new StringBuilder("perspective: { municipality: vimmerby, asOf: 2025-12-31 }\nmunicipalities:\n"
        + "  - { id: vimmerby, country: SE, name: ");
    longValue.append("x".repeat(60 * 1024 * 1024)).append(" }\n");
    Path note = Files.writeString(directory.resolve("note.yaml"), longValue);
    Path folded = Files.writeString(directory.resolve("folded.yaml"), "perspective: { municipality: vimmerby, asOf:"
        + " 2025-12-31 }\nmunicipalities:\n  - id: vimmerby\n    country: SE\n    name: "
        + String.join("\n      ", java.util.Collections.nCopies(40 * 1024, "x".repeat(1000))) + "\n");
    StringBuilder many = new StringBuilder("{\"perspective\": {\"municipality\": \"vimmerby\", \"asOf\": \"2025-12-31\"},"
        + " \"municipalities\": [");
    for (int i = 0; i < 300_000; i++) {
      many.append(i == 0 ? "" : ",").append("{\"id\": \"m").append(i).append("\", \"name\": \"M\", \"country\": \"SE\"}");
    }
    Path mappings = Files.writeString(directory.resolve("many.json"), many.append("]}"));
    Path sparse = sparse("sparse.yaml", 1024L * 1024 * 1024);
    // Ten seconds of a machine to itself: where more processes run than it has cores (a shared CI
    // runner), the budget grows with the load, so that the test measures vanort and not its neighbours.
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
        / Runtime.getRuntime().availableProcessors();
    Duration budget = Duration.ofMillis((long) (PROMPTLY.toMillis() * Math.max(1.0, load)));
    for (Path file : List.of(note, folded, mappings, sparse)) {
      long start = System.nanoTime();
      Process process = Processes.vanort(Map.of(), List.of("-Xmx1g"), "check", file.toString());
      assertThat(process.waitFor(budget.toSeconds() + 30, java.util.concurrent.TimeUnit.SECONDS)).as("ends").isTrue();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String output = Processes.output(process);
      assertThat(process.exitValue()).as(output).isEqualTo(2);
      assertThat(output).contains(file.toString()).doesNotContain("OutOfMemoryError", "internal error");
      assertThat(took).as("%s (load %.1f per core): %s", file, load, output).isLessThan(budget);
    }
  }

  private Path sparse(String name, long size) throws IOException {
    Path file = directory.resolve(name);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    return file;
  }

  private static String resource(String name) {
    try {
      return Path.of(HostileInputTest.class.getResource("/hostile/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Exit 2, the file named on the first line of the error, no internal error and no stack trace. */
  static void assertRefused(Cli.Run run, String file) {
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).contains(file).doesNotContain("internal error", "\tat ", "Exception");
    assertThat(run.err().length()).as("a refusal is short").isLessThan(20_000);
  }

  static {
    // Fail loudly rather than hang when the corpus is missing from the class path.
    if (HostileInputTest.class.getResource("/hostile") == null) {
      throw new UncheckedIOException(new IOException("the corpus src/test/resources/hostile is missing"));
    }
  }
}
