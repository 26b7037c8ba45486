package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of mistake in a register file is reported with its file, line, column and path. */
class RegisterFileProblemsTest {
  private static final String HEAD = """
      perspective: { municipality: vimmerby, asOf: 2023-12-31 }
      municipalities:
        - { id: vimmerby, name: Vimmerby kommun, country: SE }
        - { id: kauhava, name: Kauhava, country: FI }
      """;

  @TempDir
  Path dir;

  private static List<FileProblem> problemsOf(String content, RegisterFormat format) {
    RegisterFileException e = catchThrowableOfType(RegisterFileException.class,
        () -> RegisterFiles.read(content, format, "r." + format.extensions().get(0)));
    assertThat(e).as("the content is refused").isNotNull();
    assertThat(e.getMessage()).as("one problem per line").isEqualTo(String.join("\n",
        e.getProblems().stream().map(FileProblem::toString).toList()));
    assertThat(e.getMessage()).as("no stack trace, no Java types").doesNotContain("Exception", "\tat ", "java.", "com.fasterxml");
    return e.getProblems();
  }

  private static List<FileProblem> problemsOf(String yaml) {
    return problemsOf(yaml, RegisterFormat.YAML);
  }

  @Test
  void a_yaml_syntax_error_names_the_file_line_and_column() {
    List<FileProblem> problems = problemsOf(HEAD + "events:\n  - id: conf-2023\n    kind: conference\n   date: 2023-06-14\n");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("r.yaml");
      assertThat(p.line()).isEqualTo(8);
      assertThat(p.column()).isPositive();
      assertThat(p.message()).startsWith("syntax error: ");
      assertThat(p.toString()).startsWith("r.yaml:8:" + p.column() + ": syntax error: ");
    });
  }

  @Test
  void a_json_syntax_error_names_the_file_line_and_column() {
    List<FileProblem> problems = problemsOf("{\n  \"perspective\": {\"municipality\": \"vimmerby\",, \"asOf\": \"2023-12-31\"}\n}\n",
        RegisterFormat.JSON);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.toString()).startsWith("r.json:2:46: syntax error: ");
      assertThat(p.message()).contains("','");
    });
  }

  @Test
  void a_duplicate_key_is_a_syntax_error_at_the_second_key() {
    assertThat(problemsOf("perspective: { municipality: vimmerby, municipality: kauhava, asOf: 2023-12-31 }\n"))
        .singleElement().satisfies(p -> {
          assertThat(p.line()).isEqualTo(1);
          assertThat(p.message()).contains("Duplicate field 'municipality'");
        });
  }

  @Test
  void an_unknown_field_is_named_with_its_path_line_and_the_closest_known_field() {
    List<FileProblem> problems = problemsOf(HEAD + """
        events:
          - id: conf-2023
            kind: conference
            date: 2023-06-14
            hostt: kauhava
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("events[0].hostt");
      assertThat(p.line()).isEqualTo(9);
      assertThat(p.column()).isEqualTo(5);
      assertThat(p.message()).startsWith("unknown field 'hostt'; did you mean 'host'? Known fields: agenda, agendaSetBy,");
    });
  }

  @Test
  void a_wrong_type_names_the_field_its_line_and_what_was_expected() {
    List<FileProblem> problems = problemsOf(HEAD + """
        bodies: [ { id: kf, kind: council, name: Kommunfullmäktige } ]
        decisions:
          - { id: d1, body: kf, date: 2023-01-01, paragraph: many, matter: other, subjects: VIS2016 }
        """);

    assertThat(problems).extracting(FileProblem::toString).containsExactly(
        "r.yaml:7:54: decisions[0].paragraph: expected a whole number, found 'many'",
        "r.yaml:7:85: decisions[0].subjects: expected a list, found 'VIS2016'");
  }

  @Test
  void a_fraction_where_a_whole_number_belongs_is_refused_not_rounded() {
    List<FileProblem> problems = problemsOf(HEAD + """
        agreements:
          - { id: VA2021, period: { from: 2021-01-01, to: 2026-12-31 }, parties: [vimmerby, kauhava],
              conferences: { everyYears: 2, anchorYear: 2021 }, revisionEveryYears: 6.5 }
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("agreements[0].revisionEveryYears");
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).isEqualTo("expected a whole number, found 6.5");
    });
  }

  @Test
  void a_bad_enum_value_names_the_field_its_line_and_the_accepted_values() {
    List<FileProblem> problems = problemsOf(HEAD + """
        bodies:
          - { id: ks, kind: executive_board, name: Kommunstyrelsen }
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("bodies[0].kind");
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).isEqualTo("'executive_board' is not a kind of body; did you mean 'executive-board'?"
          + " Accepted: council, executive-board, committee, administration, school, international-network,"
          + " regional-network, association");
    });
  }

  @Test
  void a_missing_required_field_and_a_malformed_date_are_reported_together_with_an_unknown_field() {
    List<FileProblem> problems = problemsOf(HEAD + """
        events:
          - { id: conf-2023, date: 2023-06-31, host: kauhava }
          - { id: camp-2023, kind: youth-camp, date: 2023-06-12, lnkedTo: conf-2023 }
        """);

    assertThat(problems).extracting(FileProblem::line, FileProblem::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(6, "events[0].kind"),
        org.assertj.core.groups.Tuple.tuple(6, "events[0].date"),
        org.assertj.core.groups.Tuple.tuple(7, "events[1].lnkedTo"));
    assertThat(problems.get(0).message()).isEqualTo("is required");
    assertThat(problems.get(1).message()).contains("'2023-06-31' is not a date", "YYYY-MM-DD");
  }

  @Test
  void every_domain_problem_is_listed_with_its_path_and_line() {
    List<FileProblem> problems = problemsOf(HEAD + """
        people:
          - id: p-secretary
            contact: { email: not-an-address }
          - id: p-secretary
        events:
          - id: conf-2023
            kind: conference
            date: 2023-06-14
            host: kauhavaa
            secretary: p-secretary
        """);

    assertThat(problems).extracting(FileProblem::toString).containsExactly(
        "r.yaml:7:23: people[0].contact.email: must be an e-mail address such as name@vimmerby.se (was 'not-an-address')",
        "r.yaml:8:9: people[1].id: id 'p-secretary' is used twice; every record of people needs an id of its own",
        "r.yaml:13:11: events[0].host: 'kauhavaa' is not a municipality of the register; did you mean 'kauhava'?"
            + " Known: kauhava, vimmerby");
  }

  @Test
  void a_value_that_refuses_itself_is_reported_at_its_record() {
    List<FileProblem> problems = problemsOf(HEAD + """
        agreements:
          - id: VA2021
            period: { from: 2021-01-01, to: 2026-12-31 }
            parties: [vimmerby, kauhava]
            conferences: { everyYears: 2, anchorYear: 2021 }
            revisionEveryYears: 5
        """);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("agreements[0]");
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).contains("the revision year 2026", "not a conference year");
    });
  }

  @Test
  void a_blank_id_is_reported_at_its_field() {
    assertThat(problemsOf(HEAD + "bodies:\n  - { id: ' ', kind: council, name: Kommunfullmäktige }\n"))
        .singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("bodies[0].id");
          assertThat(p.line()).isEqualTo(6);
          assertThat(p.message()).isEqualTo("body id must not be blank");
        });
  }

  @Test
  void an_empty_file_holds_no_register() {
    assertThat(problemsOf("# nothing yet\n")).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("holds no register"));
  }

  @Test
  void a_list_where_a_mapping_belongs_is_named() {
    assertThat(problemsOf("- perspective\n")).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).isEqualTo("expected a mapping of fields, found a list");
    });
  }

  @Test
  void a_file_of_another_format_names_the_accepted_extensions() throws IOException {
    Path file = Files.writeString(dir.resolve("register.txt"), HEAD);

    RegisterFileException e = catchThrowableOfType(RegisterFileException.class, () -> RegisterFiles.read(file));

    assertThat(e.getMessage()).isEqualTo(file + ": cannot tell the format of this register file from its name;"
        + " a register file ends in .yaml, .yml or .json");
  }

  @Test
  void a_missing_file_is_named() {
    Path file = dir.resolve("absent.yaml");

    RegisterFileException e = catchThrowableOfType(RegisterFileException.class, () -> RegisterFiles.read(file));

    assertThat(e.getMessage()).isEqualTo(file + ": no such file");
  }

  @Test
  void a_file_read_by_path_is_named_by_its_path_in_every_problem() throws IOException {
    Path file = Files.writeString(dir.resolve("register.yml"), HEAD + "bodies:\n  - { id: ks, knd: council, name: K }\n");

    RegisterFileException e = catchThrowableOfType(RegisterFileException.class, () -> RegisterFiles.read(file));

    assertThat(e.getProblems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
  }

  @Test
  void a_party_with_a_membership_reads_and_its_mistakes_are_named_at_their_line() throws RegisterFileException {
    String agreement = """
        agreements:
          - id: VA2021
            period: { from: 2021-01-01, to: 2026-12-31 }
            parties: [vimmerby, { municipality: kauhava, from: %s, until: %s }]
            conferences: { everyYears: 2, anchorYear: 2021 }
            revisionEveryYears: 6
        """;

    var register = RegisterFiles.read(HEAD + agreement.formatted("2022-01-01", "2025-06-30"), RegisterFormat.YAML, "r.yaml");
    var kauhava = register.getAgreements().get(0).getParties().get(1);
    assertThat(kauhava.getFrom()).contains(java.time.LocalDate.of(2022, 1, 1));
    assertThat(kauhava.getUntil()).contains(java.time.LocalDate.of(2025, 6, 30));
    assertThat(register.getAgreements().get(0).getParties().get(0).getFrom()).isEmpty();

    assertThat(problemsOf(HEAD + agreement.formatted("2022-13-01", "2025-06-30"))).singleElement()
        .satisfies(p -> assertThat(p.toString()).startsWith("r.yaml:8:")
            .contains("agreements[0].parties[1].from: '2022-13-01' is not a date"));
    assertThat(problemsOf(HEAD + agreement.formatted("2025-01-01", "2024-06-30"))).singleElement()
        .satisfies(p -> assertThat(p.toString()).startsWith("r.yaml:8:")
            .contains("agreements[0].parties[1].until: the membership of kauhava ends (2024-06-30) before it starts"));
  }

  @Test
  void a_report_back_day_reads_as_month_and_day_and_a_bad_one_is_named() throws RegisterFileException {
    String strategy = """
        bodies: [ { id: kf, kind: council, name: Kommunfullmäktige } ]
        decisions: [ { id: kf-1, body: kf, date: 2016-06-27, matter: adopt-strategy } ]
        strategies:
          - { id: VIS2016, adoptedBy: kf-1, reportBackBy: %s }
        """;

    var register = RegisterFiles.read(HEAD + strategy.formatted("04-30"), RegisterFormat.YAML, "r.yaml");
    assertThat(register.getStrategies().get(0).getReportBackBy()).isEqualTo(java.time.MonthDay.of(4, 30));

    assertThat(problemsOf(HEAD + strategy.formatted("30-04"))).singleElement()
        .satisfies(p -> assertThat(p.toString()).startsWith("r.yaml:8:")
            .contains("strategies[0].reportBackBy: '30-04' is not a day of the year; write it as MM-DD, e.g. 06-30"));
  }

  @Test
  void a_person_without_municipality_stays_without_and_is_written_without() throws RegisterFileException {
    String people = """
        bodies: [ { id: kauhava-board, kind: executive-board, name: Kaupunginhallitus, municipality: kauhava } ]
        people:
          - { id: p-kauhava, positions: [ { body: kauhava-board, role: chair } ] }
          - { id: p-vimmerby }
        """;

    var register = RegisterFiles.read(HEAD + people, RegisterFormat.YAML, "r.yaml");
    assertThat(register.getPeople()).allSatisfy(person -> assertThat(person.getMunicipality()).isEmpty());
    assertThat(register.municipalityOf(register.getPeople().get(0))).hasToString("kauhava");
    assertThat(register.municipalityOf(register.getPeople().get(1))).hasToString("vimmerby");
    assertThat(RegisterFiles.read(RegisterFiles.write(register, RegisterFormat.YAML), RegisterFormat.YAML, "w.yaml"))
        .isEqualTo(register);
  }

  @Test
  void an_events_project_funding_investigation_and_publication_read_and_a_missing_source_is_named() {
    List<FileProblem> problems = problemsOf(HEAD + """
        events:
          - id: visit-2023
            kind: study-visit
            date: 2023-05-02
            project: nowhere
            fundingInvestigation: { date: 2023-01-10, sources: [] }
            publication: { url: https://www.vimmerby.se/besok, date: 2023-05-20 }
        """);

    assertThat(problems).extracting(FileProblem::toString).anySatisfy(p -> assertThat(p).startsWith("r.yaml:9:")
        .contains("events[0].project: 'nowhere' is not a project of the register"));
    assertThat(problems).extracting(FileProblem::toString).anySatisfy(p -> assertThat(p).startsWith("r.yaml:10:")
        .contains("events[0].fundingInvestigation.sources"));
  }
}
