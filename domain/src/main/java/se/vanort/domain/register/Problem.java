package se.vanort.domain.register;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One thing wrong with a register: where it is ({@code events[3].host}) and what is wrong, in words
 * a municipal official can act on.
 *
 * @param path the path of the offending field from the register's root, e.g. {@code events[3].host}
 * @param message what is wrong and, where it helps, what would be right
 */
public record Problem(String path, String message) implements Comparable<Problem> {
  /**
   * Refuses an empty message: a problem must say what is wrong.
   *
   * @param path the path of the value in the register
   * @param message the message
   */
  public Problem {
    checkArgument(path != null, "a problem needs a path (empty for the register itself)");
    checkArgument(message != null && !message.isBlank(), "a problem needs a message");
  }

  /**
   * {@return the problem {@code message} at {@code path}}
   *
   * @param path the path of the value in the register
   * @param message the message
   */
  public static Problem at(String path, String message) {
    return new Problem(path, message);
  }

  /** By path with indexes compared as numbers ({@code events[2]} before {@code events[10]}), then by message. */
  @Override
  public int compareTo(Problem other) {
    int byPath = comparePaths(path, other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  private static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
        int endA = endOfDigits(a, i);
        int endB = endOfDigits(b, j);
        // Equal-length digit runs compare as text; a longer run (without leading zeros) is larger.
        int byNumber = endA - i != endB - j ? Integer.compare(endA - i, endB - j)
            : a.substring(i, endA).compareTo(b.substring(j, endB));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (a.charAt(i) != b.charAt(j)) {
          return Character.compare(a.charAt(i), b.charAt(j));
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int endOfDigits(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** {@code events[3].host: …}. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
