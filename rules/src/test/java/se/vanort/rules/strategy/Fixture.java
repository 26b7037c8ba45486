package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Rule;

/**
 * Small readable registers of Vimmerby for the VIS2016 tests: the municipalities, bodies and people
 * every test shares, the strategy adopted on 2016-06-27, and builders for the records a test adds.
 */
final class Fixture {
  static final MunicipalityId VIMMERBY = RegisterGenerators.VIMMERBY;
  static final MunicipalityId KAUHAVA = RegisterGenerators.KAUHAVA;
  static final MunicipalityId JONISKIS = RegisterGenerators.JONISKIS;
  static final MunicipalityId MUKONO = RegisterGenerators.MUKONO;

  static final BodyId COUNCIL = RegisterGenerators.COUNCIL;
  static final BodyId BOARD = RegisterGenerators.EXECUTIVE_BOARD;
  static final BodyId SCHOOL_COMMITTEE = RegisterGenerators.SCHOOL_COMMITTEE;
  static final BodyId CULTURE_COMMITTEE = RegisterGenerators.CULTURE_COMMITTEE;
  static final BodyId BOARD_ADMINISTRATION = RegisterGenerators.ADMINISTRATION;
  static final BodyId SCHOOL_ADMINISTRATION = BodyId.of("buf");
  static final BodyId SCHOOL = BodyId.of("sodra-skolan");
  static final BodyId NETWORK = BodyId.of("int-natverk");
  static final BodyId REGIONAL_NETWORK = BodyId.of("region-kalmar");

  static final PersonId COUNCIL_CHAIR = PersonId.of("p-kfo");
  static final PersonId BOARD_CHAIR = PersonId.of("p-kso");
  static final PersonId COUNCILLOR = PersonId.of("p-kf-ledamot");
  static final PersonId COMMITTEE_MEMBER = PersonId.of("p-bun-ledamot");
  static final PersonId COORDINATOR = PersonId.of("p-samordnare");
  static final PersonId OFFICIAL = PersonId.of("p-tjansteman");
  static final PersonId TEACHER = PersonId.of("p-larare");

  static final DecisionId ADOPTION = DecisionId.of("kf-2016-172");
  static final LocalDate ADOPTED = LocalDate.of(2016, 6, 27);
  static final DateRange PERIOD = DateRange.ofYears(2021, 2026);
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private Fixture() {}

  /** Vimmerby as of {@code asOf}, with its strategy: municipalities, bodies, people and the adoption. */
  static Register.Builder vimmerby(LocalDate asOf) {
    return withoutStrategy(asOf)
        .addDecision(RegisterGenerators.strategyAdoption())
        .addStrategy(RegisterGenerators.vis2016());
  }

  /** Vimmerby as of {@link #AS_OF}, with its strategy. */
  static Register.Builder vimmerby() {
    return vimmerby(AS_OF);
  }

  /** The same register without the strategy: VIS2016 does not apply. */
  static Register.Builder withoutStrategy(LocalDate asOf) {
    return Register.builder()
        .perspective(Perspective.of(VIMMERBY, asOf))
        .addMunicipality(RegisterGenerators.municipality(VIMMERBY))
        .addMunicipality(RegisterGenerators.municipality(KAUHAVA))
        .addMunicipality(RegisterGenerators.municipality(JONISKIS))
        .addMunicipality(RegisterGenerators.municipality(MUKONO))
        .addBody(RegisterGenerators.body(COUNCIL))
        .addBody(RegisterGenerators.body(BOARD))
        .addBody(RegisterGenerators.body(SCHOOL_COMMITTEE))
        .addBody(RegisterGenerators.body(CULTURE_COMMITTEE))
        .addBody(RegisterGenerators.body(BOARD_ADMINISTRATION))
        .addBody(body(SCHOOL_ADMINISTRATION, BodyKind.ADMINISTRATION, "Barn- och utbildningsförvaltningen", SCHOOL_COMMITTEE))
        .addBody(body(SCHOOL, BodyKind.SCHOOL, "Södra skolan", SCHOOL_COMMITTEE))
        .addBody(body(NETWORK, BodyKind.INTERNATIONAL_NETWORK, "Internationella nätverket", BOARD))
        .addBody(Body.builder().id(REGIONAL_NETWORK).kind(BodyKind.REGIONAL_NETWORK).name("Regionens nätverk").build())
        .addPerson(person(COUNCIL_CHAIR, COUNCIL, Role.CHAIR))
        .addPerson(person(BOARD_CHAIR, BOARD, Role.CHAIR))
        .addPerson(person(COUNCILLOR, COUNCIL, Role.MEMBER))
        .addPerson(person(COMMITTEE_MEMBER, SCHOOL_COMMITTEE, Role.MEMBER))
        .addPerson(person(COORDINATOR, BOARD_ADMINISTRATION, Role.INTERNATIONAL_COORDINATOR))
        .addPerson(person(OFFICIAL, SCHOOL_ADMINISTRATION, Role.OFFICIAL))
        .addPerson(person(TEACHER, SCHOOL, Role.TEACHER));
  }

  static Municipality municipality(MunicipalityId id, String name, String country) {
    return Municipality.builder().id(id).name(name).country(country).build();
  }

  static Body body(BodyId id, BodyKind kind, String name, BodyId parent) {
    Body.Builder body = Body.builder().id(id).kind(kind).name(name).municipality(VIMMERBY);
    if (parent != null) {
      body.parent(parent);
    }
    return body.build();
  }

  /** A person of Vimmerby holding {@code role} in {@code body} since 2010. */
  static Person person(PersonId id, BodyId body, Role role) {
    return Person.builder().id(id).municipality(VIMMERBY)
        .addPosition(Position.of(body, role, LocalDate.of(2010, 1, 1))).build();
  }

  static Decision decision(String id, BodyId body, LocalDate date, Matter matter, String... subjects) {
    Decision.Builder decision = Decision.builder().id(DecisionId.of(id)).body(body).date(date).matter(matter);
    Arrays.stream(subjects).map(RecordId::of).forEach(decision::addSubject);
    return decision.build();
  }

  /** A project of the school committee running {@code from}–{@code to}, with nothing recorded about it. */
  static Project.Builder project(String id, LocalDate from, LocalDate to) {
    return Project.builder().id(ProjectId.of(id)).kind(ProjectKind.PROJECT).title("Projekt " + id)
        .owner(SCHOOL_COMMITTEE).period(DateRange.of(from, to));
  }

  /** An event of {@code kind} on {@code date}. */
  static Event.Builder event(String id, EventKind kind, LocalDate date) {
    return Event.builder().id(EventId.of(id)).kind(kind).date(date);
  }

  /** Vimmerby's delegation of {@code members}. */
  static Delegation delegation(PersonId... members) {
    return Delegation.of(VIMMERBY, members);
  }

  /** The findings of {@code rule} on {@code register} over {@code period}. */
  static ImmutableList<Finding> check(Rule rule, Register register, DateRange period) {
    return rule.check(new Evaluation(register, period)).collect(ImmutableList.toImmutableList());
  }

  /** The findings of {@code rule} on {@code register} over 2021–2026. */
  static ImmutableList<Finding> check(Rule rule, Register register) {
    return check(rule, register, PERIOD);
  }

  /** Asserts that {@code findings} is one finding of {@code rule} citing {@code clause} with these subjects. */
  static Finding single(List<Finding> findings, String rule, String clause, Modality modality, String... subjects) {
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.getRule()).isEqualTo(RuleId.of(rule));
    assertThat(finding.getClause()).isEqualTo(ClauseId.of(clause));
    assertThat(finding.getModality()).isEqualTo(modality);
    assertThat(finding.subjectIds()).containsExactly(subjects);
    assertThat(finding.getMunicipality()).contains(VIMMERBY);
    return finding;
  }
}
