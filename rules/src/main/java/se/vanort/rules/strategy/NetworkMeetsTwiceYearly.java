package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.network-meets-twice-yearly} (VIS2016/N1, SHOULD): "Nätverket träffas ca två gånger per
 * år."
 *
 * <p>Interpretation (the catalogue's): calendar years; "ca" makes it a recommendation. In each closed
 * year of the period under the strategy there are at least two events of kind NETWORK_MEETING of the
 * municipality's network: the meeting names one of its international networks as the body that met,
 * or names no body and is not hosted by another municipality.
 */
final class NetworkMeetsTwiceYearly extends StrategyRule {
  private static final int MEETINGS_REQUIRED = 2;

  NetworkMeetsTwiceYearly() {
    super("vis.network-meets-twice-yearly");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    ImmutableList<String> networks = scope.ownBodies(BodyKind.INTERNATIONAL_NETWORK).stream()
        .map(Body::getId).map(Object::toString).sorted().collect(ImmutableList.toImmutableList());
    return scope.judgedYears().boxed().flatMap(year -> {
      long meetings = scope.evaluation().events(EventKind.NETWORK_MEETING, year).stream()
          .filter(event -> isOwnNetworkMeeting(scope, event))
          .count();
      return meetings >= MEETINGS_REQUIRED ? Stream.empty() : Stream.of(finding()
          .addAllSubjects(networks.isEmpty() ? ImmutableList.of(scope.municipality().value()) : networks)
          .year(year)
          .args(year, meetings)
          .build());
    });
  }

  private static boolean isOwnNetworkMeeting(StrategyScope scope, Event event) {
    return event.getBody()
        .map(body -> scope.isOwnBody(body, kind -> kind == BodyKind.INTERNATIONAL_NETWORK))
        .orElseGet(() -> event.getHost().map(scope.municipality()::equals).orElse(true));
  }
}
