package se.vanort.domain.repository;

import se.vanort.domain.register.RegisterId;

/**
 * What checking a stored revision against the record count and the SHA-256 saved with it found
 * ({@code vanort db verify}).
 *
 * @param register the register
 * @param revision the revision's number
 * @param status whether it holds what was saved
 * @param detail what is wrong, or why it could not be verified; empty when it is sound
 */
public record RevisionCheck(RegisterId register, int revision, Status status, String detail) {
  /** The verdict on a revision. */
  public enum Status {
    /** It holds the records and the SHA-256 saved with it. */
    OK,
    /** Saved before revisions carried a SHA-256: its record count matches, its content cannot be proven. */
    UNVERIFIED,
    /** It cannot be read, or holds other records than were saved. */
    DAMAGED,
    /** Its number is missing between the first revision and the latest. */
    MISSING
  }

  /** {@return whether the revision is damaged or missing} */
  public boolean isBad() {
    return status == Status.DAMAGED || status == Status.MISSING;
  }
}
