package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.Chain;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * {@code vis.nordic-meeting-every-second-year}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic. One obligation per conference year of an agreement that binds the municipality during that
 * year, satisfied by a conference of that agreement's chain in the year that the municipality takes
 * part in (hosts or sends a delegation to).
 */
final class NordicMeetingEverySecondYear extends StrategyObligationRule {
  NordicMeetingEverySecondYear() {
    super("vis.nordic-meeting-every-second-year");
  }

  @Override
  Stream<Obligation> obligations(StrategyScope scope, DateRange range) {
    Chain chain = Chain.of(scope.evaluation());
    SortedMap<Integer, Agreement> years = new TreeMap<>();
    for (Agreement agreement : scope.register().getAgreements()) {
      agreement.getPeriod().intersection(range).ifPresent(days -> days.years()
          .filter(agreement::isConferenceYear)
          .filter(year -> chain.isBoundDuring(agreement, scope.municipality(), DateRange.ofYear(year)))
          .forEach(year -> years.putIfAbsent(year, agreement)));
    }
    return years.entrySet().stream()
        .filter(entry -> scope.judges(LocalDate.of(entry.getKey(), 1, 1)))
        .map(entry -> {
          int year = entry.getKey();
          String who = scope.municipality().value();
          return settle(scope.evaluation(),
              obligation("nordic-meeting-" + year + "-" + who, scope.strategy().getId(), year, DateRange.ofYear(year))
                  .municipality(scope.municipality())
                  .addSubjects(RecordRef.of(RecordKind.MUNICIPALITY, who))
                  .addArguments(String.valueOf(year), scope.municipalityName(scope.municipality())),
              LocalDate.of(year, 12, 31),
              conferences(scope, year).stream().filter(c -> c.isAttendedBy(scope.municipality()))
                  .map(c -> Held.on(c.getId().value(), c.getDate())).toList());
        });
  }

  private static ImmutableList<Event> conferences(StrategyScope scope, int year) {
    return Chain.of(scope.evaluation()).events(EventKind.CONFERENCE, year);
  }

  @Override
  Finding.Builder finding(StrategyScope scope, Obligation missed) {
    ImmutableList<Event> conferences = conferences(scope, missed.getYear());
    if (conferences.isEmpty()) {
      return finding().year(missed.getYear()).fact("year", Fact.year(missed.getYear()))
          .fact("conferences", Fact.refs(RecordKind.EVENT, ImmutableList.of()));
    }
    ImmutableList<String> ids = conferences.stream().map(c -> c.getId().value()).sorted()
        .collect(ImmutableList.toImmutableList());
    return finding("vis.nordic-meeting-every-second-year.delegation").year(missed.getYear())
        .subjects(RecordKind.EVENT, ids).fact("year", Fact.year(missed.getYear()))
        .fact("conferences", Fact.refs(RecordKind.EVENT, ids));
  }
}
