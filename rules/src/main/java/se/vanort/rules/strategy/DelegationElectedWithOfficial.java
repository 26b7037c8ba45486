package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.Set;
import java.util.stream.Stream;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Person;
import se.vanort.rules.Finding;

/**
 * {@code vis.delegation-elected-with-official} (VIS2016/O2, SHOULD): "Deltagande sker i första hand
 * genom förtroendevalda från kommunfullmäktige eller kommunstyrelsen tillsammans med berörd
 * tjänsteman."
 *
 * <p>Interpretation: every delegation the municipality sends to a conference, twin-town meeting,
 * twin-town visit or study visit in the period, dated under the strategy and on or before the as-of
 * date, holds at least one member with an elected role in the council or the executive board on the
 * day of the event, and at least one official (key {@code vis.delegation-elected-with-official.official}
 * when none). Youth camps and forums, exchanges, and the secretaries' and networks' meetings are
 * not representation of the municipality in the clause's sense and are not judged.
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
          if (members.stream().noneMatch(p -> Levels.isElectedToCouncilOrBoard(scope, p, event.getDate()))) {
            findings.add(about(event, "vis.delegation-elected-with-official"));
          }
          if (members.stream().noneMatch(p -> Levels.isOfficial(scope, p, event.getDate()))) {
            findings.add(about(event, "vis.delegation-elected-with-official.official"));
          }
          return findings.build();
        }));
  }

  private Finding about(Event event, String key) {
    return finding(key)
        .addSubject(event.getId().value())
        .date(event.getDate())
        .args(event.getId(), event.getDate(), event.getTitle().orElse(event.getId().value()))
        .build();
  }
}
