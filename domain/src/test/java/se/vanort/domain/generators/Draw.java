package se.vanort.domain.generators;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Every choice a generator makes, drawn from one source of whole numbers: QuickTheories' randomness
 * source for the property tests (it controls the seed and shrinks every choice; see
 * {@link RegisterGenerators}), or a seeded {@link SplittableRandom} for registers that must be the
 * same on every run, such as the benchmarks' synthetic registers.
 */
public final class Draw {
  /** Where the whole numbers come from. */
  @FunctionalInterface
  interface Source {
    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high);
  }

  private final Source in;

  Draw(Source in) {
    this.in = in;
  }

  /**
   * Draws from a {@link SplittableRandom} of {@code seed}: the same seed, the same draws. A number
   * from {@code low} to {@code high} is {@code low + nextInt(high - low + 1)}, so
   * {@code between(0, n - 1)} is {@code nextInt(n)}.
   */
  public static Draw seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Draw((low, high) -> low + random.nextInt(high - low + 1));
  }

  /** A whole number from {@code low} to {@code high}, both included. */
  public int between(int low, int high) {
    return in.between(low, high);
  }

  /** True with a chance of one in {@code n}: the first of {@code n} whole numbers is drawn. */
  public boolean oneIn(int n) {
    return between(0, n - 1) == 0;
  }

  /** True with {@code percent} per cent probability. */
  boolean chance(int percent) {
    return between(1, 100) <= percent;
  }

  /** One of {@code values}, which must not be empty. */
  public <T> T pick(List<T> values) {
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
