package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;

/**
 * The texts of one kind of finding of a rule, in Swedish and English: what is wrong, the facts that led
 * to it and what would fix it. They name the finding's facts as {@code {year}} or {@code
 * {held,count,möte,möten}}; the rules engine fills them in, in the reader's language.
 */
@Value.Immutable
@VanortStyle
public abstract class FindingText implements WithFindingText {
  private static final Pattern KEY = Pattern.compile("[a-z]+\\.[a-z0-9-]+(\\.[a-z][a-z0-9-]*)?");

  /**
   * {@return the message key of the finding: the rule's id, e.g. {@code va.youth-camp-with-conference}, or the
   * rule's id and a variant, e.g. {@code va.youth-camp-with-conference.unlinked}}
   */
  @NotBlank(message = "must give the finding's message key")
  public abstract String getKey();

  /** {@return what is wrong, in English} */
  @NotBlank(message = "must say what is wrong")
  public abstract String getMessage();

  /** {@return what is wrong, in Swedish} */
  @NotBlank(message = "must say in Swedish what is wrong")
  public abstract String getMessageSv();

  /** {@return the facts that led to the finding, in English} */
  @NotBlank(message = "must give the facts that led to the finding")
  public abstract String getFacts();

  /** {@return the facts that led to the finding, in Swedish} */
  @NotBlank(message = "must give in Swedish the facts that led to the finding")
  public abstract String getFactsSv();

  /** {@return what would fix it, in English} */
  @NotBlank(message = "must say what would fix it")
  public abstract String getRemedy();

  /** {@return what would fix it, in Swedish} */
  @NotBlank(message = "must say in Swedish what would fix it")
  public abstract String getRemedySv();

  /** The three texts of a finding, each the last part of its key in the messages: {@code KEY.message}, … */
  public enum Part {
    /** What is wrong. */
    MESSAGE,
    /** The facts that led to the finding. */
    FACTS,
    /** What would fix it. */
    REMEDY
  }

  /**
   * {@return the text {@code part} in the language of {@code locale}: Swedish for Swedish, else English}
   *
   * @param part which text
   * @param locale the language wanted
   */
  public String text(Part part, Locale locale) {
    boolean swedish = Languages.isSwedish(locale);
    return switch (part) {
      case MESSAGE -> swedish ? getMessageSv() : getMessage();
      case FACTS -> swedish ? getFactsSv() : getFacts();
      case REMEDY -> swedish ? getRemedySv() : getRemedy();
    };
  }

  /**
   * {@return whether this is a text of the rule {@code rule}: its key is the rule's id or starts with it and a dot}
   *
   * @param rule the rule's id
   */
  public boolean isOf(RuleId rule) {
    return getKey().equals(rule.value()) || getKey().startsWith(rule.value() + ".");
  }

  @Value.Check
  void check() {
    checkArgument(KEY.matcher(getKey()).matches(),
        "finding key '%s' must be a rule id, or a rule id, a dot and a variant in lower case", getKey());
  }

  /** {@return a builder of the texts of a finding} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FindingText}. */
  public static final class Builder extends ImmutableFindingText.Builder {}
}
