package se.vanort.rules.strategy;

import se.vanort.domain.decision.Decision;
import se.vanort.rules.Finding;

/** The common shape of a finding about a decision: its id, its body, its date and both as arguments. */
final class DecisionFindings {
  private DecisionFindings() {}

  /**
   * {@code builder} completed for {@code decision}: subjects the decision and its body, dated the
   * day of the decision, arguments {0} decision id, {1} date, {2} the deciding body's name.
   */
  static Finding of(Finding.Builder builder, StrategyScope scope, Decision decision) {
    String decider = decision.getBody().map(scope::bodyName)
        .orElseGet(() -> decision.getMeeting().map(Object::toString).orElse(""));
    builder.addSubject(decision.getId().value());
    decision.getBody().ifPresent(body -> builder.addSubject(body.value()));
    decision.getMeeting().ifPresent(meeting -> builder.addSubject(meeting.value()));
    return builder.date(decision.getDate())
        .args(decision.getId(), decision.getDate(), decider)
        .build();
  }
}
