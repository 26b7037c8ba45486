package se.vanort.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClauseTextTest {
  static Stream<Arguments> clauses() {
    return Documents.all().stream()
        .flatMap(document -> document.getClauses().stream().map(clause -> Arguments.of(clause.getId(), document)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clauses")
  void the_swedish_text_of_every_clause_is_quoted_from_its_seed(ClauseId id, Document document) {
    var seed = SeedText.of(document);
    var text = document.clause(id).getTextSv();

    assertThat(seed.contains(text))
        .withFailMessage("%s: its Swedish text does not occur in %s: \"%s\"", id, seed.resource(), text)
        .isTrue();
  }

  @Test
  void a_fabricated_text_is_not_found_in_the_seed() {
    var seed = SeedText.of(Documents.VA2021);

    assertThat(seed.contains("Vänortskonferens hålls varje år.")).isFalse();
  }

  @Test
  void a_quote_with_its_typo_corrected_is_not_found_in_the_seed() {
    var seed = SeedText.of(Documents.VA2021);

    assertThat(seed.contains("Värdkommunen är ansvarig för kallelse")).isFalse();
    assertThat(seed.contains("Värddommunen är ansvarig för kallelse")).isTrue();
  }

  @Test
  void a_quote_running_across_paragraphs_is_found_whatever_its_white_space() {
    var seed = SeedText.of(Documents.VIS2016);

    assertThat(seed.contains("via Föreningen Norden. Utöver de nordiska vänorterna")).isTrue();
    assertThat(seed.contains("via Föreningen\nNorden.\n\n  Utöver de nordiska vänorterna")).isTrue();
  }
}
