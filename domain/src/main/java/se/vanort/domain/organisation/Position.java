package se.vanort.domain.organisation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.DateRange;
import se.vanort.domain.VanortStyle;

/** A role a person holds in a body over a time: chair of the executive board from 2023-01-01. */
@Value.Immutable
@VanortStyle
public interface Position extends WithPosition {
  /** {@return the body the role is held in} */
  BodyId getBody();

  /** {@return the role} */
  Role getRole();

  /** {@return the first day; absent when not recorded (then held since before any date of interest)} */
  Optional<LocalDate> getFrom();

  /** {@return the last day; absent while it is still held} */
  Optional<LocalDate> getUntil();

  /**
   * {@return whether the position is held on {@code date}}
   *
   * @param date the day
   */
  default boolean isHeldOn(LocalDate date) {
    // Read for every member of every delegation: no lambdas, no Optional allocated.
    return !(getFrom().isPresent() && date.isBefore(getFrom().get()))
        && !(getUntil().isPresent() && date.isAfter(getUntil().get()));
  }

  /**
   * {@return whether the position is held on some day of {@code range}}
   *
   * @param range the period
   */
  default boolean overlaps(DateRange range) {
    return !(getFrom().isPresent() && getFrom().get().isAfter(range.to()))
        && !(getUntil().isPresent() && getUntil().get().isBefore(range.from()));
  }

  /** {@return whether the recorded end lies before the recorded start (a data error)} */
  default boolean isReversed() {
    return getFrom().isPresent() && getUntil().isPresent() && getUntil().get().isBefore(getFrom().get());
  }

  /**
   * {@return a position with {@code role} in {@code body}, held from {@code from} on}
   *
   * @param body the body
   * @param role the role
   * @param from the first day
   */
  static Position of(BodyId body, Role role, LocalDate from) {
    return builder().body(body).role(role).from(from).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Position}. */
  final class Builder extends ImmutablePosition.Builder {}
}
