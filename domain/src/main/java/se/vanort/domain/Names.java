package se.vanort.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggestions for a mistyped name or id: "did you mean 'kauhava'?". */
public final class Names {
  private Names() {}

  /**
   * {@return the candidate closest to {@code typed} by edit distance, if one is close enough to be a likely
   * typo (at most a third of the typed length, and at least one edit allowed)}
   *
   * @param typed the typed value
   * @param candidates the candidates
   */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    int allowed = Math.max(1, typed.length() / 3);
    return candidates.stream()
        .filter(candidate -> !candidate.equals(typed))
        .map(candidate -> new Scored(candidate, distance(typed.toLowerCase(), candidate.toLowerCase())))
        .filter(scored -> scored.distance <= allowed)
        .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
        .map(Scored::candidate);
  }

  private record Scored(String candidate, int distance) {}

  /** The Levenshtein distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
