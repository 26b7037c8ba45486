package se.vanort.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import se.vanort.domain.document.Modality;

/**
 * The texts of findings and of the rulebook's answers in Swedish or English, from resource bundles:
 * for a finding with key {@code k}, {@code k.message} says what is wrong, {@code k.facts} what led to
 * it, {@code k.remedy} what would fix it.
 */
public final class Messages {
  /** The languages vanort speaks. */
  public static final ImmutableList<Locale> LANGUAGES = ImmutableList.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

  /** The bundles searched, in order: the engine's and each rule package's. */
  static final ImmutableList<String> BUNDLES = ImmutableList.of(
      "se.vanort.rules.messages",
      "se.vanort.rules.agreement.messages",
      "se.vanort.rules.strategy.messages",
      "se.vanort.rules.query.messages");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ImmutableList<ResourceBundle> bundles;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundles = BUNDLES.stream()
        .map(name -> ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(), NO_FALLBACK))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the texts in {@code locale}'s language: Swedish for {@code sv}, English for anything else}
   *
   * @param locale the language
   */
  public static Messages of(Locale locale) {
    return new Messages("sv".equals(locale.getLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH);
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
    return text(finding.getMessageKey() + ".message", finding.getArguments());
  }

  /**
   * {@return the facts that led to the finding}
   *
   * @param finding the finding
   */
  public String facts(Finding finding) {
    return text(finding.getMessageKey() + ".facts", finding.getArguments());
  }

  /**
   * {@return what would fix it}
   *
   * @param finding the finding
   */
  public String remedy(Finding finding) {
    return text(finding.getMessageKey() + ".remedy", finding.getArguments());
  }

  /**
   * {@return the text of {@code key} with {@code arguments} in place of {0}, {1}, …}
   *
   * @param key the key
   * @param arguments the values the text refers to
   * @throws IllegalArgumentException if no bundle has {@code key} (a missing translation is a bug)
   */
  public String text(String key, List<String> arguments) {
    String pattern = find(key).orElseThrow(() -> new IllegalArgumentException(
        "no text '" + key + "' in the " + locale.getDisplayLanguage(Locale.ENGLISH) + " messages"));
    return new MessageFormat(pattern, locale).format(arguments.toArray());
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
    return text("modality." + slug(modality));
  }

  /**
   * {@return how the rulebook treats a clause of {@code status}: checked, a permission, …}
   *
   * @param status the status
   */
  public String label(ClauseStatus status) {
    return text("clause-status." + slug(status));
  }

  private static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return whether some bundle has {@code key}}
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
    return Optional.empty();
  }

  /** {@return every key of every bundle in this language, for the completeness tests} */
  public ImmutableList<String> keys() {
    return bundles.stream().flatMap(b -> b.keySet().stream()).sorted().distinct()
        .collect(ImmutableList.toImmutableList());
  }
}
