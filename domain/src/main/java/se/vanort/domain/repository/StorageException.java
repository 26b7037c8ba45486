package se.vanort.domain.repository;

/**
 * The store could not be read or written (the database is unreachable, a disk is full, a table is
 * missing). The message says what was being done; the cause carries the store's own error.
 */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure while doing {@code what}, e.g. "saving register 'vimmerby'".
   *
   * @param what what the value names, for the message of a caller mistake
   * @param cause the cause
   */
  public StorageException(String what, Throwable cause) {
    super(what + " failed: " + cause.getMessage(), cause);
  }

  /**
   * A store found in a state it cannot be used in (a damaged file, a revision that no longer holds
   * what was saved); {@code message} says what was found and what to do.
   *
   * @param message what went wrong
   */
  public StorageException(String message) {
    super(message);
  }
}
