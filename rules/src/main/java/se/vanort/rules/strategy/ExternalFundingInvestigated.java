package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.Optional;
import se.vanort.domain.activity.FundingInvestigation;

/**
 * {@code vis.external-funding-investigated}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic: the funding investigation of every international contact is due by its first day ({@link
 * ActivityRecordRule}).
 */
final class ExternalFundingInvestigated extends ActivityRecordRule {
  ExternalFundingInvestigated() {
    super("vis.external-funding-investigated", "funding-investigation");
  }

  @Override
  LocalDate deadline(Activity activity) {
    return activity.days().from();
  }

  @Override
  Optional<LocalDate> recorded(Activity activity) {
    return activity.fundingInvestigation().map(FundingInvestigation::getDate);
  }
}
