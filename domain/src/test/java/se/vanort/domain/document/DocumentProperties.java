package se.vanort.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class DocumentProperties {
  @Test
  void every_clause_a_rule_cites_exists_and_lists_the_rule_among_its_rules() {
    var rules = Documents.allRules();

    qt().forAll(integers().between(0, rules.size() - 1))
        .checkAssert(index -> {
          var rule = rules.get(index);
          for (var id : rule.getClauses()) {
            assertThat(Documents.findClause(id)).as("clause %s cited by %s", id, rule.getId()).isPresent();
            assertThat(Documents.document(id.getDocument()).rulesOf(id))
                .as("rules of %s", id)
                .contains(rule);
          }
        });
  }
}
