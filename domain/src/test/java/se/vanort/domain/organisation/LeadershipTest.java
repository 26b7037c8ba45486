package se.vanort.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vanort.domain.generators.RegisterGenerators.ADMINISTRATION;
import static se.vanort.domain.generators.RegisterGenerators.COUNCIL;
import static se.vanort.domain.generators.RegisterGenerators.EXECUTIVE_BOARD;
import static se.vanort.domain.generators.RegisterGenerators.SCHOOL_COMMITTEE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.register.Register;
import se.vanort.domain.generators.RegisterGenerators;

class LeadershipTest {
  private static final Register BASE = RegisterGenerators.validBase().build();
  private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

  @Test
  void chairs_and_vice_chairs_of_the_council_and_the_executive_board_are_political_leadership() {
    assertThat(BASE.leadershipOf(Position.of(COUNCIL, Role.CHAIR, DAY))).containsExactly(Leadership.POLITICAL);
    assertThat(BASE.leadershipOf(Position.of(COUNCIL, Role.VICE_CHAIR, DAY))).containsExactly(Leadership.POLITICAL);
    assertThat(BASE.leadershipOf(Position.of(EXECUTIVE_BOARD, Role.CHAIR, DAY))).containsExactly(Leadership.POLITICAL);
    assertThat(BASE.leadershipOf(Position.of(EXECUTIVE_BOARD, Role.VICE_CHAIR, DAY)))
        .containsExactly(Leadership.POLITICAL);
  }

  @Test
  void a_full_time_elected_official_is_political_leadership_in_any_body() {
    assertThat(BASE.leadershipOf(Position.of(SCHOOL_COMMITTEE, Role.FULL_TIME_ELECTED, DAY)))
        .containsExactly(Leadership.POLITICAL);
  }

  @Test
  void the_chief_executive_and_heads_of_administration_are_administrative_leadership() {
    assertThat(BASE.leadershipOf(Position.of(ADMINISTRATION, Role.CHIEF_EXECUTIVE, DAY)))
        .containsExactly(Leadership.ADMINISTRATIVE);
    assertThat(BASE.leadershipOf(Position.of(ADMINISTRATION, Role.HEAD_OF_ADMINISTRATION, DAY)))
        .containsExactly(Leadership.ADMINISTRATIVE);
  }

  @Test
  void a_committee_chair_a_member_or_a_secretary_is_no_leadership_by_default() {
    assertThat(BASE.leadershipOf(Position.of(SCHOOL_COMMITTEE, Role.CHAIR, DAY))).isEmpty();
    assertThat(BASE.leadershipOf(Position.of(EXECUTIVE_BOARD, Role.MEMBER, DAY))).isEmpty();
    assertThat(BASE.leadershipOf(Position.of(ADMINISTRATION, Role.TWIN_TOWN_SECRETARY, DAY))).isEmpty();
  }

  @Test
  void a_register_can_count_a_committee_chair_as_political_leadership() {
    Register extended = BASE.withLeadershipRules(LeadershipRule.of(Role.CHAIR, Leadership.POLITICAL, BodyKind.COMMITTEE));

    assertThat(extended.leadershipOf(Position.of(SCHOOL_COMMITTEE, Role.CHAIR, DAY))).containsExactly(Leadership.POLITICAL);
    assertThat(extended.leadershipClassification()).startsWith(LeadershipRule.DEFAULTS.toArray(LeadershipRule[]::new))
        .hasSize(LeadershipRule.DEFAULTS.size() + 1);
  }

  @Test
  void a_person_holding_both_kinds_of_position_gives_both_kinds_of_leadership_while_they_hold_them() {
    Person both = Person.builder().id(PersonId.of("p-both")).municipality(RegisterGenerators.VIMMERBY)
        .addPosition(Position.of(EXECUTIVE_BOARD, Role.CHAIR, DAY))
        .addPosition(Position.of(ADMINISTRATION, Role.HEAD_OF_ADMINISTRATION, DAY).withUntil(DAY.plusYears(1)))
        .build();
    Register register = Register.builder().from(BASE).addPerson(both).build();

    assertThat(register.leadershipOn(both.getId(), DAY)).containsExactly(Leadership.POLITICAL, Leadership.ADMINISTRATIVE);
    assertThat(register.leadershipOn(both.getId(), DAY.plusYears(2))).containsExactly(Leadership.POLITICAL);
    assertThat(register.leadershipOn(both.getId(), DAY.minusDays(1))).isEmpty();
    assertThat(register.leadershipOn(PersonId.of("p-nobody"), DAY)).isEmpty();
  }

  @Test
  void a_position_in_a_body_the_register_does_not_hold_gives_no_leadership() {
    assertThat(BASE.leadershipOf(Position.of(BodyId.of("elsewhere"), Role.CHIEF_EXECUTIVE, DAY))).isEmpty();
  }
}
