package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;

/**
 * Input the command cannot use: a file that is missing, a register with problems, an unknown id.
 * The command prints its lines (already in the user's language) and exits with 2.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> lines;

  BadInputException(String message) {
    this(ImmutableList.of(message));
  }

  BadInputException(Iterable<String> lines) {
    super(String.join("\n", lines));
    this.lines = ImmutableList.copyOf(lines);
  }

  /** What to tell the user, one line each. */
  ImmutableList<String> lines() {
    return lines;
  }
}
