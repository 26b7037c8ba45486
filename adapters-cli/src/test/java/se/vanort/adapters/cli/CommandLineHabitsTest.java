package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vanort.adapters.cli.file.RegisterFiles;
import se.vanort.adapters.cli.file.RegisterFormat;
import se.vanort.adapters.cli.file.RepositoryFiles;

/** The command line as officials and scripts expect it: each habit that issue 13 found missing. */
class CommandLineHabitsTest {
  private static final String EXAMPLE = RepositoryFiles.file("examples/vimmerby.yaml").toString();

  @TempDir
  Path directory;

  private Cli.Run db(String... args) {
    return Cli.run(Map.of("VANORT_HOME", directory.resolve("home").toString()), args);
  }

  // --- formats

  @Test
  void delegation_gives_markdown_when_asked() {
    Cli.Run run = Cli.run("delegation", EXAMPLE, "conf-2025", "--format", "markdown");

    assertThat(run.out()).startsWith("# Delegation of vimmerby to conf-2025").contains("## SHALL: 1 breach")
        .contains("| 2025-06-11 | `VA2021/O1d` | `va.delegation-has-leadership` |");
  }

  @Test
  void test_gives_markdown_when_asked() {
    Cli.Run run = Cli.run("test", RepositoryFiles.scenarios().get(0).toString(), "--format", "markdown");

    assertThat(run.out()).startsWith("# Scenarios").contains("| result | file | scenario | differences |").contains("|---|---|---|---|")
        .contains("| PASS |");
  }

  @Test
  void coordinator_markdown_keeps_the_clause() {
    Cli.Run run = Cli.run("coordinator", EXAMPLE, "--on", "2024-03-01", "--format", "markdown");

    assertThat(run.out()).contains("`VA2021/O3` On 2024-03-01");
  }

  @Test
  void db_import_gives_json_when_asked() throws Exception {
    Cli.Run first = db("db", "import", EXAMPLE, "--format", "json");
    Cli.Run again = db("db", "import", EXAMPLE, "--format", "json");

    JsonNode stored = new ObjectMapper().readTree(first.out());
    JsonNode kept = new ObjectMapper().readTree(again.out());
    assertThat(stored.get("revision").asInt()).isEqualTo(1);
    assertThat(stored.get("stored").asBoolean()).isTrue();
    assertThat(kept.get("revision").asInt()).isEqualTo(1);
    assertThat(kept.get("stored").asBoolean()).isFalse();
  }

  @Test
  void init_refuses_json_rather_than_writing_yaml() {
    Cli.Run run = Cli.run("init", "--format", "json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--format json is not available for 'vanort init'; it gives: text.");
    assertThat(run.out()).doesNotContain("perspective:");
  }

  @Test
  void an_error_with_format_json_is_a_json_object_on_stdout_and_a_message_on_stderr() throws Exception {
    String file = Fixtures.write(directory, "bad.yaml", Fixtures.MINIMAL.replace("asOf: 2025-12-31", "asOf: 2025-13-31"));

    Cli.Run run = Cli.run("check", file, "--format", "json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("bad.yaml:1:").contains("perspective.asOf");
    JsonNode error = new ObjectMapper().readTree(run.out());
    assertThat(error.get("error").asText()).contains("'2025-13-31' is not a date");
    assertThat(error.get("exitCode").asInt()).isEqualTo(2);
    JsonNode problem = error.get("problems").get(0);
    assertThat(problem.get("path").asText()).isEqualTo("perspective.asOf");
    assertThat(problem.get("line").asInt()).isEqualTo(1);
    assertThat(problem.get("column").asInt()).isPositive();
    assertThat(problem.get("file").asText()).endsWith("bad.yaml");
  }

  @Test
  void a_json_error_of_several_problems_counts_them_and_lists_each() throws Exception {
    String file = Fixtures.write(directory, "two.yaml", Fixtures.CHAIN.replace("kind: council", "kind: counsil")
        .replace("kind: executive-board", "kind: executive-bord"));

    JsonNode error = new ObjectMapper().readTree(Cli.run("check", file, "--format", "json").out());

    assertThat(error.get("error").asText()).isEqualTo("the input has 2 problems, each listed under problems");
    assertThat(error.get("problems")).hasSize(2);
    assertThat(error.get("problems").get(1).get("path").asText()).isEqualTo("bodies[1].kind");
  }

  @Test
  void a_usage_error_with_format_json_is_a_json_object_too() throws Exception {
    Cli.Run run = Cli.run("check", EXAMPLE, "--format", "json", "--as-of", "someday");

    assertThat(run.code()).isEqualTo(2);
    assertThat(new ObjectMapper().readTree(run.out()).get("error").asText()).contains("--as-of");
  }

  // --- colour

  @Test
  void colour_does_not_break_the_alignment_of_due() {
    Cli.Run plain = Cli.run("due", EXAMPLE, "--year", "2024");
    Cli.Run coloured = Cli.run(new Environment(Map.of(), Locale.ENGLISH, false, true), "due", EXAMPLE, "--year", "2024");

    assertThat(coloured.out()).contains("\u001b[");
    assertThat(coloured.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.out());
  }

  @Test
  void colour_follows_the_ansi_auto_rules() {
    assertThat(Environment.colour(Map.of(), true)).isTrue();
    assertThat(Environment.colour(Map.of("TERM", "dumb"), true)).isFalse();
    assertThat(Environment.colour(Map.of("NO_COLOR", ""), true)).isFalse();
    assertThat(Environment.colour(Map.of("CLICOLOR", "0"), true)).isFalse();
    assertThat(Environment.colour(Map.of(), false)).isFalse();
    assertThat(Environment.colour(Map.of("CLICOLOR_FORCE", "1"), false)).isTrue();
    assertThat(Environment.colour(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), false)).isFalse();
  }

  // --- files

  @Test
  void due_ics_does_not_overwrite_a_file_without_force() throws Exception {
    Path ics = directory.resolve("due.ics");
    Files.writeString(ics, "mine");

    Cli.Run refused = Cli.run("due", EXAMPLE, "--year", "2025", "--ics", ics.toString());
    Cli.Run forced = Cli.run("due", EXAMPLE, "--year", "2025", "--ics", ics.toString(), "--force");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("exists already; give --force");
    assertThat(refused.out()).isEmpty();
    assertThat(forced.code()).as(forced.toString()).isZero();
    assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void db_export_does_not_overwrite_a_file_without_force() throws Exception {
    db("db", "import", EXAMPLE);
    Path output = directory.resolve("out.yaml");
    Files.writeString(output, "mine");

    Cli.Run refused = db("db", "export", "vimmerby", "--output", output.toString());

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("exists already; give --force");
    assertThat(Files.readString(output)).isEqualTo("mine");
    assertThat(db("db", "export", "vimmerby", "--output", output.toString(), "--force").code()).isZero();
    assertThat(RegisterFiles.read(output)).isEqualTo(RegisterFiles.read(Path.of(EXAMPLE)));
  }

  @Test
  void an_unwritable_calendar_is_refused_before_anything_is_printed() {
    Cli.Run run = Cli.run("due", EXAMPLE, "--ics", directory.resolve("no/such/dir/x.ics").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("does not exist");
  }

  // --- problems, suggestions, completion, help

  @Test
  void a_bad_date_of_the_perspective_is_one_problem_not_a_list_of_required_fields() {
    String register = Fixtures.CHAIN.replace("asOf: 2025-06-30", "asOf: 2025-06-31");

    Cli.Run run = Cli.run("check", Fixtures.write(directory, "bad.yaml", register));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines().toList()).hasSize(1);
    assertThat(run.err()).contains("'2025-06-31' is not a date").doesNotContain("is required");
  }

  @Test
  void a_missing_perspective_is_one_problem_too() {
    String register = Fixtures.CHAIN.replace("perspective: { municipality: vimmerby, asOf: 2025-06-30 }\n", "");

    Cli.Run run = Cli.run("check", Fixtures.write(directory, "none.yaml", register));

    assertThat(run.err().lines().toList()).as(run.err()).hasSize(1);
    assertThat(run.err()).contains("perspective: is required");
  }

  @Test
  void a_mistyped_register_id_gets_a_suggestion() {
    db("db", "import", EXAMPLE);

    assertThat(db("db", "history", "vimmerbi").err()).contains("Did you mean 'vimmerby'?");
    assertThat(db("db", "export", "vimmerbi").err()).contains("Did you mean 'vimmerby'?");
    assertThat(db("check", "--db", "vimmerbi").err()).contains("Did you mean 'vimmerby'?");
  }

  @Test
  void a_mistyped_option_gets_a_suggestion_even_when_its_first_letters_differ() {
    Cli.Run run = Cli.run("check", EXAMPLE, "--fromat", "json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Did you mean '--format'?");
  }

  @Test
  void an_unknown_subcommand_names_those_there_are() {
    Cli.Run run = Cli.run("rules", "list");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("The commands of 'vanort rules': show.");
    assertThat(Cli.run("db", "lst").err()).contains("Did you mean 'vanort db list'?");
  }

  @Test
  void completion_offers_exactly_the_values_accepted() {
    String script = Cli.run("generate-completion").out();

    assertThat(script).contains("(\"establish-twin-town\" \"partnership-application\"")
        .contains("MODALITY_option_args=(\"shall\" \"should\")")
        .contains("(\"text\" \"json\" \"markdown\")")
        .doesNotContain("ESTABLISH_TWIN_TOWN").doesNotContain("\"MAY\"");
    assertThat(Cli.run("who-decides", "establish-twin-town").code()).isZero();
    assertThat(Cli.run("check", EXAMPLE, "--min-modality", "shall").code()).isEqualTo(1);
  }

  @Test
  void help_ends_with_the_exit_codes_of_the_command() {
    assertThat(Cli.run("db", "list", "--help").out()).contains("Exit codes:").contains("0  done")
        .doesNotContain("SHALL");
    assertThat(Cli.run("init", "--help").out()).doesNotContain("SHALL");
    assertThat(Cli.run("delegation", "--help").out()).contains("1  the delegation would breach a SHALL clause");
    assertThat(Cli.run("db", "list", "--help", "--lang", "sv").out()).contains("0  klart").doesNotContain("SKA");
  }

  @Test
  void generate_completion_help_lists_the_options_it_accepts() {
    String help = Cli.run("generate-completion", "--help").out();

    assertThat(help).contains("--format").contains("--lang").contains("--debug");
  }

  @Test
  void the_starter_example_event_reads_when_uncommented() throws Exception {
    String uncommented = RegisterFiles.starterTemplate().replaceAll("(?m)^#  ", "  ");

    assertThat(uncommented).contains("  - id: conf-2025");
    assertThat(RegisterFiles.read(uncommented, RegisterFormat.YAML, "starter.yaml").getEvents()).hasSize(2);
  }

  // --- the database as a history

  @Test
  void reading_a_database_that_does_not_exist_creates_none() {
    Cli.Run export = db("db", "export", "vimmerby");
    Cli.Run list = db("db", "list");

    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err()).contains("no register 'vimmerby' is stored");
    assertThat(list.code()).isZero();
    assertThat(directory.resolve("home")).doesNotExist();
  }

  @Test
  void db_show_tells_what_a_revision_holds() throws Exception {
    db("db", "import", EXAMPLE);
    db("check", "--db", "vimmerby", "--save");

    Cli.Run text = db("db", "show", "vimmerby");
    JsonNode json = new ObjectMapper().readTree(db("db", "show", "vimmerby", "--revision", "1", "--format", "json").out());
    Cli.Run missing = db("db", "show", "vimmerby", "--revision", "7");

    assertThat(text.out()).contains("Register vimmerby, revision 1 of 1").containsPattern("events +30")
        .contains("Checks saved of this revision: 1.");
    assertThat(json.get("counts").get("people").asInt()).isEqualTo(21);
    assertThat(json.get("checks").get(0).asLong()).isEqualTo(1);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("register vimmerby has no revision 7; its revisions are 1 to 1.");
  }

  @Test
  void db_history_checks_shows_the_findings_of_each_saved_check() throws Exception {
    db("db", "import", EXAMPLE);
    db("check", "--db", "vimmerby", "--save");

    Cli.Run text = db("db", "history", "vimmerby", "--checks");
    JsonNode json = new ObjectMapper().readTree(db("db", "history", "vimmerby", "--checks", "--format", "json").out());

    assertThat(text.out()).contains("Findings of check 1:").contains("va.youth-camp-with-conference");
    assertThat(json.get("checks").get(0).get("findings").get(0).get("rule").asText()).isNotEmpty();
  }

  @Test
  void diff_tells_what_was_fixed_what_is_new_and_what_is_still_open() throws Exception {
    db("db", "import", EXAMPLE);
    String later = Fixtures.write(directory, "later.yaml",
        Fixtures.read(Path.of(EXAMPLE)).replace("asOf: 2025-12-31", "asOf: 2026-12-31"));
    db("db", "import", later);
    db("check", "--db", "vimmerby", "--save");
    db("check", EXAMPLE, "--save");

    Cli.Run revisions = db("diff", "vimmerby", "--revisions", "1..2");
    JsonNode checks = new ObjectMapper().readTree(db("diff", "vimmerby", "--checks", "2..1", "--format", "json").out());
    Cli.Run file = db("diff", "vimmerby", "--file", EXAMPLE, "--format", "markdown");
    Cli.Run same = db("diff", "vimmerby", "--file", later);

    // A year later, 2026 closes: its yearly obligations not recorded in the example are new findings, and
    // the secretary whose term ended is no longer asked for contact details.
    int added = findingsOf(later).size() - findingsOf(EXAMPLE).size() + 1;
    assertThat(revisions.code()).as(revisions.toString()).isEqualTo(1);
    assertThat(revisions.out()).contains("Findings of register vimmerby: revision 1 compared with revision 2")
        .contains("New: " + added).contains("va.secretaries-meet-yearly").containsPattern("Still open: \\d+")
        .containsPattern("1 fixed, " + added + " new, \\d+ still open");
    assertThat(checks.get("from").get("kind").asText()).isEqualTo("check");
    assertThat(checks.get("summary").get("fixed").asInt()).isEqualTo(1);
    assertThat(checks.get("summary").get("new").asInt()).isEqualTo(added);
    assertThat(file.out()).startsWith("# Findings of register vimmerby: revision 2 compared with file")
        .contains("## Fixed: " + added);
    assertThat(same.code()).isZero();
    assertThat(same.out()).contains("0 fixed, 0 new");
  }

  private static java.util.List<JsonNode> findingsOf(String register) throws Exception {
    java.util.List<JsonNode> findings = new java.util.ArrayList<>();
    new ObjectMapper().readTree(Cli.run("check", register, "--format", "json").out()).get("findings")
        .forEach(findings::add);
    return findings;
  }

  // --- the calendar

  @Test
  void due_year_shows_only_items_dated_in_that_year() throws Exception {
    JsonNode items = new ObjectMapper().readTree(Cli.run("due", EXAMPLE, "--year", "2024", "--format", "json").out())
        .get("items");

    assertThat(items).isNotEmpty();
    items.forEach(item -> assertThat(item.get("date").asText()).startsWith("2024-"));
    assertThat(items).anySatisfy(item -> assertThat(item.get("kind").asText()).isEqualTo("council-report"));
  }

  @Test
  void the_calendar_is_valid_icalendar_to_a_second_parser() throws Exception {
    Path ics = directory.resolve("due.ics");
    Cli.Run run = Cli.run("due", EXAMPLE, "--period", "2021..2026", "--ics", ics.toString(), "--lang", "sv",
        "--format", "json");
    JsonNode items = new ObjectMapper().readTree(run.out()).get("items");

    byte[] bytes = Files.readAllBytes(ics);
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
    List<ICalendar> calendars = Biweekly.parse(text).all();
    assertThat(calendars).hasSize(1);
    ICalendar calendar = calendars.get(0);
    assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("vanort: vimmerby 2021-01-01..2026-12-31");
    List<VEvent> events = calendar.getEvents();
    assertThat(events).hasSize(items.size());
    for (int i = 0; i < events.size(); i++) {
      VEvent event = events.get(i);
      JsonNode item = items.get(i);
      LocalDate start = event.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      assertThat(start).hasToString(item.get("date").asText());
      assertThat(event.getSummary().getValue()).startsWith(item.get("description").asText());
      assertThat(event.getStatus().getValue()).isEqualTo(switch (item.get("status").asText()) {
        case "DONE" -> "CONFIRMED";
        case "MISSED" -> "CANCELLED";
        default -> "TENTATIVE";
      });
    }
    assertThat(calendar.validate(biweekly.ICalVersion.V2_0).isEmpty()).as(calendar.validate(biweekly.ICalVersion.V2_0).toString())
        .isTrue();
  }

  @Test
  void folding_never_splits_a_character_and_unfolds_to_the_line() {
    String line = "SUMMARY:" + "Återredovisning för kommunfullmäktige i Vimmerby ".repeat(4) + "😀 slut";

    String folded = Calendars.fold(line + "\r\n");

    for (String part : folded.split("\r\n")) {
      assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
  }
}
