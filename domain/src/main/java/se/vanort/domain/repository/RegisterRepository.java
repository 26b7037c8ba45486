package se.vanort.domain.repository;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;

/**
 * Where registers are kept, revision by revision: every save stores the whole register as a new
 * revision and never changes an earlier one, so that a report can always be traced to the exact
 * records it was made from.
 *
 * <p>A save is all or nothing: if it fails, the latest revision is what it was before and no part
 * of the new one is visible. Two writers that both read revision 3 and both save cannot both
 * succeed: the second gets a {@link RevisionConflictException}, never a lost update. Failures of
 * the store itself are {@link StorageException}s.
 */
public interface RegisterRepository {
  /** The expected revision of a register that is not stored yet. */
  int NEW = 0;

  /**
   * Stores {@code register} as the next revision of its id, whatever revision is the latest.
   *
   * @param register the register
   * @return the register as stored, with its revision
   * @throws RevisionConflictException if another writer saved the same register at the same moment
   */
  RegisterRevision save(Register register);

  /**
   * Stores {@code register} as revision {@code expectedLatest + 1}, provided that
   * {@code expectedLatest} is still the latest revision ({@link #NEW} if it must not be stored yet).
   *
   * @param register the register
   * @param expectedLatest the revision the caller read last
   * @return the register as stored, with its revision
   * @throws RevisionConflictException if the latest revision is another one; nothing is written
   */
  RegisterRevision save(Register register, int expectedLatest);

  /**
   * {@return the latest revision of register {@code id}, if it is stored}
   *
   * @param id the id to look up
   */
  Optional<StoredRegister> find(RegisterId id);

  /**
   * {@return revision {@code revision} of register {@code id}, if it is stored}
   *
   * @param id the id to look up
   * @param revision the revision of the register, counted from 1
   */
  Optional<StoredRegister> find(RegisterId id, int revision);

  /**
   * {@return the latest revision of register {@code id}}
   *
   * @param id the id to look up
   * @throws RegisterNotFoundException if it is not stored
   */
  default StoredRegister load(RegisterId id) {
    return find(id).orElseThrow(() -> new RegisterNotFoundException(id));
  }

  /**
   * {@return revision {@code revision} of register {@code id}}
   *
   * @param id the id to look up
   * @param revision the revision of the register, counted from 1
   * @throws RegisterNotFoundException if that revision is not stored
   */
  default StoredRegister load(RegisterId id, int revision) {
    return find(id, revision).orElseThrow(() -> new RegisterNotFoundException(id, revision));
  }

  /** {@return the latest revision of every stored register, ordered by register id} */
  ImmutableList<RegisterRevision> list();

  /**
   * {@return every revision of register {@code id}, oldest first; empty if it is not stored}
   *
   * @param id the id to look up
   */
  ImmutableList<RegisterRevision> revisions(RegisterId id);

  /**
   * Removes register {@code id} with all its revisions.
   *
   * @param id the id to look up
   * @return whether it was stored
   */
  boolean delete(RegisterId id);
}
