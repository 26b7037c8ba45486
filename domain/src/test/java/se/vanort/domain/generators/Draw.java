package se.vanort.domain.generators;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws from QuickTheories' randomness source, so that QuickTheories controls the seed and shrinks
 * every choice a generator makes.
 */
final class Draw {
  private final RandomnessSource in;

  Draw(RandomnessSource in) {
    this.in = in;
  }

  /** A whole number from {@code low} to {@code high}, both included. */
  int between(int low, int high) {
    return Generate.range(low, high).generate(in);
  }

  /** True with {@code percent} per cent probability. */
  boolean chance(int percent) {
    return between(1, 100) <= percent;
  }

  /** One of {@code values}, which must not be empty. */
  <T> T pick(List<T> values) {
    return values.get(between(0, values.size() - 1));
  }

  /** One of {@code values} drawn with the given weights, in pairs of weight and value. */
  <T> T weighted(List<Weighted<T>> values) {
    int total = values.stream().mapToInt(Weighted::weight).sum();
    int draw = between(1, total);
    for (Weighted<T> value : values) {
      draw -= value.weight();
      if (draw <= 0) {
        return value.value();
      }
    }
    throw new IllegalStateException("weights must be positive");
  }

  /** A value and its weight for {@link #weighted}. */
  record Weighted<T>(int weight, T value) {}

  /** {@code value} with {@code percent} per cent probability, otherwise empty. */
  <T> Optional<T> maybe(int percent, Supplier<T> value) {
    return chance(percent) ? Optional.of(value.get()) : Optional.empty();
  }

  /** A day from {@code from} to {@code to}, both included. */
  LocalDate day(LocalDate from, LocalDate to) {
    return from.plusDays(between(0, (int) ChronoUnit.DAYS.between(from, to)));
  }

  /**
   * From {@code least} to {@code most} distinct elements of {@code values} (fewer if it holds fewer),
   * in drawn order; the cost depends on the count drawn, not on the size of {@code values}.
   */
  <T> ImmutableList<T> some(List<T> values, int least, int most) {
    int count = between(Math.min(least, values.size()), Math.min(most, values.size()));
    Set<Integer> indexes = new LinkedHashSet<>();
    while (indexes.size() < count) {
      int index = between(0, values.size() - 1);
      // Probe to the next free index: a shrinking source may draw the same index again and again.
      while (!indexes.add(index)) {
        index = (index + 1) % values.size();
      }
    }
    return indexes.stream().map(values::get).collect(ImmutableList.toImmutableList());
  }
}
