package se.vanort.rules.authority;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.organisation.BodyKind;

/**
 * One line of the {@link AuthorityTable}: who decides {@code matter}, the kinds of body that may take
 * the decision, the clause that says so and the key of its explanation in the query messages.
 *
 * @param matter the matter
 * @param overBudget whether it does not fit the deciding unit's own budget (matters for school exchanges)
 * @param decider the decider as the documents describe it; {@link Decider#NONE} when no clause assigns it
 * @param bodyKinds the kinds of body of the municipality that may decide; empty for a joint decision of
 *     the parties, a twin-town meeting's decision or an unassigned matter
 * @param clause the clause that assigns the matter; empty when none does
 * @param explanationKey the key of the explanation, e.g. {@code query.authority.establish-twin-town}
 */
public record Assignment(Matter matter, boolean overBudget, Decider decider, ImmutableSet<BodyKind> bodyKinds,
    Optional<ClauseId> clause, String explanationKey) {

  /**
   * {@return whether a body of {@code kind} may take the decision}
   *
   * @param kind the kind of body
   */
  public boolean allows(BodyKind kind) {
    return bodyKinds.contains(kind);
  }

  /** {@return whether some clause assigns the matter} */
  public boolean isAssigned() {
    return clause.isPresent();
  }
}
