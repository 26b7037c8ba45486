package se.vanort.adapters.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.vanort.domain.ValueLimits;

/**
 * Reads an ISO date within the years vanort works with ({@link ValueLimits}), and says how to
 * write one when it is not.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-12-31");
    }
    if (!ValueLimits.isWithinRange(date)) {
      throw new TypeConversionException(outOfRange(value));
    }
    return date;
  }

  /** The refusal of a date or year outside the years vanort works with. */
  static String outOfRange(String value) {
    return "'" + value + "' lies outside the years " + ValueLimits.FIRST_YEAR + "–" + ValueLimits.LAST_YEAR
        + " vanort works with";
  }

  /** Reads a calendar year within the years vanort works with. */
  static final class YearConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int year;
      try {
        year = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a year; write it as four digits, e.g. 2026");
      }
      if (!ValueLimits.isWithinRange(year)) {
        throw new TypeConversionException(outOfRange(value));
      }
      return year;
    }
  }
}
