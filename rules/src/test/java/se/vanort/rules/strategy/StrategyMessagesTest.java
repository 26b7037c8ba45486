package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.vanort.rules.Messages;
import se.vanort.rules.Rule;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.time.LocalDate;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

class StrategyMessagesTest {
  private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);
  private static final Messages SWEDISH = Messages.of(Locale.forLanguageTag("sv"));

  /** Every fact {@code key}'s text names, as a text of its own name: {@code {year}} gives "year". */
  private static Map<String, Fact> sample(Messages messages, String key) {
    Map<String, Fact> facts = new HashMap<>();
    Messages.placeholders(messages.pattern(key)).forEach(name -> facts.put(name, Fact.text(name)));
    return facts;
  }

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
        assertThat(SWEDISH.render(key + part, sample(SWEDISH, key + part))).as(key + part)
            .isNotEqualTo(ENGLISH.render(key + part, sample(ENGLISH, key + part)));
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
          String text = messages.render(key + part, sample(messages, key + part));
          assertThat(text).as(key + part).doesNotContain("{").doesNotContain("''");
        }
      }
    }
  }

  @Test
  void the_swedish_texts_are_swedish() {
    Map<String, Fact> facts = Map.of("activity", new Fact.Ref(new RecordRef(RecordKind.PROJECT, "kultur-2023",
        Optional.of("Kulturutbyte med Joniškis 2023"), Optional.empty())),
        "deadline", Fact.date(LocalDate.of(2023, 10, 31)), "recorded", Fact.notRecorded());
    assertThat(SWEDISH.render("vis.projects-published.message", facts)).isEqualTo("Information om Kulturutbyte med"
        + " Joniškis 2023 lades inte ut på kommunens webbplats innan verksamheten avslutades.");
    assertThat(SWEDISH.render("vis.projects-published.facts", facts)).isEqualTo("Verksamheten avslutades den"
        + " 31 oktober 2023; ingen information på kommunens webbplats finns registrerad.");
    assertThat(ENGLISH.render("vis.projects-published.message", facts))
        .isEqualTo("Kulturutbyte med Joniškis 2023 was not published on the municipality's website by its end.");
  }
}
