package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.vanort.rules.strategy.Fixture.*;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.Modality;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.project.SteeringGroup;
import se.vanort.rules.FactValues;
import java.util.List;

class DecisionRulesTest {
  private static final LocalDate DAY = LocalDate.of(2023, 4, 24);

  @Test
  void a_twin_town_established_by_the_executive_board_is_a_shall_finding() {
    var register = vimmerby().addDecision(decision("ks-45", BOARD, DAY, Matter.ESTABLISH_TWIN_TOWN, "kauhava")).build();

    var finding = single(check(new NewTwinTownByCouncil(), register),
        "vis.new-twin-town-by-council", "VIS2016/W5", Modality.SHALL, "ks-45", "ks");
    assertThat(finding.getDate()).contains(DAY);
    assertThat(FactValues.of(finding)).containsExactly(entry("decision", List.of("ks-45")),
        entry("date", List.of("2023-04-24")), entry("decider", List.of("ks")));
  }

  @Test
  void a_twin_town_established_by_the_council_is_no_breach() {
    var register = vimmerby().addDecision(decision("kf-80", COUNCIL, DAY, Matter.ESTABLISH_TWIN_TOWN, "kauhava")).build();

    assertThat(check(new NewTwinTownByCouncil(), register)).isEmpty();
  }

  @Test
  void a_decision_taken_before_the_strategy_was_adopted_is_not_judged() {
    var register = vimmerby().addDecision(decision("ks-9", BOARD, LocalDate.of(2016, 3, 1), Matter.ESTABLISH_TWIN_TOWN, "kauhava"))
        .build();

    assertThat(check(new NewTwinTownByCouncil(), register, DateRange.ofYears(2015, 2020))).isEmpty();
  }

  @Test
  void a_proposal_for_a_new_twin_town_gets_the_advice_even_before_it_is_decided() {
    var register = vimmerby().addDecision(decision("kf-90", COUNCIL, AS_OF.plusMonths(2), Matter.ESTABLISH_TWIN_TOWN, "kauhava"))
        .build();

    single(check(new PreferPartnership(), register), "vis.prefer-partnership", "VIS2016/W5", Modality.SHOULD, "kf-90", "kf");
  }

  @Test
  void an_open_ended_partnership_without_a_theme_gets_the_advice_and_a_themed_one_does_not() {
    var openEnded = Relation.builder().id(RelationId.of("mukono-partnerskap")).municipality(VIMMERBY).partner(MUKONO)
        .kind(RelationKind.PARTNERSHIP).since(Year.of(2020)).build();

    var finding = single(check(new PreferPartnership(), vimmerby().addRelation(openEnded).build()),
        "vis.prefer-partnership", "VIS2016/W5", Modality.SHOULD, "mukono-partnerskap", "mukono");
    assertThat(finding.getMessageKey()).isEqualTo("vis.prefer-partnership.relation");
    assertThat(check(new PreferPartnership(), vimmerby().addRelation(openEnded.withTheme("Barnkonventionen")).build()))
        .isEmpty();
    assertThat(check(new PreferPartnership(), vimmerby().addRelation(openEnded.withUntil(LocalDate.of(2025, 12, 31))).build()))
        .isEmpty();
  }

  @Test
  void a_partnership_concluded_before_the_adoption_year_is_not_judged() {
    var old = Relation.builder().id(RelationId.of("mukono-partnerskap")).municipality(VIMMERBY).partner(MUKONO)
        .kind(RelationKind.PARTNERSHIP).since(Year.of(2007)).build();

    assertThat(check(new PreferPartnership(), vimmerby().addRelation(old).build())).isEmpty();
  }

  @Test
  void a_partnership_application_decided_by_the_council_is_a_shall_finding() {
    var register = vimmerby().addDecision(decision("kf-12", COUNCIL, DAY, Matter.PARTNERSHIP_APPLICATION, "mukono")).build();

    single(check(new PartnershipDecidedByBoard(), register),
        "vis.partnership-decided-by-board", "VIS2016/P2", Modality.SHALL, "kf-12", "kf");
  }

  @Test
  void a_partnership_application_decided_by_a_committee_or_the_board_is_no_breach() {
    var register = vimmerby()
        .addDecision(decision("bun-12", SCHOOL_COMMITTEE, DAY, Matter.PARTNERSHIP_APPLICATION, "mukono"))
        .addDecision(decision("ks-12", BOARD, DAY, Matter.PARTNERSHIP_APPLICATION, "mukono"))
        .build();

    assertThat(check(new PartnershipDecidedByBoard(), register)).isEmpty();
  }

  @Test
  void a_partnership_application_decided_after_the_as_of_date_is_not_yet_judged() {
    var register = vimmerby().addDecision(decision("kf-99", COUNCIL, AS_OF.plusDays(1), Matter.PARTNERSHIP_APPLICATION, "mukono"))
        .build();

    assertThat(check(new PartnershipDecidedByBoard(), register)).isEmpty();
  }

  @Test
  void a_steering_group_appointed_by_an_administration_is_a_shall_finding() {
    var appointment = decision("ksf-3", BOARD_ADMINISTRATION, DAY, Matter.OTHER, "vimmerby");
    var register = vimmerby().addDecision(appointment)
        .addProject(project("pp", DAY, DAY.plusYears(1))
            .steeringGroup(SteeringGroup.builder().appointedBy(DecisionId.of("ksf-3")).addMember(OFFICIAL).build()).build())
        .build();

    single(check(new SteeringGroupByBoard(), register),
        "vis.steering-group-by-board", "VIS2016/P2", Modality.SHALL, "ksf-3", "ksf");
  }

  @Test
  void a_steering_group_appointed_by_a_committee_is_reported_once_or_not_at_all() {
    var byCommittee = decision("bun-3", SCHOOL_COMMITTEE, DAY, Matter.APPOINT_STEERING_GROUP, "pp");
    var byCouncil = decision("kf-3", COUNCIL, DAY, Matter.APPOINT_STEERING_GROUP, "pp");
    var project = project("pp", DAY, DAY.plusYears(1));

    assertThat(check(new SteeringGroupByBoard(), vimmerby().addDecision(byCommittee)
        .addProject(project.steeringGroup(SteeringGroup.builder().appointedBy(byCommittee.getId()).build()).build())
        .build())).isEmpty();
    single(check(new SteeringGroupByBoard(), vimmerby().addDecision(byCouncil)
            .addProject(project.steeringGroup(SteeringGroup.builder().appointedBy(byCouncil.getId()).build()).build())
            .build()),
        "vis.steering-group-by-board", "VIS2016/P2", Modality.SHALL, "kf-3", "kf");
  }

  @Test
  void mandate_periods_that_ended_without_a_revision_are_shall_findings() {
    var register = vimmerby(LocalDate.of(2026, 12, 31)).build();

    var findings = check(new StrategyRevisedEachTerm(), register, DateRange.ofYears(2017, 2026));

    assertThat(findings).extracting(f -> FactValues.of(f, "term").get(0)).containsExactly("2018–2022", "2022–2026");
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.getRule().value()).isEqualTo("vis.strategy-revised-each-term");
      assertThat(f.getClause().toString()).isEqualTo("VIS2016/R1");
      assertThat(f.subjectIds()).containsExactly("VIS2016");
    });
    assertThat(findings.get(1).getDate()).contains(LocalDate.of(2026, 10, 14));
  }

  @Test
  void a_council_revision_in_each_ended_period_is_no_finding_and_a_running_period_is_not_yet_due() {
    var register = vimmerby(LocalDate.of(2026, 10, 13))
        .addDecision(decision("kf-2019-40", COUNCIL, LocalDate.of(2019, 5, 27), Matter.REVISE_STRATEGY, "VIS2016"))
        .build();

    assertThat(check(new StrategyRevisedEachTerm(), register, DateRange.ofYears(2017, 2026))).isEmpty();
  }

  @Test
  void a_revision_by_the_executive_board_does_not_count() {
    var register = vimmerby(LocalDate.of(2023, 1, 1))
        .addDecision(decision("ks-2019-40", BOARD, LocalDate.of(2019, 5, 27), Matter.REVISE_STRATEGY, "VIS2016"))
        .build();

    single(check(new StrategyRevisedEachTerm(), register, DateRange.ofYears(2017, 2022)),
        "vis.strategy-revised-each-term", "VIS2016/R1", Modality.SHALL, "VIS2016");
  }

  @Test
  void a_mandate_period_outside_the_evaluated_period_is_not_judged() {
    var register = vimmerby(LocalDate.of(2026, 12, 31))
        .addDecision(decision("kf-2023-10", COUNCIL, LocalDate.of(2023, 2, 1), Matter.REVISE_STRATEGY, "VIS2016"))
        .build();

    assertThat(check(new StrategyRevisedEachTerm(), register, DateRange.ofYears(2023, 2026))).isEmpty();
  }
}
