package se.vanort.domain.organisation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;

/**
 * One line of the classification of positions into political and administrative leadership: a
 * role, the kinds of body it counts in (none listed: any body), and the leadership it gives.
 *
 * <p>The catalogue's classification is {@link #DEFAULTS}; a register can extend it with lines of
 * its own (e.g. a committee chair counted as political leadership), so the classification is data.
 */
@Value.Immutable
@VanortStyle
public interface LeadershipRule extends WithLeadershipRule {
  /** {@return the role classified} */
  Role getRole();

  /** {@return the kinds of body where the role counts; empty means any body} */
  ImmutableSet<BodyKind> getBodyKinds();

  /** {@return the leadership the role gives there} */
  Leadership getLeadership();

  /**
   * {@return whether a position with {@code role} in a body of {@code kind} is classified by this line}
   *
   * @param role the role
   * @param kind the kind
   */
  default boolean matches(Role role, BodyKind kind) {
    return getRole() == role && (getBodyKinds().isEmpty() || getBodyKinds().contains(kind));
  }

  /**
   * {@return a line for {@code role} in bodies of {@code kinds} (none: any body)}
   *
   * @param role the role
   * @param leadership the leadership
   * @param kinds the kinds
   */
  static LeadershipRule of(Role role, Leadership leadership, BodyKind... kinds) {
    return builder().role(role).leadership(leadership).addBodyKinds(kinds).build();
  }

  /**
   * The catalogue's classification: chairs and vice chairs of the council and of the executive
   * board and full-time elected officials are political leadership; the chief executive and heads
   * of administrations are administrative leadership.
   */
  ImmutableList<LeadershipRule> DEFAULTS = ImmutableList.of(
      of(Role.CHAIR, Leadership.POLITICAL, BodyKind.COUNCIL, BodyKind.EXECUTIVE_BOARD),
      of(Role.VICE_CHAIR, Leadership.POLITICAL, BodyKind.COUNCIL, BodyKind.EXECUTIVE_BOARD),
      of(Role.FULL_TIME_ELECTED, Leadership.POLITICAL),
      of(Role.CHIEF_EXECUTIVE, Leadership.ADMINISTRATIVE),
      of(Role.HEAD_OF_ADMINISTRATION, Leadership.ADMINISTRATIVE));

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LeadershipRule}. */
  final class Builder extends ImmutableLeadershipRule.Builder {}
}
