package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordRef;

/**
 * A rule that asks every international contact ({@link Activity}) for one record by a day of its own:
 * the funding investigation by its first day, the publication by its last. One obligation per
 * activity, satisfied by the record dated by then and known by the as-of date; one dated later is a
 * finding that says it came late ({@code .late}).
 */
abstract class ActivityRecordRule extends StrategyObligationRule {
  private final String slug;

  ActivityRecordRule(String id, String slug) {
    super(id);
    this.slug = slug;
  }

  /** The day by which {@code activity} needs the record. */
  abstract LocalDate deadline(Activity activity);

  /** The day of the record, if {@code activity} has one. */
  abstract Optional<LocalDate> recorded(Activity activity);

  @Override
  final Stream<Obligation> obligations(StrategyScope scope, DateRange range) {
    return Activity.of(scope, range).map(activity -> {
      int year = activity.days().from().getYear();
      return settle(scope.evaluation(),
          obligation(slug + "-" + year + "-" + activity.id(), scope.strategy().getId(), year, activity.days())
              .municipality(scope.municipality())
              .addSubjects(RecordRef.of(activity.kind(), activity.id()))
              .addArguments(String.valueOf(year), scope.municipalityName(scope.municipality()), activity.title()),
          deadline(activity),
          recorded(activity).map(date -> Held.on(activity.id(), date)).stream().toList());
    });
  }

  @Override
  final Finding.Builder finding(StrategyScope scope, Obligation missed) {
    Activity activity = Activity.find(scope, missed.getSubjects().get(0).id());
    boolean late = !missed.getRecords().isEmpty();
    return finding(late ? id().value() + ".late" : id().value())
        .addAllSubjects(missed.getSubjects())
        .date(deadline(activity))
        .fact("activity", Fact.ref(activity.kind(), activity.id()))
        .fact("deadline", Fact.date(deadline(activity)))
        .fact("recorded", Fact.date(recorded(activity)));
  }
}
