package se.vanort.rules.history;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.document.RuleId;
import se.vanort.rules.Report;

/**
 * The history of checks: every report appended with the register revision it was made from, so
 * that an official can see when a finding first appeared, when it was remedied, and under which
 * rulebook version. Entries are never changed or removed. Failures of the store itself are
 * {@link se.vanort.domain.repository.StorageException}s.
 */
public interface EvaluationLog {
  /**
   * Appends {@code report}, made from revision {@code revision} of its register (absent when the
   * register was checked from a file and not stored).
   *
   * @param report the report of a check
   * @param revision the revision of the register, counted from 1
   * @return the entry as appended, with its number in the log
   */
  EvaluationEntry append(Report report, Optional<Integer> revision);

  /**
   * Appends {@code report}, made from stored revision {@code revision} of its register.
   *
   * @param report the report of a check
   * @param revision the revision of the register, counted from 1
   * @return the entry as appended, with its number in the log
   */
  default EvaluationEntry append(Report report, int revision) {
    return append(report, Optional.of(revision));
  }

  /**
   * {@return the entries of every check of {@code register}, oldest first, without their reports}
   *
   * @param register the register
   */
  ImmutableList<EvaluationEntry> entries(RegisterId register);

  /**
   * {@return the check recorded as entry {@code id}, with its whole report, if there is one}
   *
   * @param id the id to look up
   */
  Optional<LoggedReport> find(long id);

  /**
   * {@return every check of {@code register} with its whole report, oldest first}
   *
   * @param register the register
   */
  ImmutableList<LoggedReport> history(RegisterId register);

  /**
   * {@return the findings of {@code rule} in every check of {@code register}, oldest check first}
   *
   * @param register the register
   * @param rule the rule
   */
  ImmutableList<LoggedFinding> findingsOf(RegisterId register, RuleId rule);
}
