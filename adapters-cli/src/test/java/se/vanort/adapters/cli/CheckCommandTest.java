package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vanort.adapters.cli.file.RepositoryFiles;

class CheckCommandTest {
  @TempDir
  Path directory;

  @Test
  void the_bundled_example_is_checked_as_the_readme_shows() {
    Cli.Run run = Cli.run("check", Path.of("..", "examples", "vimmerby.yaml").toString());

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).startsWith("Register vimmerby, period 2021-01-01..2027-12-31, as of 2025-12-31")
        .containsPattern("SHALL: \\d+ breaches").containsPattern("\\d+ SHALL, \\d+ SHOULD\n$");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void the_swedish_check_of_the_example_names_people_and_decisions_never_by_their_record_ids() {
    Cli.Run run = Cli.run("check", RepositoryFiles.file("examples/vimmerby.yaml").toString(), "--lang", "sv");

    assertThat(run.out()).contains("sekreterare: Liisa Korhonen, från Kauhavan kaupunki")
        .contains("Beslut \u201dUngdomsråden bjuds in till planeringen av lägret 2025\u201d vid vänortsmötet")
        .doesNotContainPattern("\\bp-[a-z]").doesNotContain("meeting-2023-2");
  }

  @Test
  void an_unnamed_person_is_named_by_role_in_the_text_and_keeps_the_id_in_json() throws Exception {
    String register = Fixtures.write(directory, "unnamed.yaml", Fixtures.read(RepositoryFiles.file("examples/vimmerby.yaml"))
        .replace("    name: Sigurður Einarsson\n", ""));

    Cli.Run swedish = Cli.run("check", register, "--lang", "sv");
    Cli.Run english = Cli.run("check", register, "--lang", "en");
    Cli.Run json = Cli.run("check", register, "--format", "json");

    assertThat(swedish.out()).contains("Vänortssekreteraren i Sveitarfélagið Ölfus, en vänortssekreterare utan registrerat namn,")
        .contains("vänortssekreterare (p-olfus-secretary))");
    assertThat(english.out()).contains("a twin-town secretary with no recorded name");
    JsonNode contact = null;
    for (JsonNode finding : new ObjectMapper().readTree(json.out()).get("findings")) {
      if (finding.get("rule").asText().equals("va.contact-register-kept")) {
        contact = finding;
      }
    }
    assertThat(contact).isNotNull();
    assertThat(contact.get("subjects").toString()).contains("p-olfus-secretary");
    assertThat(contact.get("records").toString()).contains("\"id\":\"p-olfus-secretary\"")
        .contains("\"role\":\"twin-town-secretary\"");
  }

  @Test
  void a_register_with_nothing_missing_exits_0_and_says_so() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "minimal.yaml", Fixtures.MINIMAL));

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Register vimmerby, period 2025-01-01..2025-12-31, as of 2025-12-31")
        .contains("No findings: every checked clause is followed.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void a_register_with_nothing_missing_is_reported_in_swedish() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "minimal.yaml", Fixtures.MINIMAL), "--lang", "sv");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Granskning av registret vimmerby, period 2025, per den 31 december 2025")
        .contains("Inga brister eller avvikelser: varje punkt som granskas följs.");
  }

  @Test
  void a_shall_finding_exits_1_with_findings_grouped_by_modality() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "starter.yaml", Fixtures.starter()));

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    String out = run.out();
    assertThat(out).containsPattern("SHALL: \\d+ breaches").containsPattern("SHOULD: \\d+ deviation")
        .containsPattern("2023 +VA2021/A1 +va\\.conference-every-second-year")
        .contains("No twin-town conference is recorded in 2023.")
        .contains("Facts: ").contains("Remedy: ")
        .containsPattern("\\d+ SHALL, \\d+ SHOULD");
    assertThat(out.indexOf("SHALL:")).isLessThan(out.indexOf("SHOULD:"));
  }

  @Test
  void findings_are_reported_in_swedish_with_lang_sv() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "starter.yaml", Fixtures.starter()), "--lang", "sv");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).containsPattern("SKA: \\d+ brister").containsPattern("BÖR: \\d+ avvikelse")
        .contains("Underlag: ").contains("Förslag till åtgärd: ").doesNotContain("brott").doesNotContain("Remedy");
  }

  @Test
  void the_language_follows_a_swedish_locale() {
    Environment swedish = new Environment(Map.of(), Locale.forLanguageTag("sv-SE"), false, false);
    Cli.Run run = Cli.run(swedish, "check", Fixtures.write(directory, "starter.yaml", Fixtures.starter()));

    assertThat(run.out()).containsPattern("SKA: \\d+ brist");
  }

  @Test
  void json_has_the_documented_shape() throws Exception {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "starter.yaml", Fixtures.starter()), "--format", "json");

    assertThat(run.code()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(fieldNames(root)).contains("findings", "coverage", "yearsWithoutAgreement", "rulebook", "register",
        "period", "asOf", "summary");
    JsonNode finding = root.get("findings").get(0);
    assertThat(fieldNames(finding)).containsExactly(
        "rule", "clause", "modality", "subjects", "names", "records", "municipality", "municipalityName", "year",
        "date", "obligation", "message", "facts", "remedy", "data");
    assertThat(finding.get("modality").asText()).isEqualTo("SHALL");
    assertThat(finding.get("subjects").isArray()).isTrue();
    // The ids stay where they were; the names and the typed records are added beside them.
    assertThat(finding.get("records").get(0).get("id").asText()).isEqualTo(finding.get("subjects").get(0).asText());
    assertThat(finding.get("names")).hasSameSizeAs(finding.get("subjects"));
    assertThat(fieldNames(finding.get("data").get("year"))).containsExactly("type", "values", "text");
    assertThat(finding.get("data").get("year").get("type").asText()).isEqualTo("YEAR");
    assertThat(root.get("rulebook").asText()).isNotBlank();
    assertThat(root.get("coverage").get(0).get("clause").asText()).isEqualTo("VA2021/GOAL");
    assertThat(root.get("summary").get("shall").asInt()).isEqualTo(
        (int) findings(root).stream().filter(f -> f.get("modality").asText().equals("SHALL")).count());
  }

  @Test
  void json_messages_follow_the_language() throws Exception {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "starter.yaml", Fixtures.starter()), "--format", "json",
        "--lang", "sv");

    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(findings(root)).anySatisfy(f -> assertThat(f.get("message").asText()).contains("vänortskonferens"));
  }

  @Test
  void markdown_gives_a_table_per_modality() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "starter.yaml", Fixtures.starter()), "--format", "markdown");

    assertThat(run.out()).startsWith("# Register vimmerby").contains("## SHALL:")
        .contains("| when | clause | rule | records | message | facts | remedy |")
        .contains("| 2023 | `VA2021/A1` | `va.conference-every-second-year` |")
        .contains("| Conference years of VA2021 in the period: 2021, 2023 and 2025");
  }

  @Test
  void min_modality_shall_hides_the_should_findings_but_says_how_many() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "starter.yaml", Fixtures.starter()),
        "--min-modality", "shall");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("SHALL:").doesNotContain("SHOULD:").containsPattern("\\(\\d+ below --min-modality not shown\\)");
  }

  @Test
  void period_and_as_of_choose_what_is_checked() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "starter.yaml", Fixtures.starter()),
        "--period", "2021..2022", "--as-of", "2022-12-31");

    assertThat(run.out()).contains("period 2021-01-01..2022-12-31, as of 2022-12-31")
        .contains("No twin-town conference is recorded in 2021.").doesNotContain("recorded in 2023");
  }

  @Test
  void a_bad_period_is_a_usage_error_naming_the_accepted_forms() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "minimal.yaml", Fixtures.MINIMAL), "--period", "2026..2021");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--period").contains("ends before it starts").doesNotContain("at se.vanort");
  }

  @Test
  void an_impossible_date_says_how_to_write_one() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "minimal.yaml", Fixtures.MINIMAL), "--as-of", "2025-02-30");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("'2025-02-30' is not a date; write it as YYYY-MM-DD").doesNotContain("java.time");
  }

  @Test
  void a_bad_min_modality_is_a_usage_error() {
    Cli.Run run = Cli.run("check", Fixtures.write(directory, "minimal.yaml", Fixtures.MINIMAL), "--min-modality", "may");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("only shall and should produce findings");
  }

  @Test
  void a_syntax_error_names_file_line_and_column_and_exits_2() {
    String file = Fixtures.write(directory, "broken.yaml",
        "perspective: { municipality: vimmerby, asOf: 2025-12-31\nmunicipalities:\n  - { id: vimmerby }\n");
    Cli.Run run = Cli.run("check", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(file + ":2:15: syntax error").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void an_unknown_field_is_named_with_the_closest_known_one() {
    String file = Fixtures.write(directory, "typo.yaml", """
        perspectiv: { municipality: vimmerby, asOf: 2025-12-31 }
        municipalities:
          - { id: vimmerby, name: Vimmerby kommun, country: SE, contry: SE }
        """);
    Cli.Run run = Cli.run("check", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(file + ":1:1: perspectiv: unknown field 'perspectiv'; did you mean 'perspective'?")
        .contains(file + ":3:").contains("municipalities[0].contry: unknown field 'contry'; did you mean 'country'?")
        .doesNotContain("\tat ");
  }

  @Test
  void an_unknown_field_in_an_otherwise_valid_register_is_refused() {
    String file = Fixtures.write(directory, "typo.yaml", """
        perspective: { municipality: vimmerby, asOf: 2025-12-31 }
        municipalities:
          - { id: vimmerby, name: Vimmerby kommun, country: SE, contry: SE }
        """);
    Cli.Run run = Cli.run("check", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(file + ":3:").contains("municipalities[0].contry: unknown field 'contry'; did you mean 'country'?");
  }

  @Test
  void every_validation_problem_is_listed_with_its_path() {
    String file = Fixtures.write(directory, "invalid.yaml", """
        perspective: { municipality: vimmerby, asOf: 2025-12-31 }
        municipalities:
          - { id: vimmerby, name: Vimmerby kommun, country: SE }
          - { id: kauhava, name: Kauhava, country: FI }
        events:
          - { id: conf-2025, kind: conference, date: 2025-06-01, host: kauhavaa }
          - { id: camp-2025, kind: youth-camp, date: 2025-06-02, linkedTo: conf-2052 }
        """);
    Cli.Run run = Cli.run("check", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("events[0].host").contains("'kauhavaa'").contains("kauhava")
        .contains("events[1].linkedTo").contains("conf-2052").doesNotContain("\tat ");
  }

  @Test
  void a_missing_file_is_bad_input() {
    Cli.Run run = Cli.run("check", directory.resolve("nowhere.yaml").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere.yaml: no such file");
  }

  @Test
  void debug_adds_the_stack_trace() {
    Cli.Run run = Cli.run("check", directory.resolve("nowhere.yaml").toString(), "--debug");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no such file").contains("\tat se.vanort.adapters.cli.");
  }

  @Test
  void neither_file_nor_database_is_a_usage_error() {
    Cli.Run run = Cli.run("check");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("give either a register FILE or --db ID");
  }

  @Test
  void text_is_coloured_only_when_the_environment_allows() {
    String file = Fixtures.write(directory, "starter.yaml", Fixtures.starter());
    Cli.Run plain = Cli.run("check", file);
    Cli.Run coloured = Cli.run(new Environment(Map.of(), Locale.ENGLISH, true, true), "check", file);

    assertThat(plain.out()).doesNotContain("\u001b[");
    assertThat(coloured.out()).contains("\u001b[");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<JsonNode> findings(JsonNode root) {
    List<JsonNode> findings = new ArrayList<>();
    root.get("findings").forEach(findings::add);
    return findings;
  }
}
