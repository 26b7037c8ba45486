package se.vanort.rules.strategy;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.project.SteeringGroup;
import se.vanort.rules.Finding;

/**
 * {@code vis.steering-group-by-board} (VIS2016/P2, SHALL): "Det är också styrelse/nämnd som utser
 * styrgrupper."
 *
 * <p>Interpretation: a steering group is appointed by a decision of the municipality's executive
 * board or of one of its committees. Judged are the decisions of matter APPOINT_STEERING_GROUP
 * taken by the municipality's bodies in the period, and the decisions that appointed the steering
 * groups of the municipality's projects (whoever took them, a twin-town meeting included), each
 * once, when taken under the strategy and on or before the as-of date.
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
            .filter(body -> scope.isOwnBody(body, BodyKind::isBoardOrCommittee)).isEmpty())
        .map(decision -> DecisionFindings.of(finding(), scope, decision));
  }
}
