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
  /** The matter asked about. */
  Matter getMatter();

  /** Whether the matter was said not to fit the deciding unit's own budget (matters for school exchanges). */
  boolean isOverBudget();

  /** The decider as the documents describe it; {@link Decider#NONE} when no clause assigns the matter. */
  Decider getDecider();

  /** The kinds of body that may decide; empty for a joint decision of the parties or an unassigned matter. */
  ImmutableSet<BodyKind> getBodyKinds();

  /** The clause that assigns the matter; empty when none does. */
  Optional<ClauseId> getClause();

  /** The key of the explanation in the query messages. */
  String getExplanationKey();

  /** The arguments of the explanation ({0}, {1}, …). */
  ImmutableList<String> getArguments();

  /** The register's bodies of the perspective municipality that may decide, when a register was given. */
  ImmutableList<Body> getBodies();

  /** For a revision of the agreement: the parties that decide together, when a register was given. */
  ImmutableList<MunicipalityId> getParties();

  /** Whether some clause assigns the matter to a decider. */
  default boolean isAssigned() {
    return getClause().isPresent();
  }

  /** The named bodies as {@code id Name}, e.g. {@code kf Kommunfullmäktige}. */
  default ImmutableList<String> bodyLabels() {
    return getBodies().stream().map(body -> body.getId() + " " + body.getName())
        .collect(ImmutableList.toImmutableList());
  }

  /** The decider in the language of {@code messages}. */
  default String decider(Messages messages) {
    return messages.text(getDecider().messageKey());
  }

  /** The explanation in the language of {@code messages}. */
  default String explanation(Messages messages) {
    return messages.text(getExplanationKey(), getArguments());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Authority}. */
  final class Builder extends ImmutableAuthority.Builder {}
}
