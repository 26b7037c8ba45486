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
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.FindingText;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.generators.RegisterGenerators;

class MessagesTest {
  private static final Messages EN = Messages.of(Locale.ENGLISH);
  private static final Messages SV = Messages.of(Locale.forLanguageTag("sv"));
  // A placeholder of either kind: positional ({0}, {0,number}) or named ({year}, {held,count,möte,möten}).
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)[^}]*}");
  // What may stay the same in both languages: placeholders, clause, rule and document ids, numbers, §.
  private static final Pattern LANGUAGE_NEUTRAL = Pattern.compile(
      "\\{[^}]*}|[A-Z]+\\d+(/[A-Za-z0-9]+)?|(va|vis)\\.[a-z-]+|[\\d\\s\\p{Punct}§–]|ICLD");
  private static final List<String> PARTS = List.of("message", "facts", "remedy");

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
        if (!isNamed(key)) {
          new MessageFormat(en, Locale.ENGLISH);
          new MessageFormat(sv, Locale.forLanguageTag("sv"));
        }
        assertThat(placeholders(sv)).as("placeholders of %s", key).isEqualTo(placeholders(en));
      }
    }
  }

  @Test
  void every_text_of_a_finding_in_the_catalogue_names_the_same_facts_in_both_languages_and_is_translated() {
    int texts = 0;
    for (RuleDefinition rule : Documents.allRules()) {
      for (FindingText finding : rule.getFindingTexts()) {
        for (String part : PARTS) {
          String key = finding.getKey() + "." + part;
          String en = EN.pattern(key);
          String sv = SV.pattern(key);
          assertThat(en).as("%s (English)", key).isEqualTo(switch (part) {
            case "message" -> finding.getMessage();
            case "facts" -> finding.getFacts();
            default -> finding.getRemedy();
          });
          assertThat(Messages.placeholders(sv)).as("named facts of %s", key).isEqualTo(Messages.placeholders(en));
          assertThat(placeholders(sv)).as("placeholders of %s", key).isEqualTo(placeholders(en));
          assertThat(sv).as("%s is not translated", key).isNotEqualTo(en);
          texts++;
        }
      }
    }
    // The catalogue carries the texts of the findings of both documents' rules.
    assertThat(texts).isGreaterThan(150);
  }

  /** Whether {@code key} is a text with named placeholders: a finding's, or how facts are written. */
  private static boolean isNamed(String key) {
    return key.startsWith("fact.") || key.startsWith("code.") || PARTS.stream().anyMatch(part -> key.endsWith("." + part))
        && !key.startsWith("query.");
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
  void arguments_fill_the_positional_placeholders_of_the_answers_in_order() {
    assertThat(EN.text("query.due.conference", 2023, "VA2021")).isEqualTo("Twin-town conference 2023 (VA2021)");
    assertThat(SV.text("query.due.conference", 2023, "VA2021")).isEqualTo("Vänortskonferens 2023 (VA2021)");
  }

  private static Finding.Builder conferenceMissing() {
    return Finding.builder()
        .rule(se.vanort.domain.document.RuleId.of("va.conference-every-second-year"))
        .clause(se.vanort.domain.document.ClauseId.of("VA2021/A1"))
        .modality(Modality.SHALL)
        .messageKey("va.conference-every-second-year")
        .fact("year", Fact.year(2025))
        .fact("agreement", Fact.ref(RecordKind.AGREEMENT, "VA2021"))
        .fact("years", Fact.years(List.of(2021, 2023, 2025)))
        .fact("every", Fact.number(2))
        .fact("anchor", Fact.year(2021));
  }

  @Test
  void named_facts_are_written_in_the_readers_language_with_lists_joined_and_records_by_name() {
    Finding finding = conferenceMissing()
        .fact("recorded", new Fact.Refs(com.google.common.collect.ImmutableList.of(
            new RecordRef(RecordKind.EVENT, "conf-2021", java.util.Optional.of("Vänortskonferens 2021"),
                java.util.Optional.empty()),
            RecordRef.of(RecordKind.EVENT, "conf-2023"))))
        .build();

    assertThat(SV.facts(finding)).isEqualTo("Konferensår enligt VA2021 under perioden: 2021, 2023 och 2025"
        + " (vart 2:e år räknat från 2021); registrerade vänortskonferenser: Vänortskonferens 2021 och conf-2023.");
    assertThat(EN.facts(finding)).isEqualTo("Conference years of VA2021 in the period: 2021, 2023 and 2025"
        + " (every 2 years from 2021); conferences recorded: Vänortskonferens 2021 and conf-2023.");
  }

  @Test
  void dates_are_written_out_as_swedish_writes_them_in_running_text() {
    assertThat(SV.format(Fact.date(java.time.LocalDate.of(2024, 8, 12)))).isEqualTo("12 augusti 2024");
    assertThat(EN.format(Fact.date(java.time.LocalDate.of(2024, 8, 12)))).isEqualTo("12 August 2024");
    assertThat(SV.format(Fact.dates(List.of()))).isEqualTo("inga");
    assertThat(SV.format(Fact.notRecorded())).isEqualTo("uppgift saknas");
  }

  @Test
  void a_count_agrees_with_its_noun() {
    var facts = java.util.Map.of("held", Fact.number(1), "nth", Fact.number(2), "year", Fact.year(2023));
    var many = java.util.Map.of("held", Fact.number(3), "nth", Fact.number(2), "year", Fact.year(2023));
    assertThat(SV.render("vis.network-meets-twice-yearly.facts", facts)).startsWith("För 2023 finns 1 möte med");
    assertThat(SV.render("vis.network-meets-twice-yearly.facts", many)).startsWith("För 2023 finns 3 möten med");
    assertThat(EN.render("vis.network-meets-twice-yearly.facts", facts)).startsWith("1 meeting of");
  }

  @Test
  void a_long_list_is_cut_and_what_is_left_out_counted() {
    List<String> ids = java.util.stream.IntStream.rangeClosed(1, 15).mapToObj(i -> "e" + i).toList();
    assertThat(SV.format(Fact.refs(RecordKind.EVENT, ids))).endsWith("e11, e12 och 3 till");
    assertThat(EN.format(Fact.refs(RecordKind.EVENT, ids))).endsWith("e11, e12 and 3 more");
  }

  @Test
  void an_unnamed_person_is_named_by_the_role_of_a_position_never_by_the_id() {
    RecordRef secretary = new RecordRef(RecordKind.PERSON, "p-olfus-secretary", java.util.Optional.empty(),
        java.util.Optional.of("twin-town-secretary"));
    assertThat(SV.name(secretary)).isEqualTo("en vänortssekreterare utan registrerat namn");
    assertThat(EN.name(secretary)).isEqualTo("a twin-town secretary with no recorded name");
    RecordRef councillor = secretary.withRole(java.util.Optional.of("full-time-elected"));
    assertThat(SV.name(councillor)).isEqualTo("ett kommunalråd utan registrerat namn");
    assertThat(EN.name(councillor)).isEqualTo("a full-time elected official with no recorded name");
  }

  @Test
  void every_role_names_an_unnamed_person_in_both_languages() {
    for (Messages messages : List.of(EN, SV)) {
      for (se.vanort.domain.organisation.Role role : se.vanort.domain.organisation.Role.values()) {
        String code = Fact.code(role).values().get(0);
        RecordRef person = new RecordRef(RecordKind.PERSON, "p-x", java.util.Optional.empty(), java.util.Optional.of(code));
        assertThat(messages.name(person)).as("%s in %s", code, messages).doesNotContain("p-x")
            .contains(messages.code("role", code));
      }
    }
  }

  @Test
  void a_decision_named_by_its_summary_is_quoted_and_one_without_a_name_keeps_its_id() {
    RecordRef decision = RecordRef.of(RecordKind.DECISION, "meeting-2023-2");
    assertThat(SV.name(decision.withName(java.util.Optional.of("Ungdomsråden bjuds in"))))
        .isEqualTo("\u201dUngdomsråden bjuds in\u201d");
    assertThat(EN.name(decision.withName(java.util.Optional.of("Youth councils invited"))))
        .isEqualTo("\u201cYouth councils invited\u201d");
    assertThat(SV.name(decision)).isEqualTo("meeting-2023-2");
  }

  @Test
  void every_code_of_the_vocabularies_facts_use_has_words_in_both_languages() {
    for (Messages messages : List.of(EN, SV)) {
      for (Class<? extends Enum<?>> vocabulary : List.of(se.vanort.domain.event.AgendaItem.class,
          se.vanort.domain.activity.FundingSource.class, se.vanort.domain.organisation.Role.class,
          se.vanort.domain.decision.Matter.class)) {
        for (Enum<?> code : vocabulary.getEnumConstants()) {
          Fact fact = Fact.code(code);
          assertThat(messages.has("code." + fact.vocabulary().orElseThrow() + "." + fact.values().get(0)))
              .as("%s %s in %s", vocabulary.getSimpleName(), code, messages.locale()).isTrue();
        }
      }
    }
  }

  @Test
  void a_text_naming_a_fact_the_finding_lacks_fails_naming_the_key_and_the_fact() {
    Finding finding = conferenceMissing().build();
    assertThatThrownBy(() -> SV.facts(finding)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("va.conference-every-second-year.facts").hasMessageContaining("{recorded}");
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
            assertThat(Messages.placeholders(text))
                .as("%s in %s leaves a placeholder unfilled: %s", finding.getMessageKey(), messages.locale(), text)
                .isEmpty();
          }
        }
      }
    });
    // Generated registers breach most rules, so the texts of many findings were rendered above.
    assertThat(keysSeen).hasSizeGreaterThan(10);
  }

  @Test
  void every_placeholder_of_every_finding_text_is_a_fact_its_key_provides_in_both_languages() {
    // The facts each key provides, as the rules give them: from generated registers and the example.
    java.util.Map<String, Set<String>> provided = new java.util.TreeMap<>();
    java.util.function.Consumer<Finding> provides = finding -> provided
        .computeIfAbsent(finding.getMessageKey(), key -> new TreeSet<>(finding.getFacts().keySet()))
        .retainAll(finding.getFacts().keySet());
    FindingFixtures.findings().forEach(provides);
    // A fixed seed, so that the keys the generated registers reach do not change from run to run.
    qt().withFixedSeed(20_261_130L).withExamples(1500).forAll(RegisterGenerators.registers())
        .checkAssert(register -> Rulebook.standard().check(register).getFindings().forEach(provides));
    Set<String> keys = new TreeSet<>();
    for (String key : EN.keys()) {
      if (key.endsWith(".message") && !key.startsWith("query.")) {
        keys.add(key.substring(0, key.length() - ".message".length()));
      }
    }
    assertThat(provided.keySet()).as("finding keys the rules were seen to report").containsAll(keys);
    for (String key : keys) {
      for (String part : PARTS) {
        for (Messages messages : List.of(EN, SV)) {
          assertThat(provided.get(key)).as("facts of %s, named in %s.%s (%s)", key, key, part, messages.locale())
              .containsAll(Messages.placeholders(messages.pattern(key + "." + part)));
        }
      }
    }
  }
}
