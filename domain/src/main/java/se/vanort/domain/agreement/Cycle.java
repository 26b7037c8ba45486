package se.vanort.domain.agreement;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.stream.IntStream;
import se.vanort.domain.ValueLimits;

/**
 * A recurrence in calendar years: every {@code everyYears} years from {@code anchorYear} on. The
 * conferences and meetings of VA2021 ("vartannat år") are {@code Cycle.of(2, 2021)}: 2021, 2023,
 * 2025, …
 *
 * @param everyYears the number of years between two occurrences, at least 1
 * @param anchorYear the first year of the cycle
 */
public record Cycle(int everyYears, int anchorYear) {
  /**
   * Refuses a cycle that never recurs.
   *
   * @param everyYears how many years lie between two occurrences
   * @param anchorYear a year in which the cycle falls
   */
  public Cycle {
    checkArgument(everyYears >= 1, "a cycle recurs every 1 or more years, not every %s", everyYears);
    checkArgument(everyYears <= ValueLimits.MAX_PERIOD_YEARS, "a cycle recurs at most every %s years, not every %s",
        ValueLimits.MAX_PERIOD_YEARS, everyYears);
  }

  /**
   * {@return every {@code everyYears} years from {@code anchorYear}}
   *
   * @param everyYears how many years lie between two occurrences
   * @param anchorYear a year in which the cycle falls
   */
  public static Cycle of(int everyYears, int anchorYear) {
    return new Cycle(everyYears, anchorYear);
  }

  /**
   * {@return whether the cycle falls in {@code year}: on or after the anchor, a whole number of cycles on}
   *
   * @param year the calendar year
   */
  public boolean includes(int year) {
    return year >= anchorYear && (year - anchorYear) % everyYears == 0;
  }

  /**
   * {@return the years of the cycle from {@code firstYear} to {@code lastYear}, both included}
   *
   * @param firstYear the first calendar year
   * @param lastYear the last calendar year, inclusive
   */
  public IntStream yearsBetween(int firstYear, int lastYear) {
    return IntStream.rangeClosed(Math.max(firstYear, anchorYear), lastYear).filter(this::includes);
  }

  /**
   * {@return the first year of the cycle after {@code year}}
   *
   * @param year the calendar year
   */
  public int nextAfter(int year) {
    if (year < anchorYear) {
      return anchorYear;
    }
    return year + everyYears - (year - anchorYear) % everyYears;
  }
}
