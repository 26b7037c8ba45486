package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/cli.md is the reference: it must name every command and every field the command prints. */
class CliDocumentTest {
  private static final Path DOCUMENT = Path.of("..", "docs", "cli.md");

  @TempDir
  Path directory;

  @Test
  void the_reference_documents_every_command_of_the_help() throws IOException {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    Cli.Run help = Cli.run("--help");

    for (String command : new String[] {"check", "report", "due", "who-decides", "coordinator", "delegation", "rules", "coverage",
        "test", "db", "init", "generate-completion"}) {
      assertThat(help.out()).contains("  " + command + " ");
      assertThat(document).as("docs/cli.md documents %s", command).contains("vanort " + command);
    }
  }

  @Test
  void the_reference_gives_the_exit_codes_of_the_help() throws IOException {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);

    assertThat(document).contains("| 0 | no SHALL finding").contains("| 1 | at least one SHALL finding")
        .contains("| 2 | bad input or usage").contains("| 3 | an internal error");
  }

  @Test
  void the_reference_names_every_field_of_the_json_report() throws IOException {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "starter.yaml", Fixtures.starter()), "--format", "json");
    JsonNode report = new ObjectMapper().readTree(run.out());

    report.fieldNames().forEachRemaining(field -> assertThat(document).contains("\"" + field + "\""));
    report.get("findings").get(0).fieldNames()
        .forEachRemaining(field -> assertThat(document).contains("\"" + field + "\""));
    report.get("coverage").get(0).fieldNames()
        .forEachRemaining(field -> assertThat(document).contains("\"" + field + "\""));
  }
}
