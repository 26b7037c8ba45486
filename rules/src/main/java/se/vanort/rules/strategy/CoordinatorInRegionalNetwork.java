package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Finding;

/**
 * {@code vis.coordinator-in-regional-network} (VIS2016/N2, SHALL): "Internationell samordnare deltar
 * också i regionens nätverk för internationella frågor."
 *
 * <p>Interpretation (the catalogue's): each year. In each closed year of the period under the
 * strategy, someone holding the role of international coordinator in a body of the municipality on
 * the day of the meeting is a participant in, or a member of the municipality's delegation to, an
 * event of kind REGIONAL_NETWORK_MEETING of that year. A finding names the year's coordinators and
 * its regional meetings.
 */
final class CoordinatorInRegionalNetwork extends StrategyRule {
  CoordinatorInRegionalNetwork() {
    super("vis.coordinator-in-regional-network");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.judgedYears().boxed().flatMap(year -> {
      ImmutableList<Event> meetings = scope.evaluation().events(EventKind.REGIONAL_NETWORK_MEETING, year);
      if (meetings.stream().anyMatch(meeting -> coordinatorTookPart(scope, meeting))) {
        return Stream.empty();
      }
      DateRange wholeYear = DateRange.ofYear(year);
      return Stream.of(finding()
          .addAllSubjects(scope.evaluation().holdersOf(Role.INTERNATIONAL_COORDINATOR).stream()
              .filter(person -> Levels.holdsDuring(scope, person, Role.INTERNATIONAL_COORDINATOR, wholeYear))
              .map(person -> person.getId().value()).sorted().toList())
          .addAllSubjects(meetings.stream().map(m -> m.getId().value()).sorted().toList())
          .year(year)
          .args(year, meetings.size())
          .build());
    });
  }

  private static boolean coordinatorTookPart(StrategyScope scope, Event meeting) {
    return Stream.concat(
            meeting.getParticipants().stream(),
            meeting.delegationOf(scope.municipality()).stream().flatMap(d -> d.memberIds().stream()))
        .flatMap(id -> scope.person(id).stream())
        .anyMatch(person -> Levels.holds(scope, person, Role.INTERNATIONAL_COORDINATOR, meeting.getDate()));
  }
}
