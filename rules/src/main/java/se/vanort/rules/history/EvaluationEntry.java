package se.vanort.rules.history;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.RegisterId;

/**
 * One check recorded in an {@link EvaluationLog}: which register and revision was checked, with
 * which rulebook version, over which period, as of which date, and when it was recorded.
 *
 * @param id the entry's number in the log, increasing with every append
 * @param register the register checked
 * @param revision the stored revision checked, absent for a register checked from a file
 * @param rulebookVersion the version of the rulebook that checked it
 * @param period the period evaluated
 * @param asOf the as-of date of the check
 * @param recordedAt when the check was appended to the log, to the millisecond
 */
public record EvaluationEntry(
    long id, RegisterId register, Optional<Integer> revision, String rulebookVersion, DateRange period,
    LocalDate asOf, Instant recordedAt) {
  /**
   * Refuses missing parts and a revision number below 1.
   *
   * @param id the id to look up
   * @param register the register
   * @param revision the revision of the register, counted from 1
   * @param rulebookVersion the version of the rulebook
   * @param period the period
   * @param asOf the day the register is read as of
   * @param recordedAt when it was recorded
   */
  public EvaluationEntry {
    checkArgument(register != null && revision != null && rulebookVersion != null && period != null
        && asOf != null && recordedAt != null, "evaluation entry %s is incomplete", id);
    checkArgument(revision.map(r -> r >= 1).orElse(true), "revision numbers start at 1, not %s", revision);
  }
}
