package se.vanort.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.Modality;
import se.vanort.domain.generators.RegisterGenerators;

class MessagesTest {
  private static final Messages EN = Messages.of(Locale.ENGLISH);
  private static final Messages SV = Messages.of(Locale.forLanguageTag("sv"));
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  // What may stay the same in both languages: placeholders, clause, rule and document ids, numbers, §.
  private static final Pattern LANGUAGE_NEUTRAL = Pattern.compile(
      "\\{\\d+[^}]*}|[A-Z]+\\d+(/[A-Za-z0-9]+)?|(va|vis)\\.[a-z-]+|[\\d\\s\\p{Punct}§–]");

  /** The bundle file {@code name} (e.g. se.vanort.rules.messages) in {@code suffix} ("" or "_sv"), read as UTF-8. */
  private static Properties file(String name, String suffix) {
    String path = name.replace('.', '/') + suffix + ".properties";
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void every_english_key_has_a_swedish_text_and_every_swedish_key_an_english_one() {
    for (String bundle : Messages.BUNDLES) {
      Properties english = file(bundle, "");
      Properties swedish = file(bundle, "_sv");

      assertThat(new TreeSet<>(swedish.stringPropertyNames())).as("Swedish keys of %s", bundle)
          .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
    }
  }

  @Test
  void no_swedish_text_copies_the_english_one_unless_it_is_only_ids_and_placeholders() {
    for (String bundle : Messages.BUNDLES) {
      Properties english = file(bundle, "");
      Properties swedish = file(bundle, "_sv");
      for (String key : english.stringPropertyNames()) {
        String text = english.getProperty(key);
        if (text.equals(swedish.getProperty(key))) {
          assertThat(LANGUAGE_NEUTRAL.matcher(text).replaceAll("")).as("%s in %s is not translated", key, bundle)
              .isEmpty();
        }
      }
    }
  }

  @Test
  void every_text_is_a_valid_pattern_using_the_same_placeholders_in_both_languages() {
    for (String bundle : Messages.BUNDLES) {
      Properties english = file(bundle, "");
      Properties swedish = file(bundle, "_sv");
      for (String key : english.stringPropertyNames()) {
        String en = english.getProperty(key);
        String sv = swedish.getProperty(key, "");

        assertThat(en).as("%s (English)", key).isNotBlank();
        assertThat(sv).as("%s (Swedish)", key).isNotBlank();
        new MessageFormat(en, Locale.ENGLISH);
        new MessageFormat(sv, Locale.forLanguageTag("sv"));
        assertThat(placeholders(sv)).as("placeholders of %s", key).isEqualTo(placeholders(en));
      }
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void every_modality_and_clause_status_has_a_label_in_both_languages() {
    for (Messages messages : List.of(EN, SV)) {
      for (Modality modality : Modality.values()) {
        assertThat(messages.label(modality)).isNotBlank();
      }
      for (ClauseStatus status : ClauseStatus.values()) {
        assertThat(messages.label(status)).isNotBlank();
      }
    }
    assertThat(SV.label(Modality.SHALL)).isNotEqualTo(EN.label(Modality.SHALL));
  }

  @Test
  void a_missing_key_throws_an_exception_naming_it() {
    assertThatThrownBy(() -> SV.text("va.no-such-finding.message"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("va.no-such-finding.message").hasMessageContaining("Swedish");
    assertThat(EN.has("va.no-such-finding.message")).isFalse();
    assertThat(EN.has("modality.shall")).isTrue();
  }

  @Test
  void swedish_is_spoken_for_sv_and_english_for_any_other_language() {
    assertThat(Messages.of(Locale.forLanguageTag("sv-SE")).locale().getLanguage()).isEqualTo("sv");
    assertThat(Messages.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.of(Locale.GERMAN).text("modality.shall")).isEqualTo(EN.text("modality.shall"));
  }

  @Test
  void arguments_fill_the_placeholders_in_order() {
    Finding finding = Finding.builder()
        .rule(se.vanort.domain.document.RuleId.of("va.conference-every-second-year"))
        .clause(se.vanort.domain.document.ClauseId.of("VA2021/A1"))
        .modality(Modality.SHALL)
        .messageKey("query.due.conference")
        .args(2023, "VA2021")
        .build();

    assertThat(EN.text(finding.getMessageKey(), finding.getArguments())).isEqualTo("Twin-town conference 2023 (VA2021)");
    assertThat(SV.text(finding.getMessageKey(), finding.getArguments())).isEqualTo("Vänortskonferens 2023 (VA2021)");
  }

  @Test
  void every_finding_the_standard_rulebook_reports_renders_its_message_facts_and_remedy_in_both_languages() {
    Set<String> keysSeen = new TreeSet<>();
    qt().withExamples(1000).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      for (Finding finding : Rulebook.standard().check(register).getFindings()) {
        keysSeen.add(finding.getMessageKey());
        for (Messages messages : List.of(EN, SV)) {
          for (String text : List.of(messages.message(finding), messages.facts(finding), messages.remedy(finding))) {
            assertThat(text).as("%s in %s", finding.getMessageKey(), messages.locale()).isNotBlank();
            assertThat(PLACEHOLDER.matcher(text).find())
                .as("%s in %s leaves a placeholder unfilled: %s", finding.getMessageKey(), messages.locale(), text)
                .isFalse();
          }
        }
      }
    });
    // Generated registers breach most rules, so the texts of many findings were rendered above.
    assertThat(keysSeen).hasSizeGreaterThan(10);
  }
}
