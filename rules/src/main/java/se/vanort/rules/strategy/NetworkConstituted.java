package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Finding;

/**
 * {@code vis.network-constituted} (VIS2016/N1, SHALL): "För att få en bra samordning ska det finnas
 * ett internationellt nätverk inom kommunen med representanter från de olika förvaltningarna och
 * fullmäktige. Nätverket leds av internationell samordnare inom kommunstyrelseförvaltningen."
 *
 * <p>Interpretation: on the day judged (the as-of date or the end of the period, whichever is first)
 * the municipality has a body of kind INTERNATIONAL_NETWORK (key {@code vis.network-constituted}
 * when it has none). Each such network's members are the people holding a position in it that day
 * (a substitute is no representative, so not counted); among them are people holding positions in
 * at least two different administrations (key {@code .administrations}) and someone with an elected
 * role in the council (key {@code .council}), and it is led by the international coordinator of the
 * executive board's administration (key {@code .chair}): that person holds the role CHAIR, or the
 * role INTERNATIONAL_COORDINATOR, in the network itself.
 */
final class NetworkConstituted extends StrategyRule {
  private static final int ADMINISTRATIONS_REQUIRED = 2;
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
            .addSubject(scope.municipality().value())
            .date(day)
            .args(day)
            .build());
      }
      return networks.stream().flatMap(network -> judgeNetwork(scope, network, day));
    });
  }

  private Stream<Finding> judgeNetwork(StrategyScope scope, Body network, LocalDate day) {
    ImmutableList<Person> members = scope.peopleIn(network.getId()).stream()
        .filter(person -> holdsIn(person, network, day, role -> role != Role.SUBSTITUTE))
        .collect(ImmutableList.toImmutableList());
    long administrations = members.stream()
        .flatMap(person -> person.positionsOn(day).stream())
        .map(Position::getBody)
        .filter(body -> scope.isOwnBody(body, kind -> kind == BodyKind.ADMINISTRATION))
        .distinct()
        .count();
    Stream.Builder<Finding> findings = Stream.builder();
    if (administrations < ADMINISTRATIONS_REQUIRED) {
      findings.add(about(network, day, administrations, "vis.network-constituted.administrations"));
    }
    if (members.stream().noneMatch(person -> Levels.isElectedToCouncil(scope, person, day))) {
      findings.add(about(network, day, administrations, "vis.network-constituted.council"));
    }
    if (members.stream().noneMatch(person -> holdsIn(person, network, day, LEADING_ROLES::contains)
        && Levels.isBoardCoordinator(scope, person, day))) {
      findings.add(about(network, day, administrations, "vis.network-constituted.chair"));
    }
    return findings.build();
  }

  private static boolean holdsIn(Person person, Body body, LocalDate day, Predicate<Role> role) {
    return person.getPositions().stream()
        .anyMatch(p -> p.getBody().equals(body.getId()) && role.test(p.getRole()) && p.isHeldOn(day));
  }

  private Finding about(Body network, LocalDate day, long administrations, String key) {
    return finding(key)
        .addSubject(network.getId().value())
        .date(day)
        .args(network.getName(), day, administrations)
        .build();
  }
}
