package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.vanort.adapters.cli.file.OldFormat;
import se.vanort.adapters.cli.file.RepositoryFiles;

/** {@code vanort test} through the command: expectations, shared registers, queries, refusals, reports, exit codes. */
class ScenarioCommandTest {
  private static final String BASE = RepositoryFiles.file("examples/scenarios/registers/base.yaml").toString();

  @TempDir
  Path directory;

  private String scenario(String name, String text) {
    return Fixtures.write(directory, name, "register: " + BASE + "\n" + text);
  }

  @Test
  void includes_and_excludes_state_year_municipality_and_subjects_and_a_miss_names_the_nearest_finding() {
    String file = scenario("secretaries.yaml", """
        scenarios:
          - name: holds
            changes: { remove: { events: [secretaries-2022] } }
            period: 2022..2022
            includes:
              - { rule: va.secretaries-meet-yearly, year: 2022, municipality: moss, contains: [VA2021] }
            excludes:
              - { rule: va.secretaries-meet-yearly, year: 2021 }
          - name: fails
            changes: { remove: { events: [secretaries-2022] } }
            period: 2022..2022
            includes:
              - { rule: va.secretaries-meet-yearly, year: 2023, municipality: moss }
            excludes:
              - { rule: va.secretaries-meet-yearly, municipality: olfus }
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("PASS  " + file + "  (holds)").contains("FAIL  " + file + "  (fails)")
        .contains("expected but not found: { rule: va.secretaries-meet-yearly, year: 2023, municipality: moss }")
        .contains("nearest found: { rule: va.secretaries-meet-yearly, year: 2022, municipality: moss, subjects: [")
        .contains("differs in: year")
        .contains("found but excluded by { rule: va.secretaries-meet-yearly, municipality: olfus }: "
            + "{ rule: va.secretaries-meet-yearly, year: 2022, municipality: olfus")
        .endsWith("1 passed, 1 failed\n");
  }

  @Test
  void exact_expectations_fail_on_a_finding_not_listed() {
    String file = scenario("exact.yaml", """
        name: two findings, one listed
        changes: { remove: { events: [conf-2023, camp-2023] } }
        period: 2023..2023
        expect:
          - { rule: va.conference-every-second-year }
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("found but not expected: { rule: va.youth-camp-with-conference, year: 2023");
  }

  @Test
  void a_change_to_a_record_the_base_lacks_names_the_file_line_and_id_with_a_did_you_mean_and_exits_2() {
    String file = scenario("typo.yaml", """
        name: removes what is not there
        changes:
          remove: { events: [conf-2203] }
          evnts: []
        expect: []
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    // line 1 is the register the test puts first
    assertThat(run.out()).contains(file + ":4:22: changes.remove.events[0]: remove: no event 'conf-2203' in the base"
            + " register " + BASE + "; did you mean 'conf-2023'?")
        .contains(file + ":5:3: changes.evnts: unknown field 'evnts'; known fields: add, remove, replace, set");
  }

  @Test
  void an_unknown_key_of_a_scenario_is_refused_with_its_line_and_a_did_you_mean() {
    String file = scenario("key.yaml", """
        name: misspelt
        inclues: []
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).contains(file + ":3:1: inclues: unknown field 'inclues'; did you mean 'includes'?");
  }

  @Test
  void an_expectation_of_the_file_beside_its_list_of_scenarios_is_refused() {
    String file = scenario("root.yaml", """
        expect: []
        scenarios:
          - { name: quiet, expect: [] }
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).contains(file + ":2:1: expect: belongs to a scenario of the list");
  }

  @Test
  void a_record_added_that_the_register_refuses_is_located_in_the_scenario_that_adds_it() {
    String file = scenario("bad-host.yaml", """
        name: adds an event with an unknown host
        changes:
          add:
            events:
              - { id: conf-2099, kind: conference, date: 2025-06-11, host: kauhavaa }
        expect: []
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).contains(file + ":6:68: changes.add.events[0].host: 'kauhavaa' is not a municipality of the"
        + " register; did you mean 'kauhava'?");
  }

  @Test
  void a_record_of_the_base_that_the_changes_leave_wrong_is_located_in_the_base_naming_the_changes() {
    String file = scenario("dangling.yaml", """
        name: removes a meeting its decisions refer to
        changes: { remove: { events: [meeting-2025] } }
        expect: []
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).contains(BASE + ":").contains("meeting-2025")
        .contains("(in the register as changes of " + file + " leave it)");
  }

  @Test
  void a_scenario_expecting_a_refusal_passes_when_refused_for_that_field_and_fails_when_read() {
    String file = scenario("refusals.yaml", """
        scenarios:
          - name: refused for the host
            changes: { add: { events: [ { id: conf-2099, kind: conference, date: 2025-06-11, host: kauhavaa } ] } }
            refused: [ { path: "events[conf-2099].host", message: not a municipality } ]
          - name: refused, but for another field than expected
            changes: { add: { events: [ { id: conf-2099, kind: conference, date: 2025-06-11, host: kauhavaa } ] } }
            refused: [ { path: "events[conf-2099].date" } ]
          - name: not refused at all
            refused: [ { path: "events[conf-2025].host" } ]
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("PASS  " + file + "  (refused for the host)")
        .contains("refused: expected but not found: { path: events[conf-2099].date }")
        .contains("nearest found: { path: events[conf-2099].host, message: 'kauhavaa' is not a municipality")
        .contains("refused: the register was read, but the scenario expects it refused with: { path: events[conf-2025].host }")
        .endsWith("1 passed, 2 failed\n");
  }

  @Test
  void queries_answer_as_the_commands_do_and_a_wrong_answer_fails() {
    String file = scenario("queries.yaml", """
        name: wrong answers
        due: { year: 2025, includes: [ { rule: va.conference-every-second-year, status: missed } ] }
        whoDecides: { matter: establish-twin-town, decider: executive-board }
        coordinator: { on: 2024-03-01, coordinators: [p-coordinator] }
        delegation: { event: conf-2025, acceptable: false }
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("due[0]: expected but not found: { rule: va.conference-every-second-year, status: missed }")
        .contains("nearest found: { rule: va.conference-every-second-year, status: done, year: 2025")
        .contains("whoDecides[0]: expected { decider: executive-board }, found { decider: council }")
        .contains("coordinator[0]: expected { coordinators: [p-coordinator] }, found { coordinators: [p-olfus-secretary] }")
        .contains("delegation[0]: expected { acceptable: false }, found { acceptable: true }");
  }

  @Test
  void a_query_about_an_unknown_event_is_a_problem_of_the_file_with_a_did_you_mean() {
    String file = scenario("event.yaml", """
        name: unknown event
        delegation: { event: conf-2052, acceptable: true }
        """);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).contains(file + ":3:1: delegation[0]: no event 'conf-2052' in the register. Did you mean");
  }

  @Test
  void json_gives_each_difference_with_what_was_expected_what_was_found_and_the_fields_that_differ() throws Exception {
    String file = scenario("json.yaml", """
        name: a year off
        changes: { remove: { events: [regional-2023] } }
        period: 2023..2023
        expect: [ { rule: vis.coordinator-in-regional-network, year: 2024 } ]
        """);

    Cli.Run run = Cli.run("test", file, "--format", "json");
    JsonNode scenario = new ObjectMapper().readTree(run.out()).get("scenarios").get(0);

    assertThat(run.code()).isEqualTo(1);
    assertThat(scenario.get("passed").asBoolean()).isFalse();
    assertThat(scenario.get("found").get(0).get("rule").asText()).isEqualTo("vis.coordinator-in-regional-network");
    JsonNode difference = scenario.get("differences").get(0);
    assertThat(difference.get("check").asText()).isEqualTo("findings");
    assertThat(difference.get("kind").asText()).isEqualTo("missing");
    assertThat(difference.get("expected").get("year").asInt()).isEqualTo(2024);
    assertThat(difference.get("found").get("year").asInt()).isEqualTo(2023);
    assertThat(difference.get("fields")).extracting(JsonNode::asText).containsExactly("year");
  }

  @Test
  void markdown_gives_a_table_and_a_section_for_each_failed_scenario() {
    String file = scenario("md.yaml", """
        scenarios:
          - { name: quiet, expect: [] }
          - { name: loud, expect: [ { rule: va.development-exchange } ] }
        """);

    Cli.Run run = Cli.run("test", file, "--format", "markdown");

    assertThat(run.out()).startsWith("# Scenarios\n").contains("| result | file | scenario | differences |")
        .contains("| PASS | `" + file + "` | quiet | 0 |").contains("| **FAIL** | `" + file + "` | loud | 1 |")
        .contains("## FAIL: loud").contains("- expected but not found: { rule: va.development-exchange }");
  }

  @Test
  void junit_xml_has_a_suite_for_each_file_and_a_failure_for_each_failed_scenario() throws Exception {
    String file = scenario("ci.yaml", """
        scenarios:
          - { name: quiet, expect: [] }
          - { name: loud, expect: [ { rule: va.development-exchange } ] }
        """);
    Path report = directory.resolve("junit.xml");

    Cli.Run run = Cli.run("test", file, "--junit", report.toString());
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("Wrote the JUnit report to " + report);
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo(file);
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    Element failure = (Element) xml.getElementsByTagName("failure").item(0);
    assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("loud");
    assertThat(failure.getAttribute("message")).isEqualTo("expected but not found: { rule: va.development-exchange }");
    assertThat(Cli.run("test", file, "--junit", report.toString()).code()).as("an existing report needs --force")
        .isEqualTo(2);
  }

  @Test
  void run_selects_scenarios_by_a_regular_expression_on_their_names() {
    String file = scenario("select.yaml", """
        scenarios:
          - { name: quiet base, expect: [] }
          - { name: loud base, expect: [ { rule: va.development-exchange } ] }
        """);

    Cli.Run selected = Cli.run("test", file, "--run", "^qui");
    Cli.Run none = Cli.run("test", file, "--run", "nothing");
    Cli.Run invalid = Cli.run("test", file, "--run", "(");

    assertThat(selected.code()).isZero();
    assertThat(selected.out()).contains("(quiet base)").doesNotContain("loud").endsWith("1 passed, 0 failed\n");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no scenario's name matches --run nothing");
    assertThat(invalid.code()).isEqualTo(2);
    assertThat(invalid.err()).contains("--run ( is not a regular expression");
  }

  @Test
  void coverage_lists_every_rule_and_a_threshold_above_it_fails_the_run() {
    String file = scenario("one.yaml", """
        name: one rule found
        changes: { remove: { events: [network-2024-2] } }
        period: 2024..2024
        includes: [ { rule: vis.network-meets-twice-yearly } ]
        """);

    Cli.Run covered = Cli.run("test", file, "--coverage");
    Cli.Run below = Cli.run("test", file, "--coverage", "--threshold", "50");

    assertThat(covered.code()).isZero();
    assertThat(covered.out()).contains("Rules shown both ways, found and not found: 0 of ")
        .containsPattern("vis.network-meets-twice-yearly +SHOULD +VIS2016/N1 +found only")
        .containsPattern("va.conference-every-second-year +SHALL +VA2021/A1 +never exercised");
    assertThat(below.code()).isEqualTo(1);
    assertThat(below.err()).contains("the scenarios show 0% of the rules both ways, below the threshold of 50%");
  }

  @Test
  void a_directory_stands_for_its_scenario_files_and_an_empty_one_is_refused() throws Exception {
    scenario("a.yaml", "name: a\nexpect: []\n");
    Path empty = Files.createDirectory(directory.resolve("empty"));

    Cli.Run run = Cli.run("test", directory.toString());
    Cli.Run none = Cli.run("test", empty.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("(a)").endsWith("1 passed, 0 failed\n");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no scenario file (.yaml, .yml or .json) in the directory " + empty);
  }

  @Test
  void the_scenario_files_written_before_issue_11_still_run_unchanged() {
    Cli.Run run = Cli.run("test", OldFormat.directory().toString());

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).endsWith(OldFormat.scenarios().size() + " passed, 0 failed\n");
  }
}
