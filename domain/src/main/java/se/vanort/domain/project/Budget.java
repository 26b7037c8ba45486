package se.vanort.domain.project;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;

/** A project's cost and whether it fits its owner's budget (VIS2016/E2 for school exchanges). */
@Value.Immutable
@VanortStyle
public interface Budget extends WithBudget {
  /** {@return the cost in whole kronor} */
  @PositiveOrZero(message = "must not be negative")
  long getAmount();

  /** {@return whether the cost fits in the owner's own budget} */
  boolean isWithinOwnBudget();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Budget}. */
  final class Builder extends ImmutableBudget.Builder {}
}
