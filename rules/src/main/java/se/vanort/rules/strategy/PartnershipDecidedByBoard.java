package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.partnership-decided-by-board} (VIS2016/P2, SHALL): "Olika ansökningar angående
 * kommunala partnerskap beslutas på styrelse/nämndnivå."
 *
 * <p>Interpretation: every decision of matter PARTNERSHIP_APPLICATION taken by a body of the
 * municipality in the period, on or before the as-of date, is taken by the executive board or a
 * committee; one taken by the council, an administration or a school is a finding.
 */
final class PartnershipDecidedByBoard extends StrategyRule {
  PartnershipDecidedByBoard() {
    super("vis.partnership-decided-by-board");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.decisionsTaken(Matter.PARTNERSHIP_APPLICATION)
        .filter(decision -> !scope.isOwnBody(decision.getBody().orElseThrow(), BodyKind::isBoardOrCommittee))
        .map(decision -> DecisionFindings.of(finding(), scope, decision));
  }
}
