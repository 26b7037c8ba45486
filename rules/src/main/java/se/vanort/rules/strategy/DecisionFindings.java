package se.vanort.rules.strategy;

import se.vanort.domain.decision.Decision;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/** The common shape of a finding about a decision: its id, its body, its date and both as facts. */
final class DecisionFindings {
  private DecisionFindings() {}

  /**
   * {@code builder} completed for {@code decision}: subjects the decision and its body, dated the
   * day of the decision, facts {@code decision}, {@code date} and {@code decider} (the body, or the meeting).
   */
  static Finding of(Finding.Builder builder, StrategyScope scope, Decision decision) {
    Fact decider = decision.getBody().map(body -> Fact.ref(RecordKind.BODY, body))
        .orElseGet(() -> Fact.ref(RecordKind.EVENT, decision.getMeeting()));
    builder.subject(RecordKind.DECISION, decision.getId());
    decision.getBody().ifPresent(body -> builder.subject(RecordKind.BODY, body));
    decision.getMeeting().ifPresent(meeting -> builder.subject(RecordKind.EVENT, meeting));
    return builder.date(decision.getDate())
        .fact("decision", Fact.ref(RecordKind.DECISION, decision.getId()))
        .fact("date", Fact.date(decision.getDate()))
        .fact("decider", decider)
        .build();
  }
}
