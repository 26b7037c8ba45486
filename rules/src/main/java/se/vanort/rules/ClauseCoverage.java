package se.vanort.rules;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.RuleId;

/**
 * One line of a report's coverage: a clause, whether it was checked, is a permission, is covered
 * by tagging or cannot be checked, and for strategies and goals how many activities of the period
 * serve it, so that nobody mistakes "no finding" for "checked".
 */
@Value.Immutable
@VanortStyle
public interface ClauseCoverage extends WithClauseCoverage {
  /** {@return the clause} */
  ClauseId getClause();

  /** {@return how it is treated} */
  ClauseStatus getStatus();

  /** {@return the rules that read it} */
  ImmutableList<RuleId> getRules();

  /** {@return why it cannot be checked, for {@link ClauseStatus#NOT_CHECKABLE}} */
  Optional<String> getReason();

  /** {@return for a strategy or goal: the number of events and projects of the period tagged with it} */
  Optional<Integer> getTaggedActivities();

  /** {@return whether a strategy or goal had no tagged activity in the period (a coverage gap)} */
  default boolean isGap() {
    return getTaggedActivities().map(count -> count == 0).orElse(false);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClauseCoverage}. */
  final class Builder extends ImmutableClauseCoverage.Builder {}
}
