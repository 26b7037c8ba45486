package se.vanort.domain.strategy;

import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.municipality.MunicipalityId;

/**
 * A municipality's strategy for international contacts (VIS2016) and the council decision that
 * adopted it. Its revisions are the register's decisions of matter
 * {@link se.vanort.domain.decision.Matter#REVISE_STRATEGY} whose subject is the strategy, so that
 * a revision is recorded once.
 */
@Value.Immutable
@VanortStyle
public interface Strategy extends WithStrategy {
  /** {@return the document, e.g. {@code VIS2016}} */
  DocumentId getId();

  /** {@return the municipality whose strategy it is} */
  MunicipalityId getMunicipality();

  /** {@return the decision that adopted it (Vimmerby: kommunfullmäktige 2016-06-27 § 172)} */
  DecisionId getAdoptedBy();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Strategy}. */
  final class Builder extends ImmutableStrategy.Builder {}
}
