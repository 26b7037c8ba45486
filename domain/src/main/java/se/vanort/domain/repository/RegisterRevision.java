package se.vanort.domain.repository;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import se.vanort.domain.register.RegisterId;

/**
 * One stored revision of a register: which register, its number (1 for the first save, then 2, 3,
 * …), when it was saved and how many records it holds.
 *
 * @param register the register's id
 * @param number the revision number, from 1
 * @param savedAt when the revision was saved, to the millisecond
 * @param recordCount the number of records of the register ({@link se.vanort.domain.register.Register#recordCount()})
 */
public record RegisterRevision(RegisterId register, int number, Instant savedAt, int recordCount) {
  /**
   * Refuses a missing register or time, a revision number below 1 and a negative count.
   *
   * @param register the register
   * @param number the number
   * @param savedAt when it was saved
   * @param recordCount how many records it holds
   */
  public RegisterRevision {
    checkArgument(register != null, "a register revision needs the register's id");
    checkArgument(number >= 1, "revision numbers start at 1, not %s (register %s)", number, register);
    checkArgument(savedAt != null, "revision %s of register %s needs the time it was saved", number, register);
    checkArgument(recordCount >= 0, "a register holds 0 or more records, not %s", recordCount);
  }
}
