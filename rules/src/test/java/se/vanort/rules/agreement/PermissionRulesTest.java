package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.document.Modality;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Rule;

class PermissionRulesTest {
  private static final List<Rule> PERMISSIONS = List.of(new YouthInCampPlanning(), new YouthCouncilForumOffYears(),
      new NordenMayBeInvited(), new DelegationSizeOwnChoice());

  @Test
  void the_permissions_of_VA2021_are_MAY_rules() {
    assertThat(PERMISSIONS).extracting(Rule::modality).containsOnly(Modality.MAY);
    assertThat(AgreementRules.all()).filteredOn(rule -> rule.modality() == Modality.MAY)
        .extracting(Rule::id).containsExactlyInAnyOrderElementsOf(PERMISSIONS.stream().map(Rule::id).toList());
  }

  @Test
  void a_permission_never_produces_a_finding_even_on_a_chain_that_keeps_nothing() {
    var empty = ChainFixture.va2021().build().withDecisions().withEvents().withPeople();
    var evaluation = new Evaluation(empty, DateRange.ofYears(2021, 2027));

    assertThat(PERMISSIONS).allSatisfy(rule -> assertThat(rule.check(evaluation)).isEmpty());
  }

  @Test
  void a_permission_never_produces_a_finding_on_a_chain_that_keeps_everything() {
    var evaluation = new Evaluation(ChainFixture.va2021().build(), DateRange.ofYears(2021, 2027));

    assertThat(PERMISSIONS).allSatisfy(rule -> assertThat(rule.check(evaluation)).isEmpty());
  }
}
