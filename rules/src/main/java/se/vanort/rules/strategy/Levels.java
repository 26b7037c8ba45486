package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.function.Predicate;
import se.vanort.domain.DateRange;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;

/**
 * The levels of the municipality a person acts at (VIS2016/O2–O4, N1): elected representative or
 * official, and the posts the strategy names, read from the positions held in the perspective
 * municipality's bodies.
 */
final class Levels {
  private Levels() {}

  /** Whether {@code person} holds an elected role in the council or the executive board on {@code date}. */
  static boolean isElectedToCouncilOrBoard(StrategyScope scope, Person person, LocalDate date) {
    return holdsOn(scope, person, date, Role::isElectedRole,
        kind -> kind == BodyKind.COUNCIL || kind == BodyKind.EXECUTIVE_BOARD);
  }

  /** Whether {@code person} holds an elected role in the council on {@code date}. */
  static boolean isElectedToCouncil(StrategyScope scope, Person person, LocalDate date) {
    return holdsOn(scope, person, date, Role::isElectedRole, kind -> kind == BodyKind.COUNCIL);
  }

  /** Whether {@code person} holds an official's role in a body of the municipality on {@code date}. */
  static boolean isOfficial(StrategyScope scope, Person person, LocalDate date) {
    return holdsOn(scope, person, date, Role::isOfficialRole, kind -> true);
  }

  /** Whether {@code person} chairs the council or the executive board on {@code date}. */
  static boolean isChairOfCouncilOrBoard(StrategyScope scope, Person person, LocalDate date) {
    return holdsOn(scope, person, date, role -> role == Role.CHAIR,
        kind -> kind == BodyKind.COUNCIL || kind == BodyKind.EXECUTIVE_BOARD);
  }

  /** Whether {@code person} holds an elected role in a political body at some time in {@code range}. */
  static boolean isElectedDuring(StrategyScope scope, Person person, DateRange range) {
    return holdsDuring(scope, person, range, Role::isElectedRole, BodyKind::isPolitical);
  }

  /** Whether {@code person} holds an official's role at some time in {@code range}. */
  static boolean isOfficialDuring(StrategyScope scope, Person person, DateRange range) {
    return holdsDuring(scope, person, range, Role::isOfficialRole, kind -> true);
  }

  /**
   * Whether {@code person} is the international coordinator of the executive board's administration
   * on {@code date}: holds that role in an administration that sits under an executive board.
   */
  static boolean isBoardCoordinator(StrategyScope scope, Person person, LocalDate date) {
    return person.getPositions().stream()
        .filter(position -> position.getRole() == Role.INTERNATIONAL_COORDINATOR && position.isHeldOn(date))
        .anyMatch(position -> scope.ownBody(position.getBody())
            .filter(body -> body.getKind() == BodyKind.ADMINISTRATION)
            .flatMap(body -> body.getParent())
            .filter(parent -> scope.isOwnBody(parent, kind -> kind == BodyKind.EXECUTIVE_BOARD))
            .isPresent());
  }

  /** Whether {@code person} holds {@code role} in any body of the municipality on {@code date}. */
  static boolean holds(StrategyScope scope, Person person, Role role, LocalDate date) {
    return holdsOn(scope, person, date, r -> r == role, kind -> true);
  }

  /** Whether {@code person} holds {@code role} in any body of the municipality at some time in {@code range}. */
  static boolean holdsDuring(StrategyScope scope, Person person, Role role, DateRange range) {
    return holdsDuring(scope, person, range, r -> r == role, kind -> true);
  }

  private static boolean holdsOn(StrategyScope scope, Person person, LocalDate date,
      Predicate<Role> role, Predicate<BodyKind> kind) {
    for (Position p : person.getPositions()) {
      if (p.isHeldOn(date) && role.test(p.getRole()) && scope.isOwnBody(p.getBody(), kind)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsDuring(StrategyScope scope, Person person, DateRange range,
      Predicate<Role> role, Predicate<BodyKind> kind) {
    // Loops, not streams: asked for every member of every delegation.
    for (Position p : person.getPositions()) {
      if (p.overlaps(range) && role.test(p.getRole()) && scope.isOwnBody(p.getBody(), kind)) {
        return true;
      }
    }
    return false;
  }
}
