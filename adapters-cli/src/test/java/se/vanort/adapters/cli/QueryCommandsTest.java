package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vanort.adapters.cli.file.RepositoryFiles;

class QueryCommandsTest {
  @TempDir
  Path directory;

  @Test
  void who_decides_names_the_body_and_quotes_the_clause() {
    Cli.Run run = Cli.run("who-decides", "establish-twin-town");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Decides: the municipal council (kommunfullmäktige)")
        .contains("VIS2016/W5").contains("\"Etablering av nya vänorter beslutas av kommunfullmäktige.");
  }

  @Test
  void who_decides_answers_in_swedish() {
    Cli.Run run = Cli.run("who-decides", "establish-twin-town", "--lang", "sv");

    assertThat(run.out()).contains("Ärende: att upprätta en ny vänort").contains("Beslutar: kommunfullmäktige")
        .contains("Beslut om att upprätta en ny vänort fattas av kommunfullmäktige");
  }

  @Test
  void a_school_exchange_over_budget_goes_to_the_committee() {
    Cli.Run within = Cli.run("who-decides", "school-exchange");
    Cli.Run over = Cli.run("who-decides", "SCHOOL_EXCHANGE", "--over-budget");

    assertThat(within.out()).contains("Decides: the school, within its own budget");
    assertThat(over.out()).contains("(over the deciding unit's own budget)")
        .contains("Decides: the committee responsible for the school");
  }

  @Test
  void who_decides_names_the_registers_own_bodies() throws Exception {
    Cli.Run run = Cli.run("who-decides", "project", "--format", "json",
        "--register", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN));

    JsonNode answer = new ObjectMapper().readTree(run.out());
    assertThat(answer.get("decider").asText()).isEqualTo("owning-committee");
    assertThat(answer.get("clause").asText()).isEqualTo("VIS2016/O5");
    assertThat(answer.get("bodies").get(0).get("id").asText()).isEqualTo("ks");
  }

  @Test
  void a_mistyped_matter_is_refused_with_the_closest_and_exit_2() {
    Cli.Run run = Cli.run("who-decides", "shcool-exchange");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("unknown matter 'shcool-exchange'; did you mean 'school-exchange'?");
  }

  @Test
  void coordinator_is_the_secretary_of_the_next_host() {
    Cli.Run run = Cli.run("coordinator", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN), "--on", "2025-03-01");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("VA2021/O3").contains("Kaisa Sihteeri").contains("meet-2025");
  }

  @Test
  void coordinator_answers_in_swedish_and_as_json() throws Exception {
    String chain = Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN);
    Cli.Run swedish = Cli.run("coordinator", chain, "--on", "2025-03-01", "--lang", "sv");
    Cli.Run json = Cli.run("coordinator", chain, "--on", "2025-03-01", "--format", "json");

    assertThat(swedish.out()).contains("Kaisa Sihteeri").contains("samordnas");
    JsonNode answer = new ObjectMapper().readTree(json.out());
    assertThat(answer.get("host").asText()).isEqualTo("kauhava");
    assertThat(answer.get("coordinators").get(0).get("id").asText()).isEqualTo("p-sec");
  }

  @Test
  void coordinator_names_the_next_meeting_and_its_host_as_people_do() {
    Cli.Run swedish = Cli.run("coordinator", RepositoryFiles.file("examples/vimmerby.yaml").toString(), "--on", "2024-03-01",
        "--lang", "sv");

    assertThat(swedish.out()).contains("Den 1 mars 2024").contains("Sveitarfélagið Ölfus")
        .contains("nästa vänortsmöte Vänortsmöte 2025 i Þorlákshöfn den 12 juni 2025")
        .doesNotContain("meeting-2025").doesNotContain(" olfus");
  }

  @Test
  void coordinator_needs_a_date() {
    Cli.Run run = Cli.run("coordinator", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--on");
  }

  @Test
  void the_recorded_delegation_with_both_leaderships_passes() {
    Cli.Run run = Cli.run("delegation", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN), "conf-2025");

    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Delegation of vimmerby to conf-2025 on 2025-09-10: p-kso, p-kd")
        .contains("The delegation meets every rule checked.");
  }

  @Test
  void a_delegation_without_political_leadership_is_a_shall_finding_in_both_languages() {
    String chain = Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN);
    Cli.Run english = Cli.run("delegation", chain, "conf-2025", "--member", "p-kd");
    Cli.Run swedish = Cli.run("delegation", chain, "conf-2025", "--member", "p-kd", "--lang", "sv");

    assertThat(english.code()).isEqualTo(1);
    assertThat(english.out()).contains("SHALL: 1 breach").contains("va.delegation-has-leadership")
        .contains("political leadership");
    assertThat(swedish.code()).isEqualTo(1);
    assertThat(swedish.out()).contains("SKA: 1 brist").contains("politisk ledning");
  }

  @Test
  void an_unknown_event_or_person_is_bad_input_with_a_suggestion() {
    String chain = Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN);
    Cli.Run event = Cli.run("delegation", chain, "conf-2052");
    Cli.Run person = Cli.run("delegation", chain, "conf-2025", "--member", "p-nobody");

    assertThat(event.code()).isEqualTo(2);
    assertThat(event.err()).contains("no event 'conf-2052'").contains("Did you mean 'conf-2025'?");
    assertThat(person.code()).isEqualTo(2);
    assertThat(person.err()).contains("p-nobody").doesNotContain("\tat ");
  }

  @Test
  void due_lists_what_is_done_due_and_missed_with_clauses() {
    Cli.Run run = Cli.run("due", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN), "--year", "2025");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Calendar of register vimmerby, 2025-01-01..2025-12-31, as of 2025-06-30")
        .containsPattern("2025-09-10 +due +VA2021/A1 +Twin-town conference 2025")
        .containsPattern("\\d+ done, \\d+ due, \\d+ missed, \\d+ optional");
  }

  @Test
  void due_speaks_swedish() {
    Cli.Run run = Cli.run("due", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN), "--year", "2025", "--lang", "sv");

    assertThat(run.out()).contains("Att göra enligt registret vimmerby").containsPattern("\\d+ genomförd(a)?, \\d+ att göra");
  }

  @Test
  void due_writes_an_icalendar_file_that_a_calendar_reads_back() throws Exception {
    String chain = Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN);
    Path ics = directory.resolve("vanort-2025.ics");
    Cli.Run json = Cli.run("due", chain, "--year", "2025", "--format", "json", "--ics", ics.toString());

    JsonNode items = new ObjectMapper().readTree(json.out()).get("items");
    Calendar calendar;
    try (InputStream in = new FileInputStream(ics.toFile())) {
      calendar = new CalendarBuilder().build(in);
    }
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(items.size());
    assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo(items.get(0).get("uid").asText() + "@vimmerby.vanort");
    assertThat(json.err()).contains("Wrote " + items.size() + " events to " + ics);
  }

  @Test
  void year_and_period_cannot_both_be_given() {
    Cli.Run run = Cli.run("due", Fixtures.write(directory, "chain.yaml", Fixtures.CHAIN), "--year", "2025",
        "--period", "2025..2026");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }
}
