package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.decision.Matter;
import se.vanort.rules.Finding;
import se.vanort.rules.authority.AuthorityTable;

/**
 * {@code vis.partnership-decided-by-board}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic.
 */
final class PartnershipDecidedByBoard extends StrategyRule {
  PartnershipDecidedByBoard() {
    super("vis.partnership-decided-by-board");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.decisionsTaken(Matter.PARTNERSHIP_APPLICATION)
        .filter(decision -> !scope.isOwnBody(decision.getBody().orElseThrow(),
            kind -> AuthorityTable.mayDecide(kind, Matter.PARTNERSHIP_APPLICATION)))
        .map(decision -> DecisionFindings.of(finding(), scope, decision));
  }
}
