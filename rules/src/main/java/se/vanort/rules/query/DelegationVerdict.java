package se.vanort.rules.query;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.EventId;
import se.vanort.rules.Finding;

/**
 * The answer of a delegation pre-check: the findings the delegation rules would report for the event
 * if the proposed delegation travelled, and which rules were run.
 */
@Value.Immutable
@VanortStyle
public interface DelegationVerdict extends WithDelegationVerdict {
  /** {@return the event the delegation would travel to} */
  EventId getEvent();

  /** {@return the day of the event} */
  LocalDate getEventDate();

  /** {@return the delegation proposed} */
  Delegation getProposed();

  /** {@return the delegation rules of the rulebook that were run, in catalogue order} */
  ImmutableList<RuleId> getRulesChecked();

  /**
   * {@return the findings concerning the event and the delegation's municipality, in {@link Finding#ORDER}}
   */
  ImmutableList<Finding> getFindings();

  /** {@return whether the delegation meets every rule checked} */
  default boolean isAcceptable() {
    return getFindings().isEmpty();
  }

  /**
   * {@return whether some finding is a breach of a SHALL clause (VA2021/O1d), not only a deviation from advice}
   */
  default boolean hasBreach() {
    return getFindings().stream().anyMatch(Finding::isBreach);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DelegationVerdict}. */
  final class Builder extends ImmutableDelegationVerdict.Builder {}
}
