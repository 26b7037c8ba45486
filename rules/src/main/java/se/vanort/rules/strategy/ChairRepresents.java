package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.chair-represents} (VIS2016/O3, SHOULD): "Kommunfullmäktiges ordförande eller
 * kommunstyrelsens ordförande är den som bör representera kommunen i internationella sammanhang.
 * Detta gäller framförallt vänortsbesök."
 *
 * <p>Interpretation: the clause singles out twin-town visits, so they are what is judged; other
 * settings are left to the delegation rules, since judging every study visit and conference would
 * turn the advice into noise. Every twin-town visit in the period, dated under the strategy and on
 * or before the as-of date, that the municipality took part in (it sent a delegation, or hosted the
 * visit) has the chair of its council or of its executive board on that day among its delegation's
 * members or the event's participants.
 */
final class ChairRepresents extends StrategyRule {
  ChairRepresents() {
    super("vis.chair-represents");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.evaluation().events(EventKind.TWIN_TOWN_VISIT).stream()
        .filter(event -> scope.evaluation().inPeriod(event.getDate()) && scope.isDue(event.getDate()))
        .filter(event -> event.delegationOf(scope.municipality()).isPresent()
            || event.getHost().filter(scope.municipality()::equals).isPresent())
        .filter(event -> Stream.concat(
                event.delegationOf(scope.municipality()).stream().flatMap(d -> d.memberIds().stream()),
                event.getParticipants().stream())
            .flatMap(id -> scope.person(id).stream())
            .noneMatch(person -> Levels.isChairOfCouncilOrBoard(scope, person, event.getDate())))
        .map(event -> finding()
            .addSubject(event.getId().value())
            .date(event.getDate())
            .args(event.getId(), event.getDate(), event.getTitle().orElse(event.getId().value()))
            .build());
  }
}
