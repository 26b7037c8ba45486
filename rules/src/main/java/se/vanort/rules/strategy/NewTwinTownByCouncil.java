package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.new-twin-town-by-council} (VIS2016/W5, SHALL): "Etablering av nya vänorter beslutas av
 * kommunfullmäktige."
 *
 * <p>Interpretation: every decision of matter ESTABLISH_TWIN_TOWN taken by a body of the
 * municipality in the period (on or before the as-of date) is taken by a council. Decisions taken
 * jointly at a twin-town meeting are the chain's, not the municipality's, and are not judged here.
 */
final class NewTwinTownByCouncil extends StrategyRule {
  NewTwinTownByCouncil() {
    super("vis.new-twin-town-by-council");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.decisionsTaken(Matter.ESTABLISH_TWIN_TOWN)
        .filter(decision -> !scope.isOwnBody(decision.getBody().orElseThrow(), kind -> kind == BodyKind.COUNCIL))
        .map(decision -> DecisionFindings.of(finding(), scope, decision));
  }
}
