package se.vanort.domain.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.ValueLimits;
import se.vanort.domain.VanortStyle;

/**
 * A committee's yearly report back to the council ({@code återredovisning}), and whether it
 * accounts for the committee's international work (VIS2016/R2).
 */
@Value.Immutable
@VanortStyle
public interface CouncilReport extends WithCouncilReport {
  /** {@return the committee (or board) that reports} */
  BodyId getCommittee();

  /** {@return the year reported on} */
  @Min(value = ValueLimits.FIRST_YEAR, message = "must be a calendar year such as 2024")
  @Max(value = ValueLimits.LAST_YEAR, message = "must be a calendar year such as 2024")
  int getYear();

  /** {@return the day the report was given, if recorded} */
  Optional<LocalDate> getDate();

  /** {@return whether the report includes the committee's international work} */
  boolean isInternationalWorkIncluded();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CouncilReport}. */
  final class Builder extends ImmutableCouncilReport.Builder {}
}
