package se.vanort.rules.history;

import static com.google.common.base.Preconditions.checkArgument;

import se.vanort.rules.Report;

/**
 * A report as read back from an {@link EvaluationLog}, equal to the one appended, with its entry.
 *
 * @param entry the log entry
 * @param report the report
 */
public record LoggedReport(EvaluationEntry entry, Report report) {
  /**
   * Refuses a missing part.
   *
   * @param entry the entry
   * @param report the report of a check
   */
  public LoggedReport {
    checkArgument(entry != null && report != null, "a logged report needs its entry and its report");
  }
}
