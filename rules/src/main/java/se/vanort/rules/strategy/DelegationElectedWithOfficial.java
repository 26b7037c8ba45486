package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Person;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.delegation-elected-with-official}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic.
 */
final class DelegationElectedWithOfficial extends StrategyRule {
  private static final Set<EventKind> REPRESENTATION = Sets.immutableEnumSet(
      EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING, EventKind.TWIN_TOWN_VISIT, EventKind.STUDY_VISIT);

  DelegationElectedWithOfficial() {
    super("vis.delegation-elected-with-official");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.evaluation().eventsInPeriod().stream()
        .filter(event -> REPRESENTATION.contains(event.getKind()) && scope.isDue(event.getDate()))
        .flatMap(event -> event.delegationOf(scope.municipality()).stream().flatMap(delegation -> {
          ImmutableList<Person> members = delegation.memberIds().stream()
              .flatMap(id -> scope.person(id).stream()).collect(ImmutableList.toImmutableList());
          Stream.Builder<Finding> findings = Stream.builder();
          List<Person> elected = members.stream()
              .filter(p -> Levels.isElectedToCouncilOrBoard(scope, p, event.getDate())).toList();
          List<Person> officials = members.stream()
              .filter(p -> Levels.isOfficial(scope, p, event.getDate())).toList();
          if (elected.isEmpty()) {
            findings.add(about(event, "vis.delegation-elected-with-official"));
          }
          if (officials.isEmpty()) {
            findings.add(about(event, "vis.delegation-elected-with-official.official"));
          }
          if (!elected.isEmpty() && !officials.isEmpty()
              && elected.stream().noneMatch(e -> officials.stream().anyMatch(o -> !o.getId().equals(e.getId())))) {
            findings.add(about(event, "vis.delegation-elected-with-official.same-person"));
          }
          return findings.build();
        }));
  }

  private Finding about(Event event, String key) {
    return finding(key)
        .subject(RecordKind.EVENT, event.getId())
        .date(event.getDate())
        .fact("event", Fact.ref(RecordKind.EVENT, event.getId()))
        .fact("date", Fact.date(event.getDate()))
        .build();
  }
}
