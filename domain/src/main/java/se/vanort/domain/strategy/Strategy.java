package se.vanort.domain.strategy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.municipality.MunicipalityId;

/**
 * A municipality's strategy for international contacts (VIS2016) and the council decision that
 * adopted it. Its revisions are the register's decisions of matter
 * {@link se.vanort.domain.decision.Matter#REVISE_STRATEGY} whose subject is the strategy, so that
 * a revision is recorded once.
 */
@Value.Immutable
@VanortStyle
public interface Strategy extends WithStrategy {
  /** {@return the document, e.g. {@code VIS2016}} */
  DocumentId getId();

  /** {@return the municipality whose strategy it is} */
  MunicipalityId getMunicipality();

  /** {@return the decision that adopted it (Vimmerby: kommunfullmäktige 2016-06-27 § 172)} */
  DecisionId getAdoptedBy();

  /**
   * {@return the day of the following year by which a year's international work is reported back to
   * the council (VIS2016/R2: "i samband med nämndernas återredovisning till kommunfullmäktige",
   * when the council approves the annual accounts): 30 June unless the register says otherwise}
   */
  @Value.Default
  default MonthDay getReportBackBy() {
    return DEFAULT_REPORT_BACK_BY;
  }

  /** When the council approves the annual accounts, and so takes the reports back: 30 June. */
  MonthDay DEFAULT_REPORT_BACK_BY = MonthDay.of(6, 30);

  /**
   * {@return the last day for the report back on {@code year}'s international work (VIS2016/R2)}
   *
   * @param year the calendar year
   */
  default LocalDate reportBackDeadline(int year) {
    return getReportBackBy().atYear(year + 1);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Strategy}. */
  final class Builder extends ImmutableStrategy.Builder {}
}
