package se.vanort.domain.document;

import static com.google.common.collect.ImmutableMap.toImmutableMap;
import static com.google.common.collect.ImmutableSet.toImmutableSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CatalogueCompletenessTest {
  private static final Catalogue CATALOGUE = Catalogue.read();

  @Test
  void every_rule_id_the_catalogue_mentions_has_a_row_of_its_own() {
    assertThat(CATALOGUE.ruleIds().stream().map(RuleId::value))
        .containsExactlyInAnyOrderElementsOf(CATALOGUE.ruleTokens());
  }

  @Test
  void every_clause_of_the_catalogue_is_in_the_documents() {
    assertThat(documentClauseIds()).containsAll(CATALOGUE.clauseIds());
  }

  @Test
  void every_clause_of_the_documents_is_in_the_catalogue() {
    assertThat(CATALOGUE.clauseIds()).containsAll(documentClauseIds());
  }

  @Test
  void every_rule_of_the_catalogue_is_in_the_documents_with_its_modality() {
    var expected =
        CATALOGUE.rows().stream()
            .filter(row -> row.rule().isPresent())
            .collect(toImmutableMap(row -> row.rule().orElseThrow(), Catalogue.Row::modality));

    assertThat(documentRules(RuleDefinition::getModality)).containsAllEntriesOf(expected);
  }

  @Test
  void every_rule_of_the_documents_is_in_the_catalogue() {
    assertThat(CATALOGUE.ruleIds()).containsAll(documentRules(RuleDefinition::getModality).keySet());
  }

  @Test
  void every_rule_cites_the_clauses_of_its_catalogue_row() {
    var expected =
        CATALOGUE.rows().stream()
            .filter(row -> row.rule().isPresent())
            .collect(toImmutableMap(row -> row.rule().orElseThrow(), Catalogue.Row::clauses));

    assertThat(documentRules(RuleDefinition::getClauses)).isEqualTo(expected);
  }

  @Test
  void every_clause_has_the_strongest_modality_of_its_catalogue_rows() {
    var expected = new HashMap<ClauseId, Modality>();
    for (var row : CATALOGUE.rows()) {
      row.clauses().forEach(id -> expected.merge(id, row.modality(), (a, b) -> a.isAtLeast(b) ? a : b));
    }

    assertThat(documentClauses(Clause::getModality)).isEqualTo(expected);
  }

  @Test
  void clauses_are_not_checkable_exactly_where_the_catalogue_says_so() {
    var expected =
        CATALOGUE.rows().stream()
            .filter(row -> !row.isCheckable())
            .flatMap(row -> row.clauses().stream())
            .collect(toImmutableSet());

    var notCheckable =
        Documents.all().stream()
            .flatMap(document -> document.getClauses().stream())
            .filter(clause -> !clause.isCheckable())
            .map(Clause::getId);

    assertThat(notCheckable).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void every_document_has_the_catalogue_title() {
    assertThat(Documents.all().stream().collect(toImmutableMap(Document::getId, Document::getTitle)))
        .isEqualTo(CATALOGUE.titles());
  }

  private static ImmutableSet<ClauseId> documentClauseIds() {
    return documentClauses(Clause::getId).keySet();
  }

  private static <T> ImmutableMap<ClauseId, T> documentClauses(Function<Clause, T> attribute) {
    return Documents.all().stream()
        .flatMap(document -> document.getClauses().stream())
        .collect(toImmutableMap(Clause::getId, attribute));
  }

  private static <T> ImmutableMap<RuleId, T> documentRules(Function<RuleDefinition, T> attribute) {
    return Documents.allRules().stream().collect(toImmutableMap(RuleDefinition::getId, attribute));
  }
}
