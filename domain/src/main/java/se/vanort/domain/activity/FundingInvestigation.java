package se.vanort.domain.activity;

import com.google.common.collect.ImmutableSet;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;

/** The record that external funding was investigated for a contact (VIS2016/W4). */
@Value.Immutable
@VanortStyle
public interface FundingInvestigation extends WithFundingInvestigation {
  /** {@return the day it was done} */
  LocalDate getDate();

  /** {@return the sources considered: EU, Nordiska ministerrådet, ICLD, Svenska institutet or others} */
  @NotEmpty(message = "must name at least one funding source that was considered")
  ImmutableSet<FundingSource> getSources();

  /** {@return what came of it} */
  Optional<@NonBlankText String> getOutcome();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingInvestigation}. */
  final class Builder extends ImmutableFundingInvestigation.Builder {}
}
