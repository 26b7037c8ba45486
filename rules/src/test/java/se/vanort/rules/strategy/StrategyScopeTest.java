package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vanort.rules.strategy.Fixture.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.register.InvalidRegisterException;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.strategy.Strategy;
import se.vanort.rules.Rule;
import se.vanort.rules.Rulebook;

class StrategyScopeTest {
  /** Records that break nearly every VIS2016 rule. */
  private static Register.Builder breaches(Register.Builder register, int year) {
    return register
        .addProject(project("p1", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).build())
        .addDecision(decision("ks-1", BOARD, LocalDate.of(year, 2, 1), Matter.ESTABLISH_TWIN_TOWN, "kauhava"))
        .addEvent(event("besok", EventKind.TWIN_TOWN_VISIT, LocalDate.of(year, 5, 1)).addDelegation(delegation(TEACHER)).build());
  }

  private static Register.Builder breaches(Register.Builder register) {
    return breaches(register, 2022);
  }

  @Test
  void without_the_strategy_in_the_register_no_rule_of_vis2016_finds_anything() {
    var register = breaches(withoutStrategy(AS_OF)).build();

    for (Rule rule : StrategyRules.all()) {
      assertThat(check(rule, register)).as(rule.toString()).isEmpty();
    }
    assertThat(Rulebook.standard().check(register, PERIOD).getFindings())
        .noneMatch(f -> f.getRule().value().startsWith("vis."));
  }

  @Test
  void a_register_seen_from_another_municipality_gets_no_vis2016_finding() {
    var fromVimmerby = breaches(vimmerby()).build();
    var fromKauhava = fromVimmerby.withPerspective(Perspective.of(KAUHAVA, AS_OF));

    assertThat(Rulebook.standard().check(fromVimmerby, PERIOD).getFindings())
        .anyMatch(f -> f.getRule().value().startsWith("vis."));
    for (Rule rule : StrategyRules.all()) {
      assertThat(check(rule, fromKauhava)).as(rule.toString()).isEmpty();
    }
  }

  @Test
  void a_register_recording_vis2016_as_adopted_by_another_municipality_is_refused() {
    var register = breaches(withoutStrategy(AS_OF))
        .addDecision(decision("kauhava-1", COUNCIL, ADOPTED, Matter.ADOPT_STRATEGY))
        .addStrategy(Strategy.builder().id(DocumentId.of("VIS2016")).municipality(KAUHAVA)
            .adoptedBy(DecisionId.of("kauhava-1")).build());

    assertThatThrownBy(register::build).isInstanceOf(InvalidRegisterException.class)
        .hasMessageContaining("strategies[0].municipality");
  }

  @Test
  void with_the_strategy_the_same_records_are_findings() {
    var register = breaches(vimmerby()).build();

    assertThat(Rulebook.standard().check(register, PERIOD).getFindings())
        .extracting(f -> f.getRule().value())
        .contains("vis.external-funding-investigated", "vis.new-twin-town-by-council", "vis.chair-represents");
  }

  @Test
  void records_before_the_adoption_are_not_judged() {
    var register = breaches(vimmerby(), 2015).build();
    var beforeAdoption = DateRange.of(LocalDate.of(2015, 1, 1), ADOPTED.minusDays(1));

    for (Rule rule : StrategyRules.all()) {
      assertThat(check(rule, register, beforeAdoption)).as(rule.toString()).isEmpty();
    }
    assertThat(check(new ExternalFundingInvestigated(), breaches(vimmerby(), 2017).build(), DateRange.ofYears(2015, 2017)))
        .hasSize(1);
  }

  @Test
  void every_rule_of_vis2016_that_produces_findings_is_in_the_package_once_in_catalogue_order() {
    var implemented = StrategyRules.all().stream().map(rule -> rule.id().value()).toList();
    var catalogue = Documents.VIS2016.getRules().stream()
        .filter(rule -> rule.getModality().producesFindings())
        .map(RuleDefinition::getId).map(id -> id.value()).toList();

    assertThat(implemented).containsExactlyElementsOf(catalogue);
    assertThat(StrategyRules.all()).allSatisfy(rule -> assertThat(rule.modality()).isIn(Modality.SHALL, Modality.SHOULD));
  }
}
