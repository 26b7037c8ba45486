package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.vanort.rules.Messages;
import se.vanort.rules.Rule;

class StrategyMessagesTest {
  private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);
  private static final Messages SWEDISH = Messages.of(Locale.forLanguageTag("sv"));
  private static final List<String> SAMPLE = IntStream.range(0, 5).mapToObj(i -> "x" + i).toList();

  private static List<String> findingKeys(Messages messages) {
    return messages.keys().stream().filter(key -> key.startsWith("vis.") && key.endsWith(".message"))
        .map(key -> key.substring(0, key.length() - ".message".length())).toList();
  }

  @Test
  void both_languages_have_the_same_finding_keys_with_message_facts_and_remedy() {
    assertThat(findingKeys(SWEDISH)).containsExactlyElementsOf(findingKeys(ENGLISH));
    for (String key : findingKeys(ENGLISH)) {
      for (String part : List.of(".message", ".facts", ".remedy")) {
        assertThat(ENGLISH.has(key + part)).as(key + part).isTrue();
        assertThat(SWEDISH.has(key + part)).as(key + part).isTrue();
        assertThat(SWEDISH.text(key + part, SAMPLE)).as(key + part).isNotEqualTo(ENGLISH.text(key + part, SAMPLE));
      }
    }
  }

  @Test
  void every_rule_has_texts_under_its_own_id() {
    for (Rule rule : StrategyRules.all()) {
      assertThat(findingKeys(ENGLISH)).as(rule.toString()).contains(rule.id().value());
    }
  }

  @Test
  void every_text_formats_its_arguments_and_leaves_no_placeholder_or_doubled_apostrophe() {
    for (Messages messages : List.of(ENGLISH, SWEDISH)) {
      for (String key : findingKeys(messages)) {
        for (String part : List.of(".message", ".facts", ".remedy")) {
          String text = messages.text(key + part, SAMPLE);
          assertThat(text).as(key + part).doesNotContain("{").doesNotContain("''");
        }
      }
    }
  }

  @Test
  void the_swedish_texts_are_swedish() {
    assertThat(SWEDISH.text("vis.projects-published.message", SAMPLE))
        .isEqualTo("x0 (x1) publicerades inte på kommunens webbplats innan den avslutades.");
    assertThat(ENGLISH.text("vis.projects-published.message", SAMPLE))
        .isEqualTo("x0 (x1) was not published on the municipality's website by its end.");
  }
}
