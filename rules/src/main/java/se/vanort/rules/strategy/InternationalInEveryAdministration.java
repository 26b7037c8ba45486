package se.vanort.rules.strategy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.project.Project;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.international-in-every-administration}: the requirement and its interpretation are in
 * the catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic.
 */
final class InternationalInEveryAdministration extends StrategyRule {
  InternationalInEveryAdministration() {
    super("vis.international-in-every-administration");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    if (!scope.periodEnded()) {
      return Stream.empty();
    }
    Set<BodyId> active = new HashSet<>();
    scope.projects().forEach(project -> active.addAll(administrationsIn(scope, project)));
    scope.evaluation().eventsInPeriod().stream()
        .filter(event -> event.isAttendedBy(scope.municipality()))
        .filter(event -> event.getKind() != EventKind.NETWORK_MEETING)
        .forEach(event -> active.addAll(administrationsAt(scope, event)));
    networkMembers(scope).forEach(active::add);
    return scope.ownBodies(BodyKind.ADMINISTRATION).stream()
        .filter(administration -> !active.contains(administration.getId()))
        .map(administration -> finding()
            .subject(RecordKind.BODY, administration.getId())
            .year(scope.evaluation().period().to().getYear())
            .fact("administration", Fact.ref(RecordKind.BODY, administration.getId()))
            .fact("period", Fact.text(scope.periodText()))
            .build());
  }

  // A project: the administrations of its owner, of the bodies taking part and of its participants.
  private static Set<BodyId> administrationsIn(StrategyScope scope, Project project) {
    Set<BodyId> found = new HashSet<>();
    Stream.concat(Stream.of(project.getOwner()), project.getParticipatingBodies().stream())
        .forEach(body -> found.addAll(scope.administrationsOf(body)));
    project.getParticipants().stream().flatMap(id -> scope.person(id).stream())
        .forEach(person -> found.addAll(administrationsDuring(scope, person, project.getPeriod())));
    return found;
  }

  // An event the municipality takes part in: the administrations of its delegation's members and of
  // its own participants (an exchange, a study visit) on the day.
  private static Set<BodyId> administrationsAt(StrategyScope scope, Event event) {
    Set<BodyId> found = new HashSet<>();
    Stream.concat(
            event.delegationOf(scope.municipality()).stream().flatMap(d -> d.memberIds().stream()),
            event.getParticipants().stream())
        .flatMap(id -> scope.person(id).stream())
        .forEach(person -> person.positionsOn(event.getDate()).stream().map(Position::getBody)
            .forEach(body -> found.addAll(scope.administrationsOf(body))));
    return found;
  }

  // The network: the administrations of the people who hold a position in the municipality's
  // international network at some time in the period.
  private static Stream<BodyId> networkMembers(StrategyScope scope) {
    DateRange period = scope.evaluation().period();
    return scope.ownBodies(BodyKind.INTERNATIONAL_NETWORK).stream()
        .map(Body::getId)
        .flatMap(network -> scope.peopleIn(network).stream()
            .filter(person -> person.holdsIn(network, period)))
        .flatMap(person -> administrationsDuring(scope, person, period).stream());
  }

  private static Set<BodyId> administrationsDuring(StrategyScope scope, Person person, DateRange range) {
    Set<BodyId> found = new HashSet<>();
    person.getPositions().stream().filter(p -> p.overlaps(range))
        .forEach(p -> found.addAll(scope.administrationsOf(p.getBody())));
    return found;
  }
}
