package se.vanort.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.RuleDefinition;

class StandardRulebookTest {
  @Test
  void the_standard_rulebook_implements_every_rule_of_the_catalogue_in_catalogue_order() {
    assertThat(Rulebook.standard().rules()).extracting(Rule::id)
        .containsExactlyElementsOf(Documents.allRules().stream().map(RuleDefinition::getId).toList());
  }

  @Test
  void every_rule_package_is_found_through_the_service_loader() {
    assertThat(java.util.ServiceLoader.load(RuleSet.class).stream().map(p -> p.type().getSimpleName()))
        .containsExactlyInAnyOrder("AgreementRules", "StrategyRules");
  }
}
