package se.vanort.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Swedish municipal mandate period ({@code mandatperiod}): four years from 15 October of an
 * election year (2014, 2018, 2022, 2026, …), so 2022-10-15 – 2026-10-14.
 *
 * <p>Interpretation decided in the catalogue: elections are held every four years in years
 * congruent to 2014 modulo 4, and the new council's term starts on 15 October.
 */
public record MandatePeriod(int electionYear) implements Comparable<MandatePeriod> {
  private static final int FIRST_KNOWN_ELECTION = 2014;
  private static final int LENGTH_YEARS = 4;

  /**
   * Refuses a year that is not an election year.
   *
   * @param electionYear the year of an election
   */
  public MandatePeriod {
    checkArgument(
        Math.floorMod(electionYear - FIRST_KNOWN_ELECTION, LENGTH_YEARS) == 0,
        "%s is not an election year; mandate periods start in 2014, 2018, 2022, 2026, …",
        electionYear);
  }

  /**
   * {@return the mandate period that starts in the autumn of {@code electionYear}}
   *
   * @param electionYear the year of an election
   */
  public static MandatePeriod ofElectionYear(int electionYear) {
    return new MandatePeriod(electionYear);
  }

  /**
   * {@return the mandate period that {@code date} falls in}
   *
   * @param date the day
   */
  public static MandatePeriod containing(LocalDate date) {
    int offset = Math.floorMod(date.getYear() - FIRST_KNOWN_ELECTION, LENGTH_YEARS);
    int electionYear = date.getYear() - offset;
    if (date.isBefore(startOf(electionYear))) {
      electionYear -= LENGTH_YEARS;
    }
    return new MandatePeriod(electionYear);
  }

  private static LocalDate startOf(int electionYear) {
    return LocalDate.of(electionYear, Month.OCTOBER, 15);
  }

  /** {@return the first day: 15 October of the election year} */
  public LocalDate start() {
    return startOf(electionYear);
  }

  /** {@return the last day: 14 October four years later} */
  public LocalDate end() {
    return startOf(electionYear + LENGTH_YEARS).minusDays(1);
  }

  /** {@return the period as a range of days} */
  public DateRange range() {
    return DateRange.of(start(), end());
  }

  /**
   * {@return whether {@code date} lies in this period}
   *
   * @param date the day
   */
  public boolean contains(LocalDate date) {
    return range().contains(date);
  }

  /** {@return the period that follows this one} */
  public MandatePeriod next() {
    return new MandatePeriod(electionYear + LENGTH_YEARS);
  }

  @Override
  public int compareTo(MandatePeriod other) {
    return Integer.compare(electionYear, other.electionYear);
  }

  /** {@code 2022–2026}. */
  @Override
  public String toString() {
    return electionYear + "–" + (electionYear + LENGTH_YEARS);
  }
}
