package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * {@code vis.network-meets-twice-yearly}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic. Two obligations a year, the first meeting and the second, each due by 31 December and
 * satisfied by the first and the second meeting of the municipality's international network that
 * year; the calendar shows the first by 30 June, so that the two spread over the year.
 */
final class NetworkMeetsTwiceYearly extends StrategyObligationRule {
  /** The rule's parameter {@code meetings} in the catalogue data, which its interpretation names too. */
  private final int meetingsRequired = definition().parameter("meetings");

  NetworkMeetsTwiceYearly() {
    super("vis.network-meets-twice-yearly");
  }

  @Override
  Stream<Obligation> obligations(StrategyScope scope, DateRange range) {
    String who = scope.municipality().value();
    ImmutableList<RecordRef> networks = networks(scope);
    return governedYears(scope, range).flatMap(year -> {
      List<Held> meetings = meetings(scope, year).stream().map(m -> Held.on(m.getId().value(), m.getDate())).toList();
      return IntStream.rangeClosed(1, meetingsRequired).mapToObj(nth -> settle(scope.evaluation(),
          obligation("network-meeting-" + year + "-" + nth + "-" + who, scope.strategy().getId(), year,
                  DateRange.ofYear(year))
              .municipality(scope.municipality())
              .addAllSubjects(networks.isEmpty() ? ImmutableList.of(RecordRef.of(RecordKind.MUNICIPALITY, who)) : networks)
              .addArguments(String.valueOf(year), scope.municipalityName(scope.municipality()), String.valueOf(nth)),
          LocalDate.of(year, 12, 31), meetings, nth,
          Optional.of(nth == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31))));
    });
  }

  private static ImmutableList<RecordRef> networks(StrategyScope scope) {
    return scope.ownBodies(BodyKind.INTERNATIONAL_NETWORK).stream()
        .map(Body::getId).map(Object::toString).sorted().map(id -> RecordRef.of(RecordKind.BODY, id))
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<Event> meetings(StrategyScope scope, int year) {
    return scope.evaluation().events(EventKind.NETWORK_MEETING, year).stream()
        .filter(event -> isOwnNetworkMeeting(scope, event))
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean isOwnNetworkMeeting(StrategyScope scope, Event event) {
    return event.getBody()
        .map(body -> scope.isOwnBody(body, kind -> kind == BodyKind.INTERNATIONAL_NETWORK))
        .orElseGet(() -> event.getHost().map(scope.municipality()::equals).orElse(true));
  }

  @Override
  Finding.Builder finding(StrategyScope scope, Obligation missed) {
    long held = meetings(scope, missed.getYear()).stream().filter(m -> scope.evaluation().isPast(m.getDate())).count();
    return finding()
        .addAllSubjects(missed.getSubjects())
        .year(missed.getYear())
        .fact("year", Fact.year(missed.getYear()))
        .fact("held", Fact.number(held))
        .fact("nth", Fact.number(Long.parseLong(missed.getArguments().get(2))));
  }
}
