package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vanort.adapters.cli.file.RepositoryFiles;

/** {@code vanort report}: the file it writes, whole or not at all, from a file or the database. */
class ReportCommandTest {
  private static final String EXAMPLE = RepositoryFiles.file("examples/vimmerby.yaml").toString();

  @TempDir
  Path directory;

  private Cli.Run run(String... args) {
    return Cli.run(Map.of("VANORT_HOME", directory.resolve("home").toString()), args);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void the_report_of_the_example_is_one_swedish_page_with_every_section() throws IOException {
    Path output = directory.resolve("rapport.html");

    Cli.Run run = run("report", EXAMPLE, "--output", output.toString(), "--lang", "sv");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Skrev rapporten (18 brister och avvikelser) till " + output);
    String html = read(output);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">")
        .contains("<h1>Granskning av det internationella arbetet i Vimmerby kommun</h1>")
        .contains("filen vimmerby.yaml").contains("2021–2027").contains("31 december 2025")
        .contains("SKA: 16 brister").contains("BÖR: 2 avvikelser från rekommendationer")
        .contains("<svg").contains("Vad som granskas")
        // a record by its name, with its id to find it
        .contains("Kulturutbyte med Joniškis 2023 (joniskis-2023)")
        // the clause quoted from the agreement
        .contains("Genomföra ungdomsläger vartannat år i anknytning till konferensen.");
  }

  @Test
  void the_same_register_gives_the_same_bytes() throws IOException {
    Path first = directory.resolve("first.html");
    Path second = directory.resolve("second.html");

    run("report", EXAMPLE, "--output", first.toString());
    run("report", EXAMPLE, "--output", second.toString());

    assertThat(read(first)).isEqualTo(read(second));
  }

  @Test
  void an_existing_report_is_kept_unless_force_is_given() throws IOException {
    Path output = Files.writeString(directory.resolve("report.html"), "the council's copy");

    Cli.Run refused = run("report", EXAMPLE, "--output", output.toString());

    assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("exists already").contains("--force");
    assertThat(read(output)).isEqualTo("the council's copy");

    Cli.Run forced = run("report", EXAMPLE, "--output", output.toString(), "--force");

    assertThat(forced.code()).isZero();
    assertThat(read(output)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void a_register_with_problems_writes_nothing_not_even_a_temporary_file() throws IOException {
    Path register = Files.writeString(directory.resolve("broken.yaml"), "perspective: { municipality: vimmerby }\n");
    Path output = directory.resolve("report.html");

    Cli.Run run = run("report", register.toString(), "--output", output.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("broken.yaml");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactly("broken.yaml");
    }
  }

  @Test
  void a_report_of_the_database_names_the_register_and_revision() throws IOException {
    assertThat(run("db", "import", EXAMPLE).code()).isZero();
    Path output = directory.resolve("report.html");

    Cli.Run run = run("report", "--db", "vimmerby", "--output", output.toString());

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(read(output)).contains("the database: register vimmerby, revision 1");
  }

  @Test
  void a_file_or_a_database_register_is_needed_and_only_html_is_written() {
    Path output = directory.resolve("report.html");

    assertThat(run("report", "--output", output.toString()).code()).isEqualTo(ExitCodes.BAD_INPUT);
    Cli.Run json = run("report", EXAMPLE, "--output", output.toString(), "--format", "json");
    assertThat(json.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run("report", EXAMPLE).code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(output).doesNotExist();
  }
}
