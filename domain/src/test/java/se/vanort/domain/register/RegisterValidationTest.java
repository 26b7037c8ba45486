package se.vanort.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.vanort.domain.generators.RegisterGenerators.COUNCIL;
import static se.vanort.domain.generators.RegisterGenerators.EXECUTIVE_BOARD;
import static se.vanort.domain.generators.RegisterGenerators.KAUHAVA;
import static se.vanort.domain.generators.RegisterGenerators.SCHOOL_COMMITTEE;
import static se.vanort.domain.generators.RegisterGenerators.VIMMERBY;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.project.ProjectKind;
import se.vanort.domain.strategy.Strategy;
import se.vanort.domain.DateRange;
import se.vanort.domain.RecordId;

class RegisterValidationTest {
  private static final Register BASE = RegisterGenerators.validBase().build();
  private static final LocalDate CONFERENCE_DAY = LocalDate.of(2023, 6, 14);
  private static final String DECISION = "decisions[" + BASE.getDecisions().size() + "]";
  private static final String PERSON = "people[" + BASE.getPeople().size() + "]";

  @Test
  void the_base_register_is_valid() {
    assertThatCode(() -> Register.builder().from(BASE).addEvent(conference().build()).build())
        .doesNotThrowAnyException();
  }

  @Test
  void an_unknown_host_is_reported_with_its_path_and_the_closest_known_municipality() {
    assertThat(problemsOf(() -> with(conference().host(MunicipalityId.of("kauhavaa")).build())))
        .containsExactly(Problem.at("events[0].host",
            "'kauhavaa' is not a municipality of the register; did you mean 'kauhava'? Known: joniskis,"
                + " kauhava, moss, mukono, olfus, rygge, skaerbaek, tonder, … (9 in all)"));
  }

  @Test
  void an_unknown_reference_far_from_every_id_gets_no_suggestion_but_the_known_ids() {
    assertThat(problemsOf(() -> with(conference().host(MunicipalityId.of("reykjavik")).build())))
        .singleElement().satisfies(problem -> assertThat(problem.message())
            .doesNotContain("did you mean").contains("; known: joniskis, kauhava"));
  }

  @Test
  void an_unknown_deciding_body_is_reported() {
    Decision decision = decision().body(BodyId.of("kff")).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addDecision(decision).build()))
        .singleElement().satisfies(problem -> {
          assertThat(problem.path()).isEqualTo(DECISION + ".body");
          assertThat(problem.message()).startsWith("'kff' is not a body of the register; did you mean 'kf'?");
        });
  }

  @Test
  void an_unknown_delegation_member_is_reported() {
    Event event = conference().addDelegation(Delegation.of(VIMMERBY, PersonId.of("p-ksoo"))).build();
    assertThat(problemsOf(() -> with(event))).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("events[0].delegations[0].members[0].person");
      assertThat(problem.message()).contains("'p-ksoo' is not a person of the register; did you mean 'p-kso'?");
    });
  }

  @Test
  void an_unknown_body_of_a_position_is_reported() {
    Person person = Person.builder().id(PersonId.of("p-new")).municipality(VIMMERBY)
        .addPosition(Position.of(BodyId.of("bunn"), Role.CHAIR, CONFERENCE_DAY)).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addPerson(person).build()))
        .extracting(Problem::path).containsExactly(PERSON + ".positions[0].body");
  }

  @Test
  void an_unknown_project_owner_is_reported() {
    Project project = project().owner(BodyId.of("nobody")).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addProject(project).build()))
        .extracting(Problem::path).containsExactly("projects[0].owner");
  }

  @Test
  void an_unknown_adopting_decision_of_a_strategy_is_reported() {
    Strategy strategy = BASE.getStrategies().get(0).withAdoptedBy(DecisionId.of("kf-2016-173"));
    assertThat(problemsOf(() -> Register.builder().from(BASE).strategies(ImmutableList.of(strategy)).build()))
        .singleElement().satisfies(problem -> {
          assertThat(problem.path()).isEqualTo("strategies[0].adoptedBy");
          assertThat(problem.message()).contains("did you mean 'kf-2016-172'?");
        });
  }

  @Test
  void an_unknown_linked_event_is_reported() {
    Event camp = event("camp-2023", EventKind.YOUTH_CAMP).linkedTo(EventId.of("conf-2032")).build();
    assertThat(problemsOf(() -> with(conference().build(), camp)))
        .singleElement().satisfies(problem -> {
          assertThat(problem.path()).isEqualTo("events[1].linkedTo");
          assertThat(problem.message()).contains("'conf-2032' is not an event of the register; did you mean 'conf-2023'?");
        });
  }

  @Test
  void an_event_linked_to_itself_is_reported() {
    assertThat(problemsOf(() -> with(conference().linkedTo(EventId.of("conf-2023")).build())))
        .containsExactly(Problem.at("events[0].linkedTo", "event conf-2023 cannot be linked to itself"));
  }

  @Test
  void an_unknown_chair_of_a_meeting_is_reported() {
    Event meeting = event("meeting-2023", EventKind.TWIN_TOWN_MEETING).chair(PersonId.of("p-unknown")).build();
    assertThat(problemsOf(() -> with(meeting))).extracting(Problem::path).containsExactly("events[0].chair");
  }

  @Test
  void a_subject_that_is_no_record_is_reported() {
    Decision decision = decision().addSubject(RecordId.of("VIS2015")).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addDecision(decision).build()))
        .extracting(Problem::path).containsExactly(DECISION + ".subjects[0]");
  }

  @Test
  void a_follow_up_before_its_decision_is_reported() {
    Decision decision = decision().addFollowUp(FollowUp.builder().date(CONFERENCE_DAY.minusDays(1)).build()).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addDecision(decision).build()))
        .extracting(Problem::path).containsExactly(DECISION + ".followUps[0].date");
  }

  @Test
  void two_records_of_a_kind_with_the_same_id_are_reported_at_the_second() {
    assertThat(problemsOf(() -> with(conference().build(), conference().date(CONFERENCE_DAY.plusDays(1)).build())))
        .containsExactly(Problem.at("events[1].id",
            "id 'conf-2023' is used twice; every record of events needs an id of its own"));
  }

  @Test
  void a_reversed_agreement_period_is_reported() {
    // 2027 + 6 = 2033 is a conference year of the cycle from 2021, so only the reversal is wrong.
    Agreement reversed = BASE.getAgreements().get(0)
        .withPeriod(DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2021, 12, 31)));
    assertThat(problemsOf(() -> Register.builder().from(BASE).agreements(ImmutableList.of(reversed)).build()))
        .containsExactly(Problem.at("agreements[0].period", "ends (2021-12-31) before it starts (2027-01-01)"));
  }

  @Test
  void a_reversed_project_period_is_reported() {
    Project project = project().period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1))).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addProject(project).build()))
        .extracting(Problem::path).containsExactly("projects[0].period");
  }

  @Test
  void a_position_that_ends_before_it_starts_is_reported() {
    Person person = Person.builder().id(PersonId.of("p-new")).municipality(VIMMERBY)
        .addPosition(Position.of(EXECUTIVE_BOARD, Role.MEMBER, CONFERENCE_DAY).withUntil(CONFERENCE_DAY.minusDays(1)))
        .build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addPerson(person).build()))
        .containsExactly(Problem.at(PERSON + ".positions[0].until",
            "the position ends (2023-06-13) before it starts (2023-06-14)"));
  }

  @Test
  void an_event_that_ends_before_it_starts_is_reported() {
    assertThat(problemsOf(() -> with(conference().endDate(CONFERENCE_DAY.minusDays(2)).build())))
        .extracting(Problem::path).containsExactly("events[0].endDate");
  }

  @Test
  void a_decision_with_neither_body_nor_meeting_is_reported() {
    Decision decision = decision().body(Optional.empty()).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addDecision(decision).build()))
        .singleElement().satisfies(problem -> {
          assertThat(problem.path()).isEqualTo(DECISION);
          assertThat(problem.message()).endsWith("and has neither");
        });
  }

  @Test
  void a_decision_with_both_body_and_meeting_is_reported() {
    Decision decision = decision().meeting(EventId.of("conf-2023")).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addEvent(conference().build()).addDecision(decision).build()))
        .singleElement().satisfies(problem -> {
          assertThat(problem.path()).isEqualTo(DECISION);
          assertThat(problem.message()).endsWith("not both");
        });
  }

  @Test
  void a_tag_that_is_no_strategy_of_va2021_nor_goal_of_vis2016_is_reported() {
    Event event = conference().addTags(ClauseId.of("VA2021/S1"), ClauseId.of("VA2021/A1"), ClauseId.of("VIS2016/G9"))
        .build();
    assertThat(problemsOf(() -> with(event))).hasSize(2).allSatisfy(problem -> {
      assertThat(problem.path()).isEqualTo("events[0].tags");
      assertThat(problem.message()).contains("is not a strategy of VA2021");
    }).extracting(Problem::message).anySatisfy(m -> assertThat(m).startsWith("'VA2021/A1'"))
        .anySatisfy(m -> assertThat(m).startsWith("'VIS2016/G9'"));
  }

  @Test
  void a_second_report_of_a_committee_for_a_year_is_reported() {
    CouncilReport report = CouncilReport.builder().committee(SCHOOL_COMMITTEE).year(2023)
        .internationalWorkIncluded(true).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addReports(report, report.withInternationalWorkIncluded(false))
        .build()))
        .containsExactly(Problem.at("reports[1]",
            "committee bun has two reports for 2023; keep one report per committee and year"));
  }

  @Test
  void a_register_is_checked_where_it_enters_not_on_every_copy() {
    Municipality rygge = BASE.findMunicipality(RegisterGenerators.RYGGE).orElseThrow().withUntil(Optional.empty());
    int index = BASE.getMunicipalities().indexOf(BASE.findMunicipality(RegisterGenerators.RYGGE).orElseThrow());
    Register copy = BASE.withMunicipalities(replace(BASE.getMunicipalities(), index, rygge));

    assertThat(copy.getMunicipalities()).contains(rygge);
    assertThatThrownBy(copy::validated).isInstanceOf(InvalidRegisterException.class).hasMessageContaining("until");
    assertThatThrownBy(() -> Register.builder().from(copy).build()).isInstanceOf(InvalidRegisterException.class);
    assertThat(BASE.validated()).isSameAs(BASE);
  }

  @Test
  void a_merged_municipality_without_its_last_day_is_reported() {
    Municipality rygge = BASE.findMunicipality(RegisterGenerators.RYGGE).orElseThrow().withUntil(Optional.empty());
    int index = BASE.getMunicipalities().indexOf(BASE.findMunicipality(RegisterGenerators.RYGGE).orElseThrow());
    assertThat(problemsOf(() -> BASE.withMunicipalities(replace(BASE.getMunicipalities(), index, rygge))))
        .singleElement().satisfies(problem -> {
          assertThat(problem.path()).isEqualTo("municipalities[" + index + "].until");
          assertThat(problem.message()).contains("merged into moss").contains("record the day before the merger");
        });
  }

  @Test
  void a_municipality_merged_into_itself_is_reported() {
    Municipality tonder = BASE.findMunicipality(RegisterGenerators.TONDER).orElseThrow();
    int index = BASE.getMunicipalities().indexOf(tonder);
    Municipality merged = tonder.withUntil(LocalDate.of(2019, 12, 31)).withMergedInto(tonder.getId());
    assertThat(problemsOf(() -> BASE.withMunicipalities(replace(BASE.getMunicipalities(), index, merged))))
        .containsExactly(Problem.at("municipalities[" + index + "].mergedInto",
            "municipality tonder cannot be merged into itself"));
  }

  @Test
  void a_relation_of_a_municipality_with_itself_is_reported() {
    Relation relation = Relation.builder().id(RelationId.of("vimmerby-vimmerby")).municipality(VIMMERBY)
        .partner(VIMMERBY).kind(RelationKind.TWIN_TOWN).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addRelation(relation).build()))
        .extracting(Problem::path).containsExactly("relations[" + BASE.getRelations().size() + "].partner");
  }

  @Test
  void a_relation_that_ends_before_the_year_it_began_is_reported() {
    Relation relation = Relation.builder().id(RelationId.of("vimmerby-new")).municipality(VIMMERBY).partner(KAUHAVA)
        .kind(RelationKind.PARTNERSHIP).since(Year.of(2024)).until(LocalDate.of(2023, 12, 31)).build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addRelation(relation).build()))
        .extracting(Problem::path).containsExactly("relations[" + BASE.getRelations().size() + "].until");
  }

  @Test
  void a_body_under_itself_is_reported() {
    Body body = Body.builder().id(BodyId.of("loop")).kind(BodyKind.COMMITTEE).name("Loop").parent(BodyId.of("loop"))
        .build();
    assertThat(problemsOf(() -> Register.builder().from(BASE).addBody(body).build()))
        .containsExactly(Problem.at("bodies[" + BASE.getBodies().size() + "].parent", "body loop cannot sit under itself"));
  }

  @Test
  void every_problem_is_reported_at_once_each_with_its_path_in_path_order() {
    Decision neither = decision().body(Optional.empty()).build();
    InvalidRegisterException refused = catchThrowableOfType(InvalidRegisterException.class, () -> Register.builder()
        .from(BASE)
        .addEvent(conference().host(MunicipalityId.of("kauhavaa")).endDate(CONFERENCE_DAY.minusDays(1)).build())
        .addEvent(conference().build())
        .addDecision(neither)
        .addProject(project().owner(BodyId.of("nobody")).build())
        .build());

    assertThat(refused.getProblems()).extracting(Problem::path).containsExactly(
        DECISION, "events[0].endDate", "events[0].host", "events[1].id", "projects[0].owner");
    assertThat(refused.getProblems()).isSorted();
    assertThat(refused.getMessage()).startsWith("5 problems in the register:\n  - " + DECISION + ": decision");
  }

  @Test
  void a_lower_case_country_code_is_refused_by_the_jakarta_constraint_with_its_path_and_message() {
    Municipality lowerCase = BASE.getMunicipalities().get(0).withCountry("se");
    assertThat(problemsOf(() -> BASE.withMunicipalities(replace(BASE.getMunicipalities(), 0, lowerCase))))
        .containsExactly(Problem.at("municipalities[0].country",
            "must be an ISO 3166-1 alpha-2 country code such as SE, FI, NO, IS or DK (was 'se')"));
  }

  @Test
  void optional_text_may_be_absent_but_never_blank() {
    Person nameless = Person.builder().id(PersonId.of("p-new")).municipality(VIMMERBY).build();
    assertThatCode(() -> Register.builder().from(BASE).addPerson(nameless).build()).doesNotThrowAnyException();

    assertThat(problemsOf(() -> Register.builder().from(BASE).addPerson(nameless.withName(" \t")).build()))
        .singleElement().satisfies(problem -> {
          assertThat(problem.path()).isEqualTo(PERSON + ".name");
          assertThat(problem.message()).isEqualTo("must not be blank (was ' \t')");
        });
  }

  @Test
  void constraints_of_nested_values_are_enforced_too() {
    Event empty = conference().addDelegation(Delegation.builder().municipality(VIMMERBY).build()).build();
    assertThat(problemsOf(() -> with(empty))).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEqualTo("events[0].delegations[0].members");
      assertThat(problem.message()).isEqualTo("a delegation needs at least one member");
    });
  }

  private static Register with(Event... events) {
    return Register.builder().from(BASE).addEvents(events).build();
  }

  /** The problems of a register built, or of a copy made with {@code with*} once it is checked where it enters. */
  private static ImmutableList<Problem> problemsOf(Supplier<Register> building) {
    InvalidRegisterException refused = catchThrowableOfType(InvalidRegisterException.class,
        () -> building.get().validated());
    assertThat(refused).as("the register should have been refused").isNotNull();
    return refused.getProblems();
  }

  private static <T> ImmutableList<T> replace(ImmutableList<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return ImmutableList.copyOf(copy);
  }

  private static Event.Builder conference() {
    return event("conf-2023", EventKind.CONFERENCE).host(KAUHAVA);
  }

  private static Event.Builder event(String id, EventKind kind) {
    return Event.builder().id(EventId.of(id)).kind(kind).date(CONFERENCE_DAY);
  }

  private static Decision.Builder decision() {
    return Decision.builder().id(DecisionId.of("ks-2023-12")).body(EXECUTIVE_BOARD).date(CONFERENCE_DAY)
        .matter(Matter.PARTNERSHIP_APPLICATION);
  }

  private static Project.Builder project() {
    return Project.builder().id(ProjectId.of("mukono-2024")).kind(ProjectKind.PARTNERSHIP).title("Barnens rätt")
        .owner(COUNCIL).period(DateRange.ofYears(2024, 2025));
  }
}
