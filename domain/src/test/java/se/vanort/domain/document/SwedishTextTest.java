package se.vanort.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Swedish texts of the catalogue are Swedish: no English words, no codes of records or rules. */
class SwedishTextTest {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  /** Words that occur in the English texts and never in Swedish prose. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "is", "are", "with", "which", "must",
      "shall", "should", "may", "finding", "findings", "due", "missed", "year", "meeting", "conference", "party",
      "committee", "board", "council", "record", "records", "register's", "as-of", "rule");
  /** A record kind, field or rule code: lower-case words joined by hyphens or dots, or a camel-case field. */
  private static final Pattern CODE = Pattern.compile(
      "\\b(?:va|vis)\\.[a-z-]+|\\b[a-z]+(?:-[a-z]+)+\\b|\\b[a-z]+[A-Z][a-zA-Z]*\\b|`");
  /** Hyphenated Swedish words that are not codes. */
  private static final Set<String> SWEDISH_HYPHENATED = Set.of("e-postadress");
  private static final Pattern WORD = Pattern.compile("[\\p{L}'-]+");

  static Stream<Arguments> texts() {
    Stream<Arguments> rules = Documents.allRules().stream().flatMap(rule -> Stream.concat(
        Stream.of(Arguments.of(rule.getId() + " requirement", rule.requirement(SWEDISH), rule.getRequirement())),
        rule.getInterpretationSv().stream().map(text -> Arguments.of(rule.getId() + " interpretation", text,
            rule.getInterpretation().orElseThrow()))));
    Stream<Arguments> clauses = Documents.all().stream().flatMap(document -> document.getClauses().stream())
        .flatMap(clause -> clause.getNotCheckableReasonSv().stream().map(reason -> Arguments.of(
            clause.getId() + " not checkable", reason, clause.getNotCheckableReason().orElseThrow())));
    return Stream.concat(rules, clauses);
  }

  @org.junit.jupiter.api.Test
  void the_check_sees_english_words_and_codes() {
    assertThat(CODE.matcher("lägret (linkedTo) av slaget youth-camp enligt va.youth-camp, via e-postadress")
        .results().map(code -> code.group()))
        .containsExactly("linkedTo", "youth-camp", "va.youth-camp", "e-postadress");
    assertThat(WORD.matcher("Varje konferens of the chain").results().map(word -> word.group()))
        .filteredOn(ENGLISH::contains).containsExactly("of", "the");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void every_swedish_text_is_written_in_swedish_and_differs_from_the_english(String what, String swedish,
      String english) {
    assertThat(swedish).as(what).isNotEqualTo(english);
    assertThat(WORD.matcher(swedish).results().map(word -> word.group().toLowerCase(Locale.ROOT)))
        .as("%s: English words in \"%s\"", what, swedish)
        .noneMatch(ENGLISH::contains);
    assertThat(CODE.matcher(swedish).results().map(code -> code.group()))
        .as("%s: codes in \"%s\"", what, swedish)
        .allMatch(SWEDISH_HYPHENATED::contains);
  }
}
