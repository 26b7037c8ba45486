package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;

/**
 * {@code va.revision-at-conference} (VA2021/R, SHALL): "Vänortsavtalet revideras vart 6 år, så att
 * det sammanfaller med vänortskonferensen."
 *
 * <p>Interpretation: the revision year is the agreement's first year plus its revision interval
 * (VA2021: 2027), a conference year by construction. It usually lies just after the agreement's own
 * period, so unlike the other rules this one checks it whenever it falls in the evaluated period,
 * once it is closed as of the as-of date. The revision is shown by a conference of that year, hosted
 * by a party or with no host recorded, that has the agenda item {@link AgendaItem#AGREEMENT_REVISION},
 * or by a decision of matter {@link Matter#REVISE_AGREEMENT} taken at that conference or dated on one
 * of its days. A revision year with no conference at all is a finding of its own ({@code .conference}),
 * since the revision cannot then coincide with one.
 *
 * <p>Arguments of the texts: {0} the revision year, {1} the agreement, {2} its first year, {3} the
 * interval in years, {4} the conferences of the year.
 */
final class RevisionAtConference extends BaseRule {
  private static final String INDEX = "agreement.revisions";

  RevisionAtConference() {
    super("va.revision-at-conference");
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return evaluation.register().getAgreements().stream()
        .filter(agreement -> evaluation.period().years().anyMatch(year -> year == agreement.getRevisionYear()))
        .filter(agreement -> evaluation.isClosed(agreement.getRevisionYear()))
        .flatMap(agreement -> check(evaluation, agreement).stream());
  }

  private Optional<Finding> check(Evaluation evaluation, Agreement agreement) {
    int year = agreement.getRevisionYear();
    ImmutableList<Event> conferences = Scope.chainEvents(evaluation, agreement, EventKind.CONFERENCE, year)
        .collect(ImmutableList.toImmutableList());
    if (conferences.stream().anyMatch(conference -> isRevisedAt(evaluation, conference))) {
      return Optional.empty();
    }
    Finding.Builder finding = conferences.isEmpty()
        ? finding("va.revision-at-conference.conference")
        : finding();
    finding.addSubject(agreement.getId().value());
    conferences.forEach(conference -> finding.addSubject(conference.getId().value()));
    return Optional.of(finding
        .year(year)
        .args(String.valueOf(year), agreement.getId().value(), String.valueOf(agreement.getPeriod().from().getYear()),
            String.valueOf(agreement.getRevisionEveryYears()), Scope.joined(conferences.stream().map(Scope::describe)))
        .build());
  }

  private static boolean isRevisedAt(Evaluation evaluation, Event conference) {
    Revisions revisions = evaluation.index(INDEX, Revisions::of);
    LocalDate lastDay = conference.getEndDate().orElse(conference.getDate());
    return conference.hasAgendaItem(AgendaItem.AGREEMENT_REVISION)
        || revisions.events().contains(conference.getId())
        || Optional.ofNullable(revisions.days().ceiling(conference.getDate()))
            .filter(day -> !day.isAfter(lastDay)).isPresent();
  }

  /** The events at which, and the days on which, decisions to revise an agreement were taken. */
  private record Revisions(ImmutableSet<EventId> events, ImmutableSortedSet<LocalDate> days) {
    static Revisions of(Evaluation evaluation) {
      ImmutableList<Decision> decisions = evaluation.decisions(Matter.REVISE_AGREEMENT);
      return new Revisions(
          decisions.stream().flatMap(d -> d.getMeeting().stream()).collect(ImmutableSet.toImmutableSet()),
          decisions.stream().map(Decision::getDate)
              .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder())));
    }
  }
}
