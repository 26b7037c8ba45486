package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.activity.Publication;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;

/**
 * {@code vis.projects-published}: the requirement and its interpretation are the
 * catalogue's ({@code rules show}); this class is their logic. One obligation per international
 * contact ({@link Activity}: a project, or an exchange or study visit of its own), due by its last day
 * and satisfied by a publication on the website dated by then and known by the as-of date. One dated
 * later is a finding that says it came late ({@code .late}).
 *
 * <p>Arguments of the texts: {0} the activity, {1} its title, {2} its last day, {3} the date of a late
 * publication.
 */
final class ProjectsPublished extends StrategyObligationRule {
  ProjectsPublished() {
    super("vis.projects-published");
  }

  @Override
  Stream<Obligation> obligations(StrategyScope scope, DateRange range) {
    return Activity.of(scope, range).map(activity -> settle(scope.evaluation(),
        obligation("publication-" + activity.days().from().getYear() + "-" + activity.id(),
                scope.strategy().getId(), activity.days().from().getYear(), activity.days())
            .municipality(scope.municipality())
            .addSubjects(activity.id())
            .addArguments(String.valueOf(activity.days().from().getYear()), scope.municipality().value(),
                activity.title()),
        activity.days().to(),
        activity.publication().map(Publication::getDate)
            .map(date -> Held.on(activity.id(), date)).stream().toList()));
  }

  @Override
  Finding.Builder finding(StrategyScope scope, Obligation missed) {
    Activity activity = Activity.find(scope, missed.getSubjects().get(0));
    boolean late = !missed.getRecords().isEmpty();
    return finding(late ? "vis.projects-published.late" : "vis.projects-published")
        .addAllSubjects(missed.getSubjects())
        .date(activity.days().to())
        .args(activity.id(), activity.title(), activity.days().to(),
            activity.publication().map(Publication::getDate).map(String::valueOf).orElse("—"));
  }
}
