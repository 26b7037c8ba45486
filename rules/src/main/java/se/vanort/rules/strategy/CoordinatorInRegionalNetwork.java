package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * {@code vis.coordinator-in-regional-network}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic. One obligation a year, satisfied by a meeting of a regional network that year attended by
 * the municipality's international coordinator (a participant, or in the municipality's
 * delegation), or by a position the coordinator holds in a regional network during the year (dated
 * on its first day in that year).
 */
final class CoordinatorInRegionalNetwork extends StrategyObligationRule {
  CoordinatorInRegionalNetwork() {
    super("vis.coordinator-in-regional-network");
  }

  @Override
  Stream<Obligation> obligations(StrategyScope scope, DateRange range) {
    String who = scope.municipality().value();
    return governedYears(scope, range).map(year -> {
      List<Held> taking = Stream.concat(
              meetings(scope, year).stream().filter(meeting -> coordinatorTookPart(scope, meeting))
                  .map(meeting -> Held.on(meeting.getId().value(), meeting.getDate())),
              positionsIn(scope, year))
          .sorted().toList();
      return settle(scope.evaluation(),
          obligation("regional-network-meeting-" + year + "-" + who, scope.strategy().getId(), year,
                  DateRange.ofYear(year))
              .municipality(scope.municipality())
              .addAllSubjects(coordinators(scope, year))
              .addArguments(String.valueOf(year), scope.municipalityName(scope.municipality())),
          LocalDate.of(year, 12, 31), taking);
    });
  }

  private static ImmutableList<Event> meetings(StrategyScope scope, int year) {
    return scope.evaluation().events(EventKind.REGIONAL_NETWORK_MEETING, year);
  }

  private static ImmutableList<RecordRef> coordinators(StrategyScope scope, int year) {
    DateRange wholeYear = DateRange.ofYear(year);
    return scope.evaluation().holdersOf(Role.INTERNATIONAL_COORDINATOR).stream()
        .filter(person -> Levels.holdsDuring(scope, person, Role.INTERNATIONAL_COORDINATOR, wholeYear))
        .map(person -> person.getId().value()).sorted().map(id -> RecordRef.of(RecordKind.PERSON, id))
        .collect(ImmutableList.toImmutableList());
  }

  // A coordinator's position in a regional network during the year, dated on its first day that year.
  private static Stream<Held> positionsIn(StrategyScope scope, int year) {
    DateRange wholeYear = DateRange.ofYear(year);
    return scope.evaluation().holdersOf(Role.INTERNATIONAL_COORDINATOR).stream()
        .filter(person -> Levels.holdsDuring(scope, person, Role.INTERNATIONAL_COORDINATOR, wholeYear))
        .flatMap(person -> person.getPositions().stream()
            .filter(position -> isRegionalNetwork(scope, position) && position.overlaps(wholeYear))
            .map(position -> Held.on(position.getBody().value() + "/" + person.getId(),
                position.getFrom().filter(from -> from.isAfter(wholeYear.from())).orElse(wholeYear.from()))));
  }

  private static boolean isRegionalNetwork(StrategyScope scope, Position position) {
    return scope.register().findBody(position.getBody()).filter(b -> b.getKind() == BodyKind.REGIONAL_NETWORK)
        .isPresent();
  }

  private static boolean coordinatorTookPart(StrategyScope scope, Event meeting) {
    return Stream.concat(
            meeting.getParticipants().stream(),
            meeting.delegationOf(scope.municipality()).stream().flatMap(d -> d.memberIds().stream()))
        .flatMap(id -> scope.person(id).stream())
        .anyMatch(person -> Levels.holds(scope, person, Role.INTERNATIONAL_COORDINATOR, meeting.getDate()));
  }

  @Override
  Finding.Builder finding(StrategyScope scope, Obligation missed) {
    ImmutableList<Event> meetings = meetings(scope, missed.getYear()).stream()
        .filter(m -> scope.evaluation().isPast(m.getDate())).collect(ImmutableList.toImmutableList());
    return finding()
        .addAllSubjects(missed.getSubjects())
        .subjects(RecordKind.EVENT, meetings.stream().map(m -> m.getId().value()).sorted().toList())
        .year(missed.getYear())
        .fact("year", Fact.year(missed.getYear()))
        .fact("meetings", Fact.number(meetings.size()));
  }
}
