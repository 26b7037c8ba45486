package se.vanort.adapters.cli.file;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;

/**
 * A test case for {@code vanort test}: a register, the period to check (the whole register when
 * absent) and the exact list of findings the rules must report.
 *
 * @param name what the scenario shows, e.g. "a conference year without a conference"
 * @param file the scenario file it was read from
 * @param register the register to check, with the scenario's as-of date if it overrides one
 * @param period the period to check, if the scenario names one
 * @param expected every finding expected, no more and no fewer
 */
public record Scenario(String name, Path file, Register register, Optional<DateRange> period,
    List<ExpectedFinding> expected) {
  /** Copies the expectations; refuses missing parts. */
  public Scenario {
    checkArgument(name != null && !name.isBlank(), "a scenario has a name");
    checkArgument(register != null, "a scenario has a register");
    checkArgument(period != null, "a scenario's period is optional, not null");
    expected = List.copyOf(expected);
  }
}
