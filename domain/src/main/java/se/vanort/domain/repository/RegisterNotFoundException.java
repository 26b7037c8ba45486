package se.vanort.domain.repository;

import java.util.Optional;
import se.vanort.domain.register.RegisterId;

/** A register, or one revision of it, that the caller asked for is not stored. */
public final class RegisterNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final RegisterId register;
  private final Integer revision;

  /** No revision of {@code register} is stored. */
  public RegisterNotFoundException(RegisterId register) {
    super("no register '" + register + "' is stored; list the stored registers to see their ids");
    this.register = register;
    this.revision = null;
  }

  /** Revision {@code revision} of {@code register} is not stored. */
  public RegisterNotFoundException(RegisterId register, int revision) {
    super("register '" + register + "' has no revision " + revision
        + "; list its revisions to see which are stored");
    this.register = register;
    this.revision = revision;
  }

  /** The register asked for. */
  public RegisterId getRegister() {
    return register;
  }

  /** The revision asked for, if one was. */
  public Optional<Integer> getRevision() {
    return Optional.ofNullable(revision);
  }
}
