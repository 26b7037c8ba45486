package se.vanort.domain.document;

import jakarta.validation.constraints.NotBlank;
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

  /** {@return why no record can show the clause kept or breached; empty when it can be checked} */
  Optional<@NonBlankText String>
      getNotCheckableReason();

  /** {@return whether records can show the clause kept or breached} */
  default boolean isCheckable() {
    return getNotCheckableReason().isEmpty();
  }

  /** {@return a builder of a clause} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Clause}. */
  final class Builder extends ImmutableClause.Builder {}
}
