package se.vanort.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.IntStream;

/**
 * A closed range of days, both ends included: an agreement's validity, a project's period, the
 * period a report is evaluated for.
 *
 * <p>A range whose end lies before its start can be built, so that a register holding one can be
 * reported with every other problem at once; {@link #isReversed()} tells, and such a range contains
 * no day.
 */
public record DateRange(LocalDate from, LocalDate to) {
  /**
   * Refuses null ends: an open range is modelled with {@code Optional} end dates on the record.
   *
   * @param from the first day
   * @param to the last day
   */
  public DateRange {
    checkArgument(from != null, "a date range needs a start (from)");
    checkArgument(to != null, "a date range needs an end (to)");
  }

  /**
   * {@return the range {@code from}–{@code to}, both included}
   *
   * @param from the first day
   * @param to the last day
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, to);
  }

  /**
   * {@return the calendar years {@code firstYear}–{@code lastYear}, from 1 January to 31 December}
   *
   * @param firstYear the first calendar year
   * @param lastYear the last calendar year, inclusive
   */
  public static DateRange ofYears(int firstYear, int lastYear) {
    return new DateRange(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  /**
   * {@return the one calendar year {@code year}}
   *
   * @param year the calendar year
   */
  public static DateRange ofYear(int year) {
    return ofYears(year, year);
  }

  /**
   * Parses {@code 2021..2026} (calendar years), {@code 2023} (one year) or
   * {@code 2021-03-01..2022-02-28} (days).
   *
   * @param text the range in one of these forms
   * @return the range
   * @throws IllegalArgumentException saying which forms are accepted
   */
  public static DateRange parse(String text) {
    checkArgument(text != null && !text.isBlank(), "a period is needed, e.g. 2021..2026");
    String[] ends = text.strip().split("\\.\\.", -1);
    checkArgument(ends.length <= 2, "period '%s' has more than one '..'; write e.g. 2021..2026", text);
    try {
      if (ends.length == 1) {
        return ends[0].length() == 4 ? ofYear(Integer.parseInt(ends[0])) : ofDay(LocalDate.parse(ends[0]));
      }
      LocalDate from = ends[0].length() == 4 ? Year.parse(ends[0]).atDay(1) : LocalDate.parse(ends[0]);
      LocalDate to = ends[1].length() == 4 ? Year.parse(ends[1]).atMonth(12).atEndOfMonth() : LocalDate.parse(ends[1]);
      DateRange range = new DateRange(from, to);
      checkArgument(!range.isReversed(), "period '%s' ends before it starts", text);
      return range;
    } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "period '" + text + "' is not of the form 2021..2026, 2023 or 2021-03-01..2022-02-28", e);
    }
  }

  private static DateRange ofDay(LocalDate day) {
    return new DateRange(day, day);
  }

  /** {@return whether the range ends before it starts (a data error the register validation reports)} */
  public boolean isReversed() {
    return to.isBefore(from);
  }

  /**
   * {@return whether {@code date} lies in the range, ends included}
   *
   * @param date the day
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /**
   * {@return whether the two ranges share at least one day}
   *
   * @param other the other one
   */
  public boolean overlaps(DateRange other) {
    return !other.to.isBefore(from) && !other.from.isAfter(to);
  }

  /**
   * {@return whether every day of {@code other} lies in this range}
   *
   * @param other the other one
   */
  public boolean encloses(DateRange other) {
    return !other.from.isBefore(from) && !other.to.isAfter(to);
  }

  /** {@return the calendar years the range touches, in order} */
  public IntStream years() {
    return isReversed() ? IntStream.empty() : IntStream.rangeClosed(from.getYear(), to.getYear());
  }

  /**
   * {@return the part of this range that lies in {@code other}, or an empty optional when they do not meet}
   *
   * @param other the other one
   */
  public java.util.Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return java.util.Optional.empty();
    }
    LocalDate start = from.isAfter(other.from) ? from : other.from;
    LocalDate end = to.isBefore(other.to) ? to : other.to;
    return java.util.Optional.of(new DateRange(start, end));
  }

  /** {@code 2021-01-01..2026-12-31}, the form {@link #parse} reads. */
  @Override
  public String toString() {
    return from + ".." + to;
  }
}
