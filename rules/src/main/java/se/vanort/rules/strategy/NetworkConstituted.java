package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.network-constituted}: the requirement and its interpretation are in the catalogue data
 * ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class NetworkConstituted extends StrategyRule {
  private static final Set<Role> LEADING_ROLES = Sets.immutableEnumSet(Role.CHAIR, Role.INTERNATIONAL_COORDINATOR);

  NetworkConstituted() {
    super("vis.network-constituted");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.judgedDay().stream().flatMap(day -> {
      ImmutableList<Body> networks = scope.ownBodies(BodyKind.INTERNATIONAL_NETWORK);
      if (networks.isEmpty()) {
        return Stream.of(finding()
            .subject(RecordKind.MUNICIPALITY, scope.municipality())
            .date(day)
            .fact("date", Fact.date(day))
            .build());
      }
      return networks.stream().flatMap(network -> judgeNetwork(scope, network, day));
    });
  }

  private Stream<Finding> judgeNetwork(StrategyScope scope, Body network, LocalDate day) {
    ImmutableList<Person> members = scope.peopleIn(network.getId()).stream()
        .filter(person -> holdsIn(person, network, day, role -> role != Role.SUBSTITUTE))
        .collect(ImmutableList.toImmutableList());
    Set<BodyId> represented = members.stream()
        .flatMap(person -> person.positionsOn(day).stream())
        .map(Position::getBody)
        .flatMap(body -> scope.administrationsOf(body).stream())
        .collect(Collectors.toSet());
    List<Body> missing = scope.ownBodies(BodyKind.ADMINISTRATION).stream()
        .filter(administration -> !represented.contains(administration.getId()))
        .toList();
    Stream.Builder<Finding> findings = Stream.builder();
    if (!missing.isEmpty()) {
      findings.add(about(network, day, "vis.network-constituted.administrations", missing));
    }
    if (members.stream().noneMatch(person -> Levels.isElectedToCouncil(scope, person, day))) {
      findings.add(about(network, day, "vis.network-constituted.council", List.of()));
    }
    if (members.stream().noneMatch(person -> holdsIn(person, network, day, LEADING_ROLES::contains)
        && Levels.isBoardCoordinator(scope, person, day))) {
      findings.add(about(network, day, "vis.network-constituted.chair", List.of()));
    }
    return findings.build();
  }

  private static boolean holdsIn(Person person, Body body, LocalDate day, Predicate<Role> role) {
    return person.getPositions().stream()
        .anyMatch(p -> p.getBody().equals(body.getId()) && role.test(p.getRole()) && p.isHeldOn(day));
  }

  private Finding about(Body network, LocalDate day, String key, List<Body> missing) {
    return finding(key)
        .subject(RecordKind.BODY, network.getId())
        .subjects(RecordKind.BODY, missing.stream().map(Body::getId).toList())
        .date(day)
        .fact("network", Fact.ref(RecordKind.BODY, network.getId()))
        .fact("date", Fact.date(day))
        .fact("administrations", Fact.refs(RecordKind.BODY, missing.stream().map(Body::getId).toList()))
        .build();
  }
}
