package se.vanort.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.vanort.domain.generators.RegisterGenerators.ADMINISTRATION;
import static se.vanort.domain.generators.RegisterGenerators.CHIEF_EXECUTIVE;
import static se.vanort.domain.generators.RegisterGenerators.KAUHAVA;
import static se.vanort.domain.generators.RegisterGenerators.MOSS;
import static se.vanort.domain.generators.RegisterGenerators.OLFUS;
import static se.vanort.domain.generators.RegisterGenerators.REGIONAL_NETWORK;
import static se.vanort.domain.generators.RegisterGenerators.RYGGE;
import static se.vanort.domain.generators.RegisterGenerators.VIMMERBY;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Party;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.strategy.Strategy;

/** The concepts of the catalogue's second round that the register answers, and the validations that keep them sound. */
class SecondRoundConceptsTest {
  private static final Register BASE = RegisterGenerators.validBase().build();
  private static final Agreement VA2021 = BASE.getAgreements().get(0);
  private static final LocalDate DAY = LocalDate.of(2023, 6, 1);
  private static final Body KAUHAVA_BOARD = BASE.findBody(BodyId.of("kauhava-board")).orElseThrow();

  @Test
  void a_party_without_dates_is_a_member_throughout_and_one_with_dates_only_within_them() {
    Party whole = Party.of(MOSS);
    Party late = Party.builder().municipality(MOSS).from(LocalDate.of(2022, 3, 1)).until(LocalDate.of(2024, 2, 29)).build();

    assertThat(whole.isMemberOn(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(late.isMemberOn(LocalDate.of(2022, 2, 28))).isFalse();
    assertThat(late.isMemberOn(LocalDate.of(2022, 3, 1))).isTrue();
    assertThat(late.isMemberOn(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(late.isMemberOn(LocalDate.of(2024, 3, 1))).isFalse();
    assertThat(late.isReversed()).isFalse();
    assertThat(late.withUntil(LocalDate.of(2022, 2, 1)).isReversed()).isTrue();
  }

  @Test
  void the_chain_on_a_day_holds_the_parties_bound_that_day_in_the_order_recorded() {
    Agreement leaving = VA2021.withParties(Party.of(VIMMERBY), Party.of(KAUHAVA),
        Party.builder().municipality(MOSS).until(LocalDate.of(2022, 12, 31)).build(),
        Party.builder().municipality(OLFUS).from(LocalDate.of(2023, 1, 1)).build());
    Register register = BASE.withAgreements(leaving);

    assertThat(register.chainOn(leaving, LocalDate.of(2022, 6, 1))).containsExactly(VIMMERBY, KAUHAVA, MOSS);
    assertThat(register.chainOn(leaving, LocalDate.of(2023, 6, 1))).containsExactly(VIMMERBY, KAUHAVA, OLFUS);
    assertThat(register.chainOn(leaving, LocalDate.of(2020, 6, 1))).as("before the agreement's period").isEmpty();
    assertThat(register.isBoundOn(leaving, MOSS, LocalDate.of(2023, 1, 1))).isFalse();
    assertThat(leaving.isParty(MOSS)).isTrue();
    assertThat(leaving.partyIds()).containsExactly(VIMMERBY, KAUHAVA, MOSS, OLFUS);
  }

  @Test
  void a_member_that_no_longer_exists_is_not_bound() {
    Agreement withRygge = VA2021.withParties(Party.of(VIMMERBY), Party.of(RYGGE));
    Register register = Register.builder().from(BASE).agreements(ImmutableList.of()).build();

    assertThat(withRygge.isMemberOn(RYGGE, LocalDate.of(2021, 6, 1))).isTrue();
    assertThat(register.isBoundOn(withRygge, RYGGE, LocalDate.of(2021, 6, 1))).isFalse();
    assertThat(register.existsOn(RYGGE, LocalDate.of(2019, 12, 31))).isTrue();
  }

  @Test
  void a_body_without_municipality_is_the_perspectives_unless_a_regional_network_or_association() {
    Body committee = Body.builder().id(BodyId.of("sn")).kind(BodyKind.COMMITTEE).name("Socialnämnden").build();
    Body association = Body.builder().id(BodyId.of("norden")).kind(BodyKind.ASSOCIATION).name("Norden").build();

    assertThat(BASE.municipalityOf(committee)).contains(VIMMERBY);
    assertThat(BASE.municipalityOf(association)).isEmpty();
    assertThat(BASE.municipalityOfBody(REGIONAL_NETWORK)).isEmpty();
    assertThat(BASE.municipalityOf(KAUHAVA_BOARD)).contains(KAUHAVA);
    assertThat(BASE.municipalityOfBody(BodyId.of("unknown"))).isEmpty();
  }

  @Test
  void a_person_without_municipality_serves_that_of_their_bodies_or_else_the_perspectives() {
    Person recorded = Person.builder().id(PersonId.of("a")).municipality(OLFUS)
        .addPosition(Position.of(KAUHAVA_BOARD.getId(), Role.MEMBER, DAY)).build();
    Person inKauhava = Person.builder().id(PersonId.of("b"))
        .addPosition(Position.of(REGIONAL_NETWORK, Role.MEMBER, DAY))
        .addPosition(Position.of(KAUHAVA_BOARD.getId(), Role.MEMBER, DAY)).build();
    Person nowhere = Person.builder().id(PersonId.of("c")).build();

    assertThat(BASE.municipalityOf(recorded)).isEqualTo(OLFUS);
    assertThat(BASE.municipalityOf(inKauhava)).isEqualTo(KAUHAVA);
    assertThat(BASE.municipalityOf(nowhere)).isEqualTo(VIMMERBY);
  }

  @Test
  void leadership_in_a_municipality_counts_only_positions_in_its_bodies() {
    Person both = Person.builder().id(PersonId.of("p-both")).municipality(VIMMERBY)
        .addPosition(Position.of(KAUHAVA_BOARD.getId(), Role.CHIEF_EXECUTIVE, DAY.minusYears(1)))
        .addPosition(Position.of(BodyId.of("ks"), Role.CHAIR, DAY.minusYears(1))).build();
    Register register = Register.builder().from(BASE).addPerson(both).build();

    assertThat(register.leadershipOn(both.getId(), DAY)).containsExactlyInAnyOrder(Leadership.POLITICAL,
        Leadership.ADMINISTRATIVE);
    assertThat(register.leadershipOn(both.getId(), DAY, VIMMERBY)).containsExactly(Leadership.POLITICAL);
    assertThat(register.leadershipOn(both.getId(), DAY, KAUHAVA)).containsExactly(Leadership.ADMINISTRATIVE);
    assertThat(register.leadershipOn(CHIEF_EXECUTIVE, DAY, VIMMERBY)).containsExactly(Leadership.ADMINISTRATIVE);
    assertThat(register.leadershipOn(CHIEF_EXECUTIVE, DAY, KAUHAVA)).isEmpty();
  }

  @Test
  void an_event_is_attended_by_its_host_and_the_municipalities_sending_delegations() {
    Event event = Event.builder().id(EventId.of("conf")).kind(EventKind.CONFERENCE).date(DAY).host(KAUHAVA)
        .addDelegation(Delegation.of(VIMMERBY, CHIEF_EXECUTIVE)).build();

    assertThat(event.isAttendedBy(KAUHAVA)).isTrue();
    assertThat(event.isAttendedBy(VIMMERBY)).isTrue();
    assertThat(event.isAttendedBy(OLFUS)).isFalse();
  }

  @Test
  void a_party_that_never_exists_during_its_membership_is_refused_naming_its_successor() {
    Agreement withRygge = VA2021.withParties(Party.of(VIMMERBY), Party.of(KAUHAVA), Party.of(RYGGE));

    assertThat(problemsOf(() -> BASE.withAgreements(withRygge))).containsExactly(Problem.at("agreements[0].parties[2]",
        "party rygge no longer exists (its last day was 2019-12-31) on the first day of its membership of VA2021"
            + " (2021-01-01), so it is never bound by it; record its successor moss as the party"));
  }

  @Test
  void a_membership_that_ends_before_it_starts_is_refused() {
    Agreement reversed = VA2021.withParties(Party.of(VIMMERBY), Party.builder().municipality(KAUHAVA)
        .from(LocalDate.of(2023, 1, 1)).until(LocalDate.of(2022, 1, 1)).build());

    assertThat(problemsOf(() -> BASE.withAgreements(reversed))).singleElement()
        .satisfies(problem -> assertThat(problem.path()).isEqualTo("agreements[0].parties[1].until"));
  }

  @Test
  void an_event_hosted_by_a_municipality_that_no_longer_existed_is_refused() {
    Event late = Event.builder().id(EventId.of("visit")).kind(EventKind.TWIN_TOWN_VISIT)
        .date(LocalDate.of(2020, 5, 1)).host(RYGGE).build();

    assertThat(problemsOf(() -> Register.builder().from(BASE).addEvent(late).build())).singleElement()
        .satisfies(problem -> {
          assertThat(problem.path()).isEqualTo("events[0].host");
          assertThat(problem.message()).contains("no longer existed").contains("the host was probably moss");
        });
    Event early = late.withDate(LocalDate.of(2019, 12, 31));
    assertThat(Register.builder().from(BASE).addEvent(early).build().getEvents()).containsExactly(early);
  }

  @Test
  void a_person_without_municipality_in_bodies_of_two_municipalities_is_refused() {
    Person torn = Person.builder().id(PersonId.of("p-torn"))
        .addPosition(Position.of(ADMINISTRATION, Role.OFFICIAL, DAY))
        .addPosition(Position.of(KAUHAVA_BOARD.getId(), Role.OFFICIAL, DAY)).build();
    int index = BASE.getPeople().size();

    assertThat(problemsOf(() -> Register.builder().from(BASE).addPerson(torn).build()))
        .containsExactly(Problem.at("people[" + index + "].municipality", "person p-torn has no municipality"
            + " recorded and holds positions in bodies of kauhava and vimmerby; record which municipality the"
            + " person serves"));
    assertThat(Register.builder().from(BASE).addPerson(torn.withMunicipality(VIMMERBY)).build().recordCount())
        .isEqualTo(BASE.recordCount() + 1);
  }

  @Test
  void a_strategy_adopted_by_another_municipalitys_body_is_refused() {
    Decision byKauhava = Decision.builder().id(DecisionId.of("kauhava-1")).body(KAUHAVA_BOARD.getId())
        .date(LocalDate.of(2016, 6, 27)).matter(Matter.ADOPT_STRATEGY).build();
    Strategy strategy = BASE.getStrategies().get(0).withAdoptedBy(byKauhava.getId());

    assertThat(problemsOf(() -> Register.builder().from(BASE).addDecision(byKauhava).strategies(ImmutableList.of(strategy))
        .build())).singleElement().satisfies(problem -> {
          assertThat(problem.path()).isEqualTo("strategies[0].municipality");
          assertThat(problem.message()).contains("was taken by a body of kauhava");
        });
  }

  @Test
  void a_revision_year_outside_the_period_and_the_year_after_is_refused() {
    Agreement late = VA2021.withRevisionEveryYears(8).withConferenceCycle(VA2021.getConferenceCycle());

    assertThat(late.isRevisionYearPlausible()).isFalse();
    assertThat(VA2021.isRevisionYearPlausible()).as("2027, the year after the period").isTrue();
    assertThat(problemsOf(() -> BASE.withAgreements(late))).singleElement()
        .satisfies(problem -> assertThat(problem.path()).isEqualTo("agreements[0].revisionEveryYears"));
  }

  @Test
  void the_report_back_falls_on_30_june_of_the_following_year_unless_the_register_says_otherwise() {
    Strategy strategy = BASE.getStrategies().get(0);

    assertThat(strategy.getReportBackBy()).isEqualTo(Strategy.DEFAULT_REPORT_BACK_BY);
    assertThat(strategy.reportBackDeadline(2023)).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(strategy.withReportBackBy(java.time.MonthDay.of(4, 15)).reportBackDeadline(2023))
        .isEqualTo(LocalDate.of(2024, 4, 15));
    assertThat(Optional.of(strategy.getMunicipality())).contains(VIMMERBY);
  }

  /** The problems of a register built, or of a copy made with {@code with*} once it is checked where it enters. */
  private static ImmutableList<Problem> problemsOf(Supplier<Register> building) {
    InvalidRegisterException refused = catchThrowableOfType(InvalidRegisterException.class,
        () -> building.get().validated());
    assertThat(refused).as("the register should have been refused").isNotNull();
    return refused.getProblems();
  }
}
