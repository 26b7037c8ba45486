package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Optional;
import se.vanort.domain.DateRange;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.register.RecordShape;
import se.vanort.rules.Finding;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

class ScenarioFilesTest {
  private static final String REGISTER = """
      perspective: { municipality: vimmerby, asOf: 2023-12-31 }
      municipalities: [ { id: vimmerby, name: Vimmerby kommun, country: SE } ]
      """;

  @TempDir
  Path dir;

  @ParameterizedTest
  @MethodSource("se.vanort.adapters.cli.file.RepositoryFiles#scenarios")
  void every_example_scenario_reads_with_a_name_and_its_expectations(Path file) throws RegisterFileException {
    List<Scenario> scenarios = ScenarioFiles.read(file);

    assertThat(scenarios).isNotEmpty().allSatisfy(scenario -> {
      assertThat(scenario.name()).isNotBlank();
      assertThat(scenario.file()).isEqualTo(file);
      assertThat(scenario.findings().includes()).allSatisfy(expected -> assertThat(expected.rule()).matches("(va|vis)\\.[a-z-]+"));
    });
  }

  @Test
  void there_are_at_least_five_example_scenarios() {
    assertThat(RepositoryFiles.scenarios()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void a_scenario_reads_its_register_from_a_file_next_to_it_and_overrides_its_as_of_date() throws RegisterFileException {
    Scenario shared = ScenarioFiles.read(OldFormat.file("conference-cycle.yaml")).get(0);
    Scenario earlier = ScenarioFiles.read(OldFormat.file("conference-due-not-missed.yaml")).get(0);

    assertThat(shared.register().orElseThrow().asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(earlier.register().orElseThrow().asOf()).isEqualTo(LocalDate.of(2023, 5, 31));
    assertThat(earlier.register().orElseThrow().getEvents()).isEqualTo(shared.register().orElseThrow().getEvents());
    assertThat(shared.period()).contains(DateRange.ofYears(2021, 2023));
    assertThat(shared.expected()).containsExactly(
        new ExpectedFinding("va.conference-every-second-year", List.of("VA2021")),
        new ExpectedFinding("va.youth-camp-with-conference", List.of("VA2021")));
  }

  @Test
  void a_scenario_in_json_with_an_inline_register_reads_like_yaml() throws IOException, RegisterFileException {
    Path file = Files.writeString(dir.resolve("s.json"), """
        {"name": "nothing to find", "period": "2023", "expect": [],
         "register": {"perspective": {"municipality": "vimmerby", "asOf": "2023-12-31"},
                      "municipalities": [{"id": "vimmerby", "name": "Vimmerby kommun", "country": "SE"}]}}
        """);

    Scenario scenario = ScenarioFiles.read(file).get(0);

    assertThat(scenario.register()).contains(RegisterFiles.read(REGISTER, RegisterFormat.YAML, "r.yaml"));
    assertThat(scenario.period()).contains(DateRange.ofYear(2023));
    assertThat(scenario.expected()).isEmpty();
  }

  @Test
  void problems_of_an_inline_register_are_located_in_the_scenario_under_register() throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), """
        name: inline
        expect: []
        register:
          perspective: { municipality: vimmerby, asOf: 2023-12-31 }
          municipalities: [ { id: vimmerby, name: Vimmerby kommun, country: SE } ]
          events:
            - { id: e1, kind: conference, date: 2023-06-14, host: kauhava, hots: x }
        """);

    RegisterFileException e = catchThrowableOfType(RegisterFileException.class, () -> ScenarioFiles.read(file));

    assertThat(e.getProblems()).extracting(FileProblem::toString).containsExactly(
        file + ":7:59: register.events[0].host: 'kauhava' is not a municipality of the register; known: vimmerby",
        file + ":7:68: register.events[0].hots: unknown field 'hots'; known fields: "
            + String.join(", ", FileShape.fieldNames(RecordShape.of(Event.class))));
  }

  @Test
  void problems_of_a_register_file_name_that_file_and_problems_of_the_scenario_name_the_scenario() throws IOException {
    Files.writeString(dir.resolve("register.yaml"), REGISTER + "bodies: [ { id: ks, kind: board, name: KS } ]\n");
    Path file = Files.writeString(dir.resolve("s.yaml"), """
        name: referenced
        register: register.yaml
        period: 2023..20x4
        expect:
          - { rule: va.conference-every-second-yaer, subjects: [VA2021] }
        """);

    RegisterFileException e = catchThrowableOfType(RegisterFileException.class, () -> ScenarioFiles.read(file));

    assertThat(e.getProblems()).extracting(FileProblem::file, FileProblem::line, FileProblem::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(file.toString(), 3, "period"),
        org.assertj.core.groups.Tuple.tuple(file.toString(), 5, "expect[0].rule"),
        org.assertj.core.groups.Tuple.tuple(dir.resolve("register.yaml").toString(), 3, "bodies[0].kind"));
    assertThat(e.getProblems().get(1).message())
        .isEqualTo("'va.conference-every-second-yaer' is not a rule of the catalogue; did you mean 'va.conference-every-second-year'?");
  }

  @Test
  void a_scenario_without_register_or_expectations_says_what_is_missing() throws IOException {
    Path file = Files.writeString(dir.resolve("s.yml"), "name: empty\n");

    RegisterFileException e = catchThrowableOfType(RegisterFileException.class, () -> ScenarioFiles.read(file));

    assertThat(e.getProblems()).extracting(FileProblem::path).containsExactlyInAnyOrder("register", "expect");
  }

  @Test
  void an_expected_finding_matches_its_rule_with_the_same_subjects_in_any_order() {
    ExpectedFinding some = new ExpectedFinding("va.host-runs-meeting", List.of("meeting-2023", "p-x"));
    ExpectedFinding any = new ExpectedFinding("va.host-runs-meeting", List.of());

    assertThat(some.matches(finding("va.host-runs-meeting", "p-x", "meeting-2023"))).isTrue();
    assertThat(some.matches(finding("va.host-runs-meeting", "meeting-2023"))).isFalse();
    assertThat(some.matches(finding("va.delegation-has-leadership", "meeting-2023", "p-x"))).isFalse();
    assertThat(any.matches(finding("va.host-runs-meeting", "anything"))).isTrue();
  }

  @Test
  void an_expected_finding_states_year_municipality_modality_and_subjects_it_contains() {
    Finding found = finding("va.secretaries-meet-yearly", "VA2021", "moss").withYear(2022)
        .withMunicipality(MunicipalityId.of("moss"));
    ExpectedFinding precise = new ExpectedFinding("va.secretaries-meet-yearly", Optional.of(2022), Optional.empty(),
        Optional.of("moss"), Optional.of(Modality.SHALL), Optional.empty(), List.of("moss"));

    assertThat(precise.matches(found)).isTrue();
    assertThat(precise.differences(found.withYear(2023))).containsExactly("year");
    assertThat(precise.differences(found.withMunicipality(MunicipalityId.of("olfus")).withSubjects(List.of(RecordRef.of(RecordKind.AGREEMENT, "VA2021")))))
        .containsExactly("municipality", "contains");
    assertThat(precise.differences(found.withModality(Modality.SHOULD))).containsExactly("modality");
  }

  /** A finding of {@code rule} about the records {@code subjects}; scenarios match subjects by id, whatever their kind. */
  private static Finding finding(String rule, String... subjects) {
    return Finding.builder().rule(RuleId.of(rule)).clause(ClauseId.of("VA2021/O1b")).modality(Modality.SHALL)
        .messageKey(rule).addAllSubjects(Stream.of(subjects).map(id -> RecordRef.of(RecordKind.RECORD, id)).toList())
        .build();
  }
}
