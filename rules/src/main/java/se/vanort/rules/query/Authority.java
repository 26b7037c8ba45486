package se.vanort.rules.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.Messages;
import se.vanort.rules.authority.Decider;

/**
 * The answer to "who decides this matter?": the kinds of body that may decide it, the decider as the
 * documents describe it, the clause that says so and an explanation; where a register was given,
 * its actual bodies (or, for the agreement, its parties).
 */
@Value.Immutable
@VanortStyle
public interface Authority extends WithAuthority {
  /** {@return the matter asked about} */
  Matter getMatter();

  /**
   * {@return whether the matter was said not to fit the deciding unit's own budget (matters for school exchanges)}
   */
  boolean isOverBudget();

  /**
   * {@return the decider as the documents describe it; {@link Decider#NONE} when no clause assigns the matter}
   */
  Decider getDecider();

  /**
   * {@return the kinds of body that may decide; empty for a joint decision of the parties or an unassigned matter}
   */
  ImmutableSet<BodyKind> getBodyKinds();

  /** {@return the clause that assigns the matter; empty when none does} */
  Optional<ClauseId> getClause();

  /** {@return the key of the explanation in the query messages} */
  String getExplanationKey();

  /** {@return the arguments of the explanation ({0}, {1}, …)} */
  ImmutableList<String> getArguments();

  /**
   * {@return the register's bodies of the perspective municipality that may decide, when a register was given}
   */
  ImmutableList<Body> getBodies();

  /**
   * {@return for a revision of the agreement: the parties that decide together, when a register was given}
   */
  ImmutableList<MunicipalityId> getParties();

  /** {@return whether some clause assigns the matter to a decider} */
  default boolean isAssigned() {
    return getClause().isPresent();
  }

  /** {@return the named bodies as {@code id Name}, e.g. {@code kf Kommunfullmäktige}} */
  default ImmutableList<String> bodyLabels() {
    return getBodies().stream().map(body -> body.getId() + " " + body.getName())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the decider in the language of {@code messages}}
   *
   * @param messages the texts, in the reader's language
   */
  default String decider(Messages messages) {
    return messages.text(getDecider().messageKey());
  }

  /**
   * {@return the explanation in the language of {@code messages}}
   *
   * @param messages the texts, in the reader's language
   */
  default String explanation(Messages messages) {
    // Without a clause, the argument is the matter's code: written in words, never as the code.
    return messages.text(getExplanationKey(), getClause().isPresent() ? getArguments()
        : getArguments().stream().map(code -> messages.code("matter", code)).toList());
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Authority}. */
  final class Builder extends ImmutableAuthority.Builder {}
}
