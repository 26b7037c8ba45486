package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;

/**
 * A rule of VIS2016: it binds only the perspective municipality, and only when the register holds
 * that municipality's strategy; every finding names the municipality.
 */
abstract class StrategyRule extends BaseRule {
  StrategyRule(String id) {
    super(id);
  }

  @Override
  public final Stream<Finding> check(Evaluation evaluation) {
    return StrategyScope.of(evaluation).stream()
        .flatMap(scope -> judge(scope).map(finding -> finding.withMunicipality(scope.municipality())));
  }

  /** The findings on what {@code scope} judges. */
  abstract Stream<Finding> judge(StrategyScope scope);
}
