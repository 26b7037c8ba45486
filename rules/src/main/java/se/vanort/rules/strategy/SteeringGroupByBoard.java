package se.vanort.rules.strategy;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.project.SteeringGroup;
import se.vanort.rules.Finding;
import se.vanort.rules.authority.AuthorityTable;

/**
 * {@code vis.steering-group-by-board}: the requirement and its interpretation are in the catalogue
 * data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class SteeringGroupByBoard extends StrategyRule {
  SteeringGroupByBoard() {
    super("vis.steering-group-by-board");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    Map<DecisionId, Decision> appointments = new TreeMap<>();
    scope.decisionsTaken(Matter.APPOINT_STEERING_GROUP).forEach(d -> appointments.put(d.getId(), d));
    scope.projects().stream()
        .flatMap(project -> project.getSteeringGroup().stream())
        .map(SteeringGroup::getAppointedBy)
        .flatMap(id -> scope.register().findDecision(id).stream())
        .filter(decision -> scope.isDue(decision.getDate()))
        .forEach(d -> appointments.put(d.getId(), d));
    return appointments.values().stream()
        .filter(decision -> decision.getBody()
            .filter(body -> scope.isOwnBody(body,
                kind -> AuthorityTable.mayDecide(kind, Matter.APPOINT_STEERING_GROUP))).isEmpty())
        .map(decision -> DecisionFindings.of(finding(), scope, decision));
  }
}
