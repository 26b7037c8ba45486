package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;

/**
 * {@code vis.external-funding-investigated}: the requirement and its interpretation are the
 * catalogue's ({@code rules show}); this class is their logic. One obligation per international
 * contact ({@link Activity}: a project, or an exchange or study visit of its own), due by its first
 * day and satisfied by a funding investigation dated by then and known by the as-of date. One dated
 * later is a finding that says it came late ({@code .late}).
 *
 * <p>Arguments of the texts: {0} the activity, {1} its title, {2} its first day, {3} the date of a
 * late investigation.
 */
final class ExternalFundingInvestigated extends StrategyObligationRule {
  ExternalFundingInvestigated() {
    super("vis.external-funding-investigated");
  }

  @Override
  Stream<Obligation> obligations(StrategyScope scope, DateRange range) {
    return Activity.of(scope, range).map(activity -> settle(scope.evaluation(),
        obligation("funding-investigation-" + activity.days().from().getYear() + "-" + activity.id(),
                scope.strategy().getId(), activity.days().from().getYear(), activity.days())
            .municipality(scope.municipality())
            .addSubjects(activity.id())
            .addArguments(String.valueOf(activity.days().from().getYear()), scope.municipality().value(),
                activity.title()),
        activity.days().from(),
        activity.fundingInvestigation().map(FundingInvestigation::getDate)
            .map(date -> Held.on(activity.id(), date)).stream().toList()));
  }

  @Override
  Finding.Builder finding(StrategyScope scope, Obligation missed) {
    Activity activity = Activity.find(scope, missed.getSubjects().get(0));
    boolean late = !missed.getRecords().isEmpty();
    return finding(late ? "vis.external-funding-investigated.late" : "vis.external-funding-investigated")
        .addAllSubjects(missed.getSubjects())
        .date(activity.days().from())
        .args(activity.id(), activity.title(), activity.days().from(),
            activity.fundingInvestigation().map(FundingInvestigation::getDate).map(String::valueOf).orElse("—"));
  }
}
