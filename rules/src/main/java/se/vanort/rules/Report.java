package se.vanort.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.document.RuleId;

/**
 * The result of checking a register: the findings in one stable order, the coverage of every
 * clause, the permissions the documents grant, and what was checked with which rulebook version
 * over which period as of which date.
 */
@Value.Immutable
@VanortStyle
public interface Report extends WithReport {
  /** {@return the register checked} */
  RegisterId getRegister();

  /** {@return the version of the rulebook that checked it} */
  String getRulebookVersion();

  /** {@return the period evaluated} */
  DateRange getPeriod();

  /** {@return the as-of date} */
  LocalDate getAsOf();

  /** {@return the findings, in {@link Finding#ORDER}} */
  ImmutableList<Finding> getFindings();

  /** {@return every clause of the documents with how it was treated} */
  ImmutableList<ClauseCoverage> getCoverage();

  /**
   * {@return the calendar years of the period in which no agreement of the register is in force on
   * any day: no finding of an agreement's rules there is never compliance, only nothing to judge}
   */
  ImmutableList<Integer> getYearsWithoutAgreement();

  /** {@return the permissions (MAY rules) the documents grant; they never produce findings} */
  ImmutableList<RuleDefinition> getPermissions();

  /**
   * {@return the findings of {@code rule}}
   *
   * @param rule the rule
   */
  default ImmutableList<Finding> findingsOf(RuleId rule) {
    return getFindings().stream().filter(f -> f.getRule().equals(rule)).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the findings of modality {@code minimum} or stronger}
   *
   * @param minimum the weakest modality to include
   */
  default ImmutableList<Finding> findingsAtLeast(Modality minimum) {
    return getFindings().stream().filter(f -> f.getModality().isAtLeast(minimum))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return whether any finding is a breach of a SHALL clause} */
  default boolean hasBreach() {
    return getFindings().stream().anyMatch(Finding::isBreach);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Report}. */
  final class Builder extends ImmutableReport.Builder {}
}
