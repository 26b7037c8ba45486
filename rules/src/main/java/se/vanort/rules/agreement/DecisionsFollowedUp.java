package se.vanort.rules.agreement;

import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.event.EventId;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.event.Event;
import se.vanort.rules.Chain;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.obligation.ObligationRule;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * {@code va.decisions-followed-up}: the requirement and its interpretation are in the catalogue
 * data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic. One
 * obligation per decision taken at a twin-town meeting of the chain, due by the last day of the
 * chain's next meeting and satisfied by a follow-up dated by then (and known by the as-of date).
 */
final class DecisionsFollowedUp extends ObligationRule {
  DecisionsFollowedUp() {
    super("va.decisions-followed-up");
  }

  @Override
  public Stream<Obligation> obligations(Evaluation evaluation, DateRange range) {
    Chain chain = Chain.of(evaluation);
    return evaluation.register().getDecisions().stream()
        .filter(decision -> range.contains(decision.getDate()))
        .flatMap(decision -> decision.getMeeting().flatMap(evaluation.register()::findEvent)
            .flatMap(chain::agreementOf)
            .flatMap(agreement -> chain.nextMeeting(decision.getDate())
                .map(next -> obligation(evaluation, agreement, decision, next))).stream());
  }

  private Obligation obligation(Evaluation evaluation, Agreement agreement, Decision decision, Event next) {
    String id = decision.getId().value();
    return settle(evaluation,
        obligation("follow-up-" + decision.getDate().getYear() + "-" + id, agreement.getId(),
                decision.getDate().getYear(), DateRange.of(decision.getDate(), decision.getDate()))
            .addSubjects(RecordRef.of(RecordKind.DECISION, id),
                RecordRef.of(RecordKind.EVENT, decision.getMeeting().orElseThrow()),
                RecordRef.of(RecordKind.EVENT, next.getId()))
            .addArguments(String.valueOf(decision.getDate().getYear()), id, next.getTitle().orElse(next.getId().value())),
        next.lastDay(),
        decision.getFollowUps().stream().map(f -> Held.on(id + "@" + f.getDate(), f.getDate())).sorted().toList());
  }

  @Override
  protected Finding.Builder finding(Evaluation evaluation, Obligation missed) {
    Decision decision = evaluation.register().findDecision(DecisionId.of(missed.getSubjects().get(0).id())).orElseThrow();
    Event next = evaluation.register().findEvent(EventId.of(missed.getSubjects().get(2).id())).orElseThrow();
    return finding()
        .addAllSubjects(missed.getSubjects())
        .date(next.getDate())
        .fact("decision", Fact.ref(RecordKind.DECISION, decision.getId()))
        .fact("decisionDate", Fact.date(decision.getDate()))
        .fact("meeting", Fact.ref(RecordKind.EVENT, decision.getMeeting().orElseThrow()))
        .fact("nextMeeting", Fact.ref(RecordKind.EVENT, next.getId()))
        .fact("nextDate", Fact.date(next.getDate()))
        .fact("followUps", Fact.dates(decision.getFollowUps().stream().map(FollowUp::getDate)
            .filter(evaluation::isPast).sorted().toList()));
  }
}
