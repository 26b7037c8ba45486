package se.vanort.rules.history;

import static com.google.common.base.Preconditions.checkArgument;

import se.vanort.rules.Finding;

/**
 * One finding of a logged check, with the entry of the check it came from, so that a rule's
 * findings can be followed over time.
 *
 * @param entry the check the finding came from
 * @param finding the finding
 */
public record LoggedFinding(EvaluationEntry entry, Finding finding) {
  /**
   * Refuses a missing part.
   *
   * @param entry the entry
   * @param finding the finding
   */
  public LoggedFinding {
    checkArgument(entry != null && finding != null, "a logged finding needs its entry and its finding");
  }
}
