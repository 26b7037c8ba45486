package se.vanort.rules.strategy;

import java.util.stream.Stream;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Person;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.chair-represents}: the requirement and its interpretation are in the catalogue data
 * ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class ChairRepresents extends StrategyRule {
  private static final Set<EventKind> TWIN_TOWN_EVENTS = Sets.immutableEnumSet(
      EventKind.TWIN_TOWN_VISIT, EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING);

  ChairRepresents() {
    super("vis.chair-represents");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.evaluation().eventsInPeriod().stream()
        .filter(event -> TWIN_TOWN_EVENTS.contains(event.getKind()) && scope.isDue(event.getDate()))
        .filter(event -> event.isAttendedBy(scope.municipality()))
        .filter(event -> {
          List<Person> representatives = representatives(scope, event);
          // A host that records no one of its own leaves open who received the guests: no finding.
          return !representatives.isEmpty() && representatives.stream()
              .noneMatch(person -> Levels.isChairOfCouncilOrBoard(scope, person, event.getDate()));
        })
        .map(event -> finding()
            .subject(RecordKind.EVENT, event.getId())
            .date(event.getDate())
            .fact("event", Fact.ref(RecordKind.EVENT, event.getId()))
            .fact("date", Fact.date(event.getDate()))
            .build());
  }

  // The municipality's people at the event: its delegation, and the participants who are its own.
  private static List<Person> representatives(StrategyScope scope, Event event) {
    return Stream.concat(
            event.delegationOf(scope.municipality()).stream().flatMap(d -> d.memberIds().stream())
                .flatMap(id -> scope.person(id).stream()),
            event.getParticipants().stream().flatMap(id -> scope.person(id).stream())
                .filter(person -> scope.register().municipalityOf(person).equals(scope.municipality())))
        .toList();
  }
}
