package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.vanort.adapters.cli.ScenarioResult.Difference;
import se.vanort.adapters.cli.ScenarioResult.Kind;
import se.vanort.adapters.cli.file.Expectations;
import se.vanort.adapters.cli.file.FlowText;

/**
 * Compares what a scenario expects of a list with what was found: {@code expect} and
 * {@code includes} pair each expectation with a finding of its own (a largest pairing, so that a
 * loose expectation never takes the finding a precise one needs), {@code excludes} names every
 * finding it matches.
 *
 * @param <E> the kind of expectation
 * @param <F> the kind of thing found
 */
final class Matching<E, F> {
  private final String check;
  private final BiFunction<E, F, List<String>> differences;
  private final Function<E, FlowText> expectedForm;
  private final Function<F, FlowText> foundForm;

  /** The outcome: the differences, and the expectations that were met (for coverage). */
  record Outcome<E>(List<Difference> differences, List<E> met, boolean exactHeld, List<E> excludedHeld) {}

  Matching(String check, BiFunction<E, F, List<String>> differences, Function<E, FlowText> expectedForm,
      Function<F, FlowText> foundForm) {
    this.check = check;
    this.differences = differences;
    this.expectedForm = expectedForm;
    this.foundForm = foundForm;
  }

  Outcome<E> compare(Expectations<E> expectations, List<F> found) {
    List<Difference> result = new ArrayList<>();
    List<E> met = new ArrayList<>();
    boolean exactHeld = false;
    if (expectations.exactly().isPresent()) {
      List<E> exact = expectations.exactly().get();
      boolean[] taken = new boolean[found.size()];
      int[] pairs = pairAndTake(exact, found, taken, met);
      int before = result.size();
      missing(exact, pairs, found, taken, result);
      for (int j = 0; j < found.size(); j++) {
        if (!taken[j]) {
          result.add(new Difference(check, Kind.UNEXPECTED, Optional.empty(), Optional.of(foundForm.apply(found.get(j))),
              ImmutableList.of()));
        }
      }
      exactHeld = result.size() == before;
    }
    List<E> includes = expectations.includes();
    boolean[] taken = new boolean[found.size()];
    int[] pairs = pairAndTake(includes, found, taken, met);
    missing(includes, pairs, found, taken, result);
    List<E> excludedHeld = new ArrayList<>();
    for (E excluded : expectations.excludes()) {
      boolean held = true;
      for (F item : found) {
        if (differences.apply(excluded, item).isEmpty()) {
          held = false;
          result.add(new Difference(check, Kind.EXCLUDED, Optional.of(expectedForm.apply(excluded)),
              Optional.of(foundForm.apply(item)), ImmutableList.of()));
        }
      }
      if (held) {
        excludedHeld.add(excluded);
      }
    }
    return new Outcome<>(result, met, exactHeld, excludedHeld);
  }

  /** Each expectation missed, with the nearest unpaired finding (fewest fields differing) if one shares its rule. */
  private void missing(List<E> expected, int[] pairs, List<F> found, boolean[] taken, List<Difference> result) {
    for (int i = 0; i < expected.size(); i++) {
      if (pairs[i] >= 0) {
        continue;
      }
      E expectation = expected.get(i);
      Optional<F> nearest = Optional.empty();
      List<String> fields = List.of();
      for (int j = 0; j < found.size(); j++) {
        List<String> differing = differences.apply(expectation, found.get(j));
        boolean sameRule = !differing.contains("rule") && !differing.contains("kind");
        if (!taken[j] && sameRule && (nearest.isEmpty() || differing.size() < fields.size())) {
          nearest = Optional.of(found.get(j));
          fields = differing;
        }
      }
      result.add(new Difference(check, Kind.MISSING, Optional.of(expectedForm.apply(expectation)),
          nearest.map(foundForm), ImmutableList.copyOf(fields)));
    }
  }

  /** Pairs {@code expected} with {@code found}, marking the things paired as taken and the expectations as met. */
  private int[] pairAndTake(List<E> expected, List<F> found, boolean[] taken, List<E> met) {
    int[] pairs = pair(expected, found);
    for (int i = 0; i < expected.size(); i++) {
      if (pairs[i] >= 0) {
        taken[pairs[i]] = true;
        met.add(expected.get(i));
      }
    }
    return pairs;
  }

  /** A largest pairing of expectations with things found that match them (augmenting paths). */
  private int[] pair(List<E> expected, List<F> found) {
    int[] pairOfExpected = new int[expected.size()];
    int[] pairOfFound = new int[found.size()];
    Arrays.fill(pairOfExpected, -1);
    Arrays.fill(pairOfFound, -1);
    boolean[][] matches = new boolean[expected.size()][found.size()];
    for (int i = 0; i < expected.size(); i++) {
      for (int j = 0; j < found.size(); j++) {
        matches[i][j] = differences.apply(expected.get(i), found.get(j)).isEmpty();
      }
    }
    // The most constrained expectations first: with fewer candidates they pair first.
    Integer[] order = new Integer[expected.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> count(matches[i])));
    for (int i : order) {
      augment(i, matches, pairOfExpected, pairOfFound, new boolean[found.size()]);
    }
    return pairOfExpected;
  }

  private static int count(boolean[] row) {
    int count = 0;
    for (boolean b : row) {
      count += b ? 1 : 0;
    }
    return count;
  }

  private static boolean augment(int i, boolean[][] matches, int[] pairOfExpected, int[] pairOfFound, boolean[] seen) {
    for (int j = 0; j < pairOfFound.length; j++) {
      if (matches[i][j] && !seen[j]) {
        seen[j] = true;
        if (pairOfFound[j] < 0 || augment(pairOfFound[j], matches, pairOfExpected, pairOfFound, seen)) {
          pairOfExpected[i] = j;
          pairOfFound[j] = i;
          return true;
        }
      }
    }
    return false;
  }
}
