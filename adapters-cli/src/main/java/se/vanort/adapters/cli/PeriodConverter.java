package se.vanort.adapters.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.vanort.domain.DateRange;

/** Reads {@code 2021..2026}, {@code 2023} or {@code 2021-03-01..2022-02-28} as a period. */
final class PeriodConverter implements ITypeConverter<DateRange> {
  @Override
  public DateRange convert(String value) {
    try {
      return DateRange.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
