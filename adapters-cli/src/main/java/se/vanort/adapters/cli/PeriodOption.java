package se.vanort.adapters.cli;

import picocli.CommandLine.Option;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;

/** {@code --period}: the period a command checks, by default the register's agreements up to their revision year. */
final class PeriodOption {
  @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "period", converter = PeriodConverter.class,
      description = "The period checked, e.g. 2021..2026 (default: the register's agreements, up to their revision year).")
  DateRange period;

  /** The report of the standard rulebook on {@code register} over the period asked for, else its own. */
  Report check(Register register) {
    Rulebook rulebook = Rulebook.standard();
    return period == null ? rulebook.check(register) : rulebook.check(register, period);
  }
}
