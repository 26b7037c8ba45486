package se.vanort.rules.agreement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;

/**
 * {@code va.decisions-followed-up} (VA2021/O3, SHALL): "De har gemensamt ansvar för att följa upp
 * beslut som fattats på vänortsmöten […]"
 *
 * <p>Interpretation: a decision taken at a twin-town meeting ({@code meeting} recorded) of an
 * agreement's chain (hosted by a party, or host unknown), dated in the evaluated period that the
 * agreement governs, has a follow-up dated no later than the last day
 * of the next twin-town meeting, the first one starting after the decision's day, by whichever host
 * ({@link Evaluation#nextEvent}): that meeting is where the secretaries report back. When no later
 * meeting is recorded, or it ends after the as-of date, the follow-up is not yet due. The finding
 * is dated on the next meeting's first day, when the deadline passed.
 *
 * <p>Arguments of the texts: {0} the decision, {1} its date, {2} the meeting it was taken at,
 * {3} the next meeting, {4} its date, {5} the follow-ups recorded.
 */
final class DecisionsFollowedUp extends BaseRule {
  DecisionsFollowedUp() {
    super("va.decisions-followed-up");
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return evaluation.decisionsInPeriod().stream()
        .filter(Decision::isTakenAtMeeting)
        .filter(decision -> isOfTheChain(evaluation, decision))
        .flatMap(decision -> check(evaluation, decision).stream());
  }

  private static boolean isOfTheChain(Evaluation evaluation, Decision decision) {
    Optional<Event> meeting = decision.getMeeting().flatMap(evaluation.register()::findEvent);
    return Scope.of(evaluation).stream().anyMatch(scope -> scope.days().contains(decision.getDate())
        && meeting.filter(scope::isChainEvent).isPresent());
  }

  private Optional<Finding> check(Evaluation evaluation, Decision decision) {
    Optional<Event> next = evaluation.nextEvent(EventKind.TWIN_TOWN_MEETING, decision.getDate());
    Optional<LocalDate> deadline = next.map(meeting -> meeting.getEndDate().orElse(meeting.getDate()));
    if (deadline.isEmpty() || !evaluation.isPast(deadline.get())) {
      return Optional.empty();
    }
    if (decision.getFollowUps().stream().anyMatch(followUp -> !followUp.getDate().isAfter(deadline.get()))) {
      return Optional.empty();
    }
    String meeting = decision.getMeeting().orElseThrow().value();
    return Optional.of(finding()
        .addSubject(decision.getId().value())
        .addSubject(meeting)
        .addSubject(next.get().getId().value())
        .date(next.get().getDate())
        .args(decision.getId().value(), decision.getDate().toString(), meeting, next.get().getId().value(),
            next.get().getDate().toString(),
            Scope.joined(decision.getFollowUps().stream().map(FollowUp::getDate).sorted()))
        .build());
  }
}
