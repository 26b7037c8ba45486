package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;

/**
 * {@code va.youth-camp-with-conference} (VA2021/A2, SHALL): "Genomföra ungdomsläger vartannat år i
 * anknytning till konferensen."
 *
 * <p>Interpretation: "i anknytning till konferensen" means the camp record is linked to the
 * conference ({@code linkedTo}). Each conference year of the cycle that the evaluated period touches
 * and that is closed as of the as-of date has an event of kind {@link EventKind#YOUTH_CAMP} in that
 * year linked to a conference of the chain held in that year. Two findings tell the cases apart: no
 * camp at all in the year ({@code va.youth-camp-with-conference}), or camps in the year none of which
 * is linked to that year's conference ({@code .unlinked}, naming the camps). A year with no
 * conference cannot have a linked camp; the camp finding is reported beside the conference finding,
 * since recording the conference alone would not satisfy this clause.
 *
 * <p>Arguments of the texts: {0} the year, {1} the agreement, {2} the conferences of the year,
 * {3} the camps of the year.
 */
final class YouthCampWithConference extends BaseRule {
  YouthCampWithConference() {
    super("va.youth-camp-with-conference");
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return Scope.of(evaluation).stream().flatMap(scope -> scope.years()
        .filter(scope.agreement()::isConferenceYear)
        .filter(evaluation::isClosed)
        .flatMap(year -> check(evaluation, scope, year).stream()));
  }

  private Optional<Finding> check(Evaluation evaluation, Scope scope, int year) {
    ImmutableSet<EventId> conferences = scope.chainEvents(evaluation, EventKind.CONFERENCE, year)
        .map(Event::getId).collect(ImmutableSet.toImmutableSet());
    ImmutableList<Event> camps = scope.chainEvents(evaluation, EventKind.YOUTH_CAMP, year)
        .collect(ImmutableList.toImmutableList());
    if (camps.stream().anyMatch(camp -> camp.getLinkedTo().filter(conferences::contains).isPresent())) {
      return Optional.empty();
    }
    Finding.Builder finding = camps.isEmpty()
        ? finding().addSubject(scope.agreementId())
        : finding("va.youth-camp-with-conference.unlinked");
    camps.forEach(camp -> finding.addSubject(camp.getId().value()));
    return Optional.of(finding
        .year(year)
        .args(String.valueOf(year), scope.agreementId(), Scope.joined(conferences.stream()),
            Scope.joined(camps.stream().map(Scope::describeLink)))
        .build());
  }
}
