package se.vanort.rules;

/** How the rulebook treats a clause; see {@link ClauseCoverage}. */
public enum ClauseStatus {
  /** At least one SHALL or SHOULD rule checks it: no finding means it was checked and met. */
  CHECKED,
  /** It grants a permission (MAY): listed, never a finding. */
  PERMISSION,
  /** A strategy or goal: the report counts the activities tagged with it. */
  COVERAGE,
  /** It cannot be checked from records (a motive, an aim, reference data); the reason says why. */
  NOT_CHECKABLE
}
