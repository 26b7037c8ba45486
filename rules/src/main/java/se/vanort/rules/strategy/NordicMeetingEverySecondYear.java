package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.nordic-meeting-every-second-year} (VIS2016/V2, SHALL): "Vimmerby kommun deltar i
 * Nordenmöten vartannat år."
 *
 * <p>Interpretation (the catalogue's): the Nordic meetings are the twin-town chain's conferences, so
 * the years are the conference years of every agreement the municipality is a party to, within both
 * the agreement's period and the evaluated period. In each such year that is closed and judged, some
 * conference of that year has a delegation of the municipality. With no conference recorded at all
 * the key is {@code vis.nordic-meeting-every-second-year}; with conferences but no delegation of the
 * municipality it is {@code vis.nordic-meeting-every-second-year.delegation}, naming them.
 */
final class NordicMeetingEverySecondYear extends StrategyRule {
  NordicMeetingEverySecondYear() {
    super("vis.nordic-meeting-every-second-year");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    SortedSet<Integer> years = new TreeSet<>();
    for (Agreement agreement : scope.evaluation().agreements()) {
      if (agreement.isParty(scope.municipality())) {
        agreement.getPeriod().intersection(scope.evaluation().period())
            .ifPresent(range -> agreement.conferenceYearsIn(range).forEach(years::add));
      }
    }
    return years.stream()
        .filter(scope::isJudgedYear)
        .flatMap(year -> missing(scope, year));
  }

  private Stream<Finding> missing(StrategyScope scope, int year) {
    ImmutableList<Event> conferences = scope.evaluation().events(EventKind.CONFERENCE, year);
    if (conferences.stream().anyMatch(c -> c.delegationOf(scope.municipality()).isPresent())) {
      return Stream.empty();
    }
    if (conferences.isEmpty()) {
      return Stream.of(finding().year(year).args(year).build());
    }
    ImmutableList<String> ids = conferences.stream().map(c -> c.getId().value()).sorted()
        .collect(ImmutableList.toImmutableList());
    return Stream.of(finding("vis.nordic-meeting-every-second-year.delegation").year(year)
        .addAllSubjects(ids).args(year, String.join(", ", ids)).build());
  }
}
