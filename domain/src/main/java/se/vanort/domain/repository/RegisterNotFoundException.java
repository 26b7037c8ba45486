package se.vanort.domain.repository;

import java.util.Optional;
import se.vanort.domain.register.RegisterId;

/** A register, or one revision of it, that the caller asked for is not stored. */
public final class RegisterNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The register asked for. */
  private final RegisterId register;
  /** The revision asked for; null when the latest was asked for. */
  private final Integer revision;

  /**
   * No revision of {@code register} is stored.
   *
   * @param register the register
   */
  public RegisterNotFoundException(RegisterId register) {
    super("no register '" + register + "' is stored; list the stored registers to see their ids");
    this.register = register;
    this.revision = null;
  }

  /**
   * Revision {@code revision} of {@code register} is not stored.
   *
   * @param register the register
   * @param revision the revision of the register, counted from 1
   */
  public RegisterNotFoundException(RegisterId register, int revision) {
    super("register '" + register + "' has no revision " + revision
        + "; list its revisions to see which are stored");
    this.register = register;
    this.revision = revision;
  }

  /** {@return the register asked for} */
  public RegisterId getRegister() {
    return register;
  }

  /** {@return the revision asked for, if one was} */
  public Optional<Integer> getRevision() {
    return Optional.ofNullable(revision);
  }
}
