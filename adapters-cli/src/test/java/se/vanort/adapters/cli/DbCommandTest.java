package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vanort.adapters.cli.file.RegisterFiles;

class DbCommandTest {
  @TempDir
  Path directory;

  /** Runs {@code vanort args} against an embedded database of its own in the test's directory. */
  private Cli.Run db(String... args) {
    return Cli.run(Map.of("VANORT_HOME", directory.resolve("home").toString()), args);
  }

  @Test
  void import_list_export_round_trip_a_register() throws Exception {
    String file = Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN);

    Cli.Run imported = db("db", "import", file);
    Cli.Run again = db("db", "import", file);
    String changed = Fixtures.write(directory, "changed.yaml", Fixtures.CHAIN.replace("asOf: 2025-06-30", "asOf: 2025-07-31"));
    Cli.Run second = db("db", "import", changed);
    Cli.Run list = db("db", "list");
    Cli.Run exported = db("db", "export", "vimmerby");

    assertThat(imported.code()).as(imported.toString()).isZero();
    assertThat(imported.out()).contains("Stored register vimmerby as revision 1");
    assertThat(again.out()).contains("Register vimmerby is unchanged: revision 1 (").contains("is kept");
    assertThat(second.out()).contains("as revision 2");
    assertThat(list.out()).containsPattern("register +revision +saved at +records")
        .containsPattern("vimmerby +2 +");
    Path back = directory.resolve("back.yaml");
    Files.writeString(back, exported.out());
    assertThat(RegisterFiles.read(back)).isEqualTo(RegisterFiles.read(Path.of(changed)));
  }

  @Test
  void import_and_check_save_speak_swedish() {
    String file = Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN);

    Cli.Run imported = db("db", "import", file, "--lang", "sv");
    Cli.Run check = db("check", "--db", "vimmerby", "--save", "--lang", "sv");

    assertThat(imported.out()).contains("Sparade registret vimmerby som version 1");
    assertThat(check.err()).contains("Sparade rapporten som granskning 1 i historiken för registret vimmerby.");
  }

  @Test
  void export_writes_a_json_file_by_its_extension() throws Exception {
    db("db", "import", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN));
    Path json = directory.resolve("vimmerby.json");

    Cli.Run run = db("db", "export", "vimmerby", "--revision", "1", "--output", json.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("Wrote revision 1 of register vimmerby to " + json);
    assertThat(new ObjectMapper().readTree(json.toFile()).get("perspective").get("municipality").asText())
        .isEqualTo("vimmerby");
  }

  @Test
  void check_of_a_stored_register_saves_its_report_in_the_history() {
    db("db", "import", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN));

    Cli.Run check = db("check", "--db", "vimmerby", "--save");
    Cli.Run history = db("db", "history", "vimmerby");

    assertThat(check.code()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains("Register vimmerby");
    assertThat(check.err()).contains("Saved the report as check 1 in the history of register vimmerby.");
    assertThat(history.code()).isZero();
    assertThat(history.out()).contains("Revisions of register vimmerby:").contains("Checks saved:")
        .containsPattern("1 +\\S+ +1 +\\S+ +2021-01-01\\.\\.2027-12-31 +2025-06-30 +\\d+ +\\d+");
  }

  @Test
  void history_in_swedish_and_as_json() throws Exception {
    db("db", "import", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN));
    db("check", "--db", "vimmerby", "--save");

    Cli.Run swedish = db("db", "history", "vimmerby", "--lang", "sv");
    Cli.Run json = db("db", "history", "vimmerby", "--format", "json");

    assertThat(swedish.out()).contains("Versioner av registret vimmerby:").contains("Sparade granskningar:");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("revisions")).hasSize(1);
    assertThat(root.get("checks").get(0).get("revision").asInt()).isEqualTo(1);
    assertThat(root.get("checks").get(0).get("shall").asInt()).isPositive();
  }

  @Test
  void an_empty_database_says_how_to_fill_it_in_both_languages() {
    assertThat(db("db", "list").out()).contains("No register is stored yet. Store one with: vanort db import FILE");
    assertThat(db("db", "list", "--lang", "sv").out()).contains("Inget register är sparat ännu.");
  }

  @Test
  void an_unknown_register_is_bad_input() {
    Cli.Run export = db("db", "export", "nowhere");
    Cli.Run check = db("check", "--db", "nowhere");
    Cli.Run history = db("db", "history", "nowhere");

    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err()).contains("no register 'nowhere' is stored");
    assertThat(check.code()).isEqualTo(2);
    assertThat(history.code()).isEqualTo(2);
    assertThat(history.err()).contains("no register 'nowhere' is stored");
  }

  @Test
  void db_url_selects_the_database_over_the_environment() {
    String url = "jdbc:h2:file:" + directory.resolve("other").toAbsolutePath() + "/vanort";
    db("db", "import", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN), "--db-url", url);

    assertThat(db("db", "list", "--db-url", url).out()).contains("vimmerby");
    assertThat(db("db", "list").out()).contains("No register is stored yet.");
    assertThat(Cli.run(Map.of("VANORT_DB_URL", url), "db", "list").out()).contains("vimmerby");
  }

  @Test
  void a_url_of_no_known_database_is_bad_input() {
    Cli.Run run = db("db", "list", "--db-url", "jdbc:nosuchdb://localhost/vanort");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("jdbc:nosuchdb").doesNotContain("\tat ");
  }

  @Test
  void a_bad_register_file_is_not_imported() {
    String broken = Fixtures.write(directory, "broken.yaml", "perspective: [\n");

    Cli.Run run = db("db", "import", broken);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(broken + ":");
    assertThat(db("db", "list").out()).contains("No register is stored yet.");
  }

  @Test
  void db_without_a_subcommand_is_a_usage_error() {
    Cli.Run run = db("db");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("a db command is needed");
  }

  @Test
  void import_shows_no_progress_bar_when_stderr_is_not_a_terminal() {
    String file = Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN);
    Cli.Run run = Cli.run(new Environment(Map.of("VANORT_HOME", directory.resolve("home").toString()),
        Locale.ENGLISH, false, false), "db", "import", file);

    assertThat(run.err()).doesNotContain("[");
  }
}
