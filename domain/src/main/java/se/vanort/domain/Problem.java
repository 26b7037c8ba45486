package se.vanort.domain;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One thing wrong with a register: where it is ({@code events[3].host}) and what is wrong, in words
 * a municipal official can act on.
 *
 * @param path the path of the offending field from the register's root, e.g. {@code events[3].host}
 * @param message what is wrong and, where it helps, what would be right
 */
public record Problem(String path, String message) implements Comparable<Problem> {
  /** Refuses an empty message: a problem must say what is wrong. */
  public Problem {
    checkArgument(path != null, "a problem needs a path (empty for the register itself)");
    checkArgument(message != null && !message.isBlank(), "a problem needs a message");
  }

  /** The problem {@code message} at {@code path}. */
  public static Problem at(String path, String message) {
    return new Problem(path, message);
  }

  @Override
  public int compareTo(Problem other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  /** {@code events[3].host: …}. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
