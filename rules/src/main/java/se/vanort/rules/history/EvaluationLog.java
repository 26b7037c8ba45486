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
   */
  EvaluationEntry append(Report report, Optional<Integer> revision);

  /** Appends {@code report}, made from stored revision {@code revision} of its register. */
  default EvaluationEntry append(Report report, int revision) {
    return append(report, Optional.of(revision));
  }

  /** The entries of every check of {@code register}, oldest first, without their reports. */
  ImmutableList<EvaluationEntry> entries(RegisterId register);

  /** The check recorded as entry {@code id}, with its whole report, if there is one. */
  Optional<LoggedReport> find(long id);

  /** Every check of {@code register} with its whole report, oldest first. */
  ImmutableList<LoggedReport> history(RegisterId register);

  /** The findings of {@code rule} in every check of {@code register}, oldest check first. */
  ImmutableList<LoggedFinding> findingsOf(RegisterId register, RuleId rule);
}
