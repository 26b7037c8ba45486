package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Finding;

/**
 * {@code vis.executive-board-coordinates} (VIS2016/O1, SHALL): "Kommunstyrelsen ansvarar för ledning
 * och samordning av det internationella arbetet i kommunen. För att samordna och genomföra arbetet
 * behövs det tjänstemän."
 *
 * <p>Interpretation: what the records can show is the arrangement, not the daily leadership. On the
 * day judged (the as-of date or the end of the period, whichever is first) the municipality has an
 * executive board (key {@code vis.executive-board-coordinates.board} when it has none), and someone
 * of the municipality is international coordinator in an administration that sits under the
 * executive board, the official the clause says the coordination needs.
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
          .addSubject(scope.municipality().value())
          .date(day)
          .args(day, scope.municipalityName(scope.municipality()))
          .build());
    }
    boolean coordinated = scope.evaluation().holdersOf(Role.INTERNATIONAL_COORDINATOR).stream()
        .anyMatch(person -> Levels.isBoardCoordinator(scope, person, day));
    if (coordinated) {
      return Stream.empty();
    }
    return Stream.of(finding()
        .addAllSubjects(boards.stream().map(b -> b.getId().value()).sorted().toList())
        .date(day)
        .args(day, String.join(", ", boards.stream().map(Body::getName).sorted().toList()))
        .build());
  }
}
