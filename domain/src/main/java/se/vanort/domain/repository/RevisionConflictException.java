package se.vanort.domain.repository;

import se.vanort.domain.register.RegisterId;

/**
 * A save was refused because the register changed since the caller read it: another writer saved
 * a newer revision first. Nothing was written; reload the latest revision, reapply the change and
 * save again.
 */
public final class RevisionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The register that was to be saved. */
  private final RegisterId register;
  /** The revision the caller expected to be the latest. */
  private final int expected;
  /** The latest revision in the store. */
  private final int actual;

  /**
   * A conflict on {@code register}: the caller expected revision {@code expected}, the store holds {@code actual}.
   *
   * @param register the register
   * @param expected the expected value
   * @param actual the actual value
   */
  public RevisionConflictException(RegisterId register, int expected, int actual) {
    super(describe(register, expected, actual));
    this.register = register;
    this.expected = expected;
    this.actual = actual;
  }

  private static String describe(RegisterId register, int expected, int actual) {
    String had = expected == RegisterRepository.NEW ? "expected it to be new" : "expected revision " + expected;
    String has = actual == RegisterRepository.NEW ? "it is not stored (any more)" : "revision " + actual + " is the latest";
    return "register '" + register + "' was changed by another writer: the save " + had + ", but " + has
        + "; nothing was saved. Load the latest revision, reapply the change and save again.";
  }

  /** {@return the register} */
  public RegisterId getRegister() {
    return register;
  }

  /** {@return the latest revision the caller expected ({@link RegisterRepository#NEW} for a new register)} */
  public int getExpected() {
    return expected;
  }

  /** {@return the latest revision the store held, as far as it was known when the save was refused} */
  public int getActual() {
    return actual;
  }
}
