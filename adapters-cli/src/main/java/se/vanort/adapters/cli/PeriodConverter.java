package se.vanort.adapters.cli;

import picocli.CommandLine.ITypeConverter;
import se.vanort.domain.DateRange;
import se.vanort.domain.ValueLimits;

/**
 * Reads {@code 2021..2026}, {@code 2023} or {@code 2021-03-01..2022-02-28} as a period, within the
 * years and the length of period vanort works with ({@link ValueLimits}).
 */
final class PeriodConverter implements ITypeConverter<DateRange> {
  @Override
  public DateRange convert(String value) {
    DateRange period;
    try {
      period = DateRange.parse(value);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new Refusal("refusal.period", value, e.getMessage());
    }
    java.util.Optional<String> problem = ValueLimits.periodProblem(period);
    if (problem.isPresent()) {
      throw new Refusal("refusal.period-limits", value, problem.get(), ValueLimits.FIRST_YEAR, ValueLimits.LAST_YEAR,
          ValueLimits.MAX_PERIOD_YEARS);
    }
    return period;
  }
}
