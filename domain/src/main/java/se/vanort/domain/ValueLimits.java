package se.vanort.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The one set of limits on the values of a register, chosen so that a register that validates is
 * one that every supported database (H2, PostgreSQL, MariaDB) stores and reads back equal:
 *
 * <ul>
 *   <li>an id holds at most {@value #ID_MAX_LENGTH} characters, a text at most
 *       {@value #TEXT_MAX_LENGTH} (the widths of the columns that store them);
 *   <li>no text holds NUL or another control character, or half of a surrogate pair (neither of
 *       which PostgreSQL stores); a text may hold tabs and line breaks, an id may not;
 *   <li>every date and year lies in {@value #FIRST_YEAR}–{@value #LAST_YEAR};
 *   <li>a period (an agreement's, a project's, the one evaluated) spans at most
 *       {@value #MAX_PERIOD_YEARS} years, and so does any cycle or interval in years.
 * </ul>
 *
 * <p>The register validation applies them to every value of a register, whatever its record; the
 * command line applies the date limits to its options.
 */
public final class ValueLimits {
  /** The longest id, in characters. */
  public static final int ID_MAX_LENGTH = 255;
  /** The longest text (a name, a title, a note), in characters. */
  public static final int TEXT_MAX_LENGTH = 2000;
  /** The first year a register's dates may fall in. */
  public static final int FIRST_YEAR = 1900;
  /** The last year a register's dates may fall in. */
  public static final int LAST_YEAR = 2199;
  /** The longest period, and the longest cycle or interval, in years. */
  public static final int MAX_PERIOD_YEARS = 50;
  /** The first day a register's dates may fall on. */
  public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
  /** The last day a register's dates may fall on. */
  public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

  private ValueLimits() {}

  /**
   * {@return what is wrong with {@code id} as an id, if anything: its length or a character in it}
   *
   * @param id the id to check
   */
  public static Optional<String> idProblem(String id) {
    return problem(id, ID_MAX_LENGTH, false);
  }

  /**
   * {@return what is wrong with {@code text} as a text, if anything: its length or a character in
   * it}
   *
   * @param text the text to check
   */
  public static Optional<String> textProblem(String text) {
    return problem(text, TEXT_MAX_LENGTH, true);
  }

  private static Optional<String> problem(String value, int maxLength, boolean lineBreaks) {
    if (value.length() > maxLength) {
      return Optional.of(String.format(Locale.ROOT, "is %,d characters long; at most %,d fit", value.length(), maxLength));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed = lineBreaks && (c == '\t' || c == '\n' || c == '\r');
      if (Character.isISOControl(c) && !allowed) {
        return Optional.of(String.format(Locale.ROOT, "holds the control character U+%04X at position %d;"
            + " remove it", (int) c, i + 1));
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(String.format(Locale.ROOT, "holds half a character (the surrogate U+%04X) at position %d;"
            + " it is not Unicode text", (int) c, i + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether {@code date} lies in {@value #FIRST_YEAR}–{@value #LAST_YEAR}}
   *
   * @param date the day
   */
  public static boolean isWithinRange(LocalDate date) {
    return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
  }

  /**
   * {@return whether {@code year} lies in {@value #FIRST_YEAR}–{@value #LAST_YEAR}}
   *
   * @param year the calendar year
   */
  public static boolean isWithinRange(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /**
   * {@return what is wrong with {@code date}, if anything: it lies outside the range of years}
   *
   * @param date the day
   */
  public static Optional<String> dateProblem(LocalDate date) {
    return isWithinRange(date) ? Optional.empty()
        : Optional.of("is " + date + ", outside the years " + FIRST_YEAR + "–" + LAST_YEAR + " vanort works with");
  }

  /**
   * {@return what is wrong with {@code range}, if anything: an end out of range, or a span too
   * long}
   *
   * @param range the period to check
   */
  public static Optional<String> periodProblem(DateRange range) {
    Optional<String> from = dateProblem(range.from()).map(problem -> "starts on a date that " + problem);
    if (from.isPresent()) {
      return from;
    }
    Optional<String> to = dateProblem(range.to()).map(problem -> "ends on a date that " + problem);
    if (to.isPresent()) {
      return to;
    }
    return !range.isReversed() && ChronoUnit.YEARS.between(range.from(), range.to().plusDays(1)) > MAX_PERIOD_YEARS
        ? Optional.of("spans " + range + ", more than " + MAX_PERIOD_YEARS + " years, the longest period vanort works with")
        : Optional.empty();
  }

  /**
   * {@return what is wrong with {@code years} as a cycle or interval, if anything: it is above the
   * maximum}
   *
   * @param years the number of years
   */
  public static Optional<String> yearsProblem(int years) {
    return years > MAX_PERIOD_YEARS
        ? Optional.of("is " + years + " years; at most " + MAX_PERIOD_YEARS + " fit")
        : Optional.empty();
  }
}
