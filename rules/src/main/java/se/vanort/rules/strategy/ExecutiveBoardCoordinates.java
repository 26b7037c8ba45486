package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.executive-board-coordinates}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic.
 */
final class ExecutiveBoardCoordinates extends StrategyRule {
  ExecutiveBoardCoordinates() {
    super("vis.executive-board-coordinates");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.judgedDay().stream().flatMap(day -> judgeOn(scope, day));
  }

  private Stream<Finding> judgeOn(StrategyScope scope, LocalDate day) {
    ImmutableList<Body> boards = scope.ownBodies(BodyKind.EXECUTIVE_BOARD);
    if (boards.isEmpty()) {
      return Stream.of(finding("vis.executive-board-coordinates.board")
          .subject(RecordKind.MUNICIPALITY, scope.municipality())
          .date(day)
          .fact("date", Fact.date(day))
          .fact("municipality", Fact.ref(RecordKind.MUNICIPALITY, scope.municipality()))
          .build());
    }
    boolean coordinated = scope.evaluation().holdersOf(Role.INTERNATIONAL_COORDINATOR).stream()
        .anyMatch(person -> Levels.isBoardCoordinator(scope, person, day));
    if (coordinated) {
      return Stream.empty();
    }
    return Stream.of(finding()
        .subjects(RecordKind.BODY, boards.stream().map(b -> b.getId().value()).sorted().toList())
        .date(day)
        .fact("date", Fact.date(day))
        .fact("boards", Fact.refs(RecordKind.BODY, boards.stream().map(b -> b.getId().value()).sorted().toList()))
        .build());
  }
}
