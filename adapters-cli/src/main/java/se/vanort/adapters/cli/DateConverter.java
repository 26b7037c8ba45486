package se.vanort.adapters.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
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
      throw new Refusal("refusal.date", value);
    }
    if (!ValueLimits.isWithinRange(date)) {
      throw new Refusal("refusal.out-of-range", value, ValueLimits.FIRST_YEAR, ValueLimits.LAST_YEAR);
    }
    return date;
  }

  /** Reads a calendar year within the years vanort works with. */
  static final class YearConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int year;
      try {
        year = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new Refusal("refusal.year", value);
      }
      if (!ValueLimits.isWithinRange(year)) {
        throw new Refusal("refusal.out-of-range", value, ValueLimits.FIRST_YEAR, ValueLimits.LAST_YEAR);
      }
      return year;
    }
  }
}
