package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;

/** One clause of a governing document: its Swedish text quoted from the seed, and its force. */
@Value.Immutable
@VanortStyle
public interface Clause extends WithClause {
  /** {@return the clause's stable id, e.g. {@code VA2021/A1}} */
  ClauseId getId();

  /**
   * {@return where the clause stands in the source: the Swedish heading and number, e.g. {@code Åtgärder 1}}
   */
  @NotBlank(message = "must name the section of the source the clause stands in")
  String getSection();

  /** {@return the clause's Swedish text, verbatim from the seed file, typos included} */
  @NotBlank(message = "must quote the clause's Swedish text from the seed")
  String getTextSv();

  /** {@return the project's English rendering of {@link #getTextSv()}} */
  @NotBlank(message = "must render the clause in English")
  String getTextEn();

  /**
   * {@return the clause's principal modality: the strongest of its rules, or the catalogue's where it has none}
   */
  Modality getModality();

  /** {@return why no record can show the clause kept or breached, in English; empty when it can be checked} */
  Optional<@NonBlankText String>
      getNotCheckableReason();

  /** {@return why no record can show the clause kept or breached, in Swedish; empty when it can be checked} */
  Optional<@NonBlankText String>
      getNotCheckableReasonSv();

  /**
   * {@return the clause's text in the language of {@code locale}: the Swedish text for Swedish, the English
   * rendering for any other language}
   *
   * @param locale the language wanted
   */
  default String text(Locale locale) {
    return Languages.isSwedish(locale) ? getTextSv() : getTextEn();
  }

  /**
   * {@return why no record can show the clause kept or breached, in the language of {@code locale} (Swedish or
   * else English); empty when it can be checked}
   *
   * @param locale the language wanted
   */
  default Optional<String> notCheckableReason(Locale locale) {
    return Languages.isSwedish(locale) ? getNotCheckableReasonSv() : getNotCheckableReason();
  }

  /** {@return whether records can show the clause kept or breached} */
  default boolean isCheckable() {
    return getNotCheckableReason().isEmpty();
  }

  /** Checks that the reason a clause is not checkable is given in both languages or in neither. */
  @Value.Check
  default void checkReasonInBothLanguages() {
    checkArgument(getNotCheckableReason().isPresent() == getNotCheckableReasonSv().isPresent(),
        "clause %s must give the reason it is not checkable in both Swedish and English, or in neither", getId());
  }

  /** {@return a builder of a clause} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Clause}. */
  final class Builder extends ImmutableClause.Builder {}
}
