package se.vanort.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.vanort.domain.Kebab;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.FindingText;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;

/**
 * The texts of findings and of the rulebook's answers in Swedish or English. For a finding with key
 * {@code k}, {@code k.message} says what is wrong, {@code k.facts} what led to it, {@code k.remedy} what
 * would fix it: those texts are facts of the documents, read from the catalogue data of the finding's
 * rule ({@link RuleDefinition#getFindingTexts()}). The engine's own texts (labels, how facts and codes
 * are written, the answers of queries) come from resource bundles.
 *
 * <p>The texts of findings name their facts: {@code {year}} is the finding's fact {@code year},
 * written in this language (a day as "12 augusti 2024", records by their recorded names, lists as
 * "A, B och C", codes in words); {@code {meetings,count,möte,möten}} writes the number with the noun
 * that agrees with it ("1 möte", "3 möten"). An apostrophe is written as it is. The other texts
 * (labels, the answers of queries) take positional arguments, {@link MessageFormat}'s {@code {0}}.
 */
public final class Messages {
  /** The languages vanort speaks. */
  public static final ImmutableList<Locale> LANGUAGES = ImmutableList.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

  /** The bundles searched, in order, before the catalogue's texts of findings: the engine's and the queries'. */
  static final ImmutableList<String> BUNDLES = ImmutableList.of(
      "se.vanort.rules.messages",
      "se.vanort.rules.query.messages");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The most records or codes a text lists; the rest are counted ("… och 38 till"). */
  public static final int MOST_LISTED = 12;

  /** A named placeholder: {@code {name}} or {@code {name,count,singular,plural}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)(?:,count,([^,{}]+),([^,{}]+))?}");

  // Built once per language: the texts of every rule's findings are gathered from the catalogue here.
  private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
  private static final Messages SWEDISH = new Messages(Locale.forLanguageTag("sv"));

  private final Locale locale;
  private final ImmutableList<ResourceBundle> bundles;
  private final ImmutableMap<String, String> findingTexts;
  private final DateTimeFormatter dates;

  private Messages(Locale locale) {
    this.locale = locale;
    this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    this.bundles = BUNDLES.stream()
        .map(name -> ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(), NO_FALLBACK))
        .collect(ImmutableList.toImmutableList());
    ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
    for (RuleDefinition rule : Documents.allRules()) {
      for (FindingText finding : rule.getFindingTexts()) {
        for (FindingText.Part part : FindingText.Part.values()) {
          texts.put(finding.getKey() + "." + Kebab.of(part), finding.text(part, locale));
        }
      }
    }
    this.findingTexts = texts.buildOrThrow();
  }

  /**
   * {@return the texts in {@code locale}'s language: Swedish for {@code sv}, English for anything else}
   *
   * @param locale the language
   */
  public static Messages of(Locale locale) {
    return "sv".equals(locale.getLanguage()) ? SWEDISH : ENGLISH;
  }

  /** {@return the language of these texts} */
  public Locale locale() {
    return locale;
  }

  /**
   * {@return what is wrong}
   *
   * @param finding the finding
   */
  public String message(Finding finding) {
    return render(finding.getMessageKey() + ".message", finding.getFacts());
  }

  /**
   * {@return the facts that led to the finding}
   *
   * @param finding the finding
   */
  public String facts(Finding finding) {
    return render(finding.getMessageKey() + ".facts", finding.getFacts());
  }

  /**
   * {@return what would fix it}
   *
   * @param finding the finding
   */
  public String remedy(Finding finding) {
    return render(finding.getMessageKey() + ".remedy", finding.getFacts());
  }

  /**
   * {@return the text of {@code key} with each named placeholder replaced by the fact of that name}
   *
   * @param key the key
   * @param facts the facts, by name
   * @throws IllegalArgumentException if there is no text {@code key}, or the text names a fact not given
   */
  public String render(String key, Map<String, Fact> facts) {
    String pattern = pattern(key);
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    StringBuilder text = new StringBuilder();
    while (placeholder.find()) {
      Fact fact = facts.get(placeholder.group(1));
      if (fact == null) {
        throw new IllegalArgumentException("the text '" + key + "' names the fact {" + placeholder.group(1)
            + "}, which the finding does not have (it has " + facts.keySet() + ")");
      }
      String value = placeholder.group(2) == null ? format(fact) : counted(fact, placeholder.group(2),
          placeholder.group(3));
      placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(text);
    return text.toString();
  }

  /**
   * {@return the names of the facts the text {@code pattern} refers to}
   *
   * @param pattern a text of a finding, as the catalogue holds it
   */
  public static ImmutableSet<String> placeholders(String pattern) {
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    while (placeholder.find()) {
      names.add(placeholder.group(1));
    }
    return names.build();
  }

  /**
   * {@return the text {@code key} as the catalogue or a bundle holds it, placeholders and all}
   *
   * @param key the key
   * @throws IllegalArgumentException if there is no text {@code key}
   */
  public String pattern(String key) {
    return find(key).orElseThrow(() -> new IllegalArgumentException(
        "no text '" + key + "' in the " + locale.getDisplayLanguage(Locale.ENGLISH) + " messages"));
  }

  /**
   * {@return {@code fact} written in this language: a day as "12 augusti 2024", a record by its name,
   * a list as "A, B och C", a code in words}
   *
   * @param fact the fact
   */
  public String format(Fact fact) {
    return switch (fact.type()) {
      case DATE -> dates.format(((Fact.Date) fact).value());
      case YEAR, NUMBER, TEXT -> fact.values().get(0);
      case YEARS, TEXTS -> list(fact.values());
      case DATES -> list(((Fact.Dates) fact).days().stream().map(dates::format).toList());
      case REF -> name(fact.refs().get(0));
      case REFS -> list(fact.refs().stream().map(this::name).toList());
      case CODE -> code(fact.vocabulary().orElseThrow(), fact.values().get(0));
      case CODES -> list(fact.values().stream().map(code -> code(fact.vocabulary().orElseThrow(), code)).toList());
      case NOT_RECORDED -> pattern("fact.not-recorded");
    };
  }

  /**
   * {@return how the texts name {@code ref}: see {@link RecordNames#prose(RecordRef, Messages)}}
   *
   * @param ref the record
   */
  public String name(RecordRef ref) {
    return RecordNames.prose(ref, this);
  }

  /**
   * {@return {@code values} joined as this language joins a list ("A, B och C"), at most
   * {@value #MOST_LISTED} of them and the number left out; the word for none when empty}
   *
   * @param values the values, written
   */
  public String list(List<String> values) {
    if (values.isEmpty()) {
      return pattern("fact.none");
    }
    if (values.size() > MOST_LISTED) {
      return String.join(", ", values.subList(0, MOST_LISTED)) + " " + render("fact.more",
          ImmutableMap.of("count", Fact.number(values.size() - MOST_LISTED)));
    }
    if (values.size() == 1) {
      return values.get(0);
    }
    return String.join(", ", values.subList(0, values.size() - 1)) + " " + pattern("fact.and") + " "
        + values.get(values.size() - 1);
  }

  /**
   * {@return the code {@code code} of {@code vocabulary} in words ({@code code.agenda-item.norden-meeting}),
   * or the code itself where the bundles have no words for it}
   *
   * @param vocabulary the vocabulary: {@code agenda-item}, {@code role}, …
   * @param code the code
   */
  public String code(String vocabulary, String code) {
    return find("code." + vocabulary + "." + code).orElse(code);
  }

  private String counted(Fact fact, String one, String other) {
    String number = format(fact);
    return number + " " + ("1".equals(number) ? one : other);
  }

  /**
   * {@return the text of {@code key} with {@code arguments} in place of {0}, {1}, …}
   *
   * @param key the key
   * @param arguments the values the text refers to
   * @throws IllegalArgumentException if no bundle has {@code key} (a missing translation is a bug)
   */
  public String text(String key, List<String> arguments) {
    return new MessageFormat(pattern(key), locale).format(arguments.toArray());
  }

  /**
   * {@return the text of {@code key} with {@code arguments}; see {@link #text(String, List)}}
   *
   * @param key the key
   * @param arguments the values the text refers to
   */
  public String text(String key, Object... arguments) {
    return text(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }

  /**
   * {@return what a finding of {@code modality} means: a breach, a deviation from a recommendation, …}
   *
   * @param modality the modality
   */
  public String label(Modality modality) {
    return text("modality." + Kebab.of(modality));
  }

  /**
   * {@return how the rulebook treats a clause of {@code status}: checked, a permission, …}
   *
   * @param status the status
   */
  public String label(ClauseStatus status) {
    return text("clause-status." + Kebab.of(status));
  }

  /**
   * {@return whether there is a text {@code key}, in a bundle or among the catalogue's texts of findings}
   *
   * @param key the key
   */
  public boolean has(String key) {
    return find(key).isPresent();
  }

  private Optional<String> find(String key) {
    checkArgument(key != null && !key.isBlank(), "a message key is needed");
    for (ResourceBundle bundle : bundles) {
      try {
        return Optional.of(bundle.getString(key));
      } catch (MissingResourceException notHere) {
        // the next bundle may have it
      }
    }
    return Optional.ofNullable(findingTexts.get(key));
  }

  /**
   * {@return every key of every bundle and of every text of a finding in this language, for the completeness
   * tests}
   */
  public ImmutableList<String> keys() {
    return Stream.concat(bundles.stream().flatMap(b -> b.keySet().stream()), findingTexts.keySet().stream())
        .sorted().distinct().collect(ImmutableList.toImmutableList());
  }
}
