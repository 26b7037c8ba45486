package se.vanort.domain.repository;

import static com.google.common.base.Preconditions.checkArgument;

import se.vanort.domain.register.Register;

/**
 * A register as loaded from a {@link RegisterRepository}, with the revision it was stored as.
 *
 * @param revision the revision loaded
 * @param register the register, equal to the one saved as that revision
 */
public record StoredRegister(RegisterRevision revision, Register register) {
  /**
   * Refuses a register stored under another register's id.
   *
   * @param revision the revision of the register, counted from 1
   * @param register the register
   */
  public StoredRegister {
    checkArgument(revision != null && register != null, "a stored register needs its revision and its register");
    checkArgument(revision.register().equals(register.getId()),
        "revision %s belongs to register %s, not to %s", revision.number(), revision.register(), register.getId());
  }
}
