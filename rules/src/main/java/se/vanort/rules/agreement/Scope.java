package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.Event;
import se.vanort.rules.Fact;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.Chain;
import se.vanort.rules.Evaluation;

/**
 * The part of the evaluated period an agreement governs: the days the evaluation period and the
 * agreement's period share. Which events belong to the agreement's chain is the {@link Chain}'s to say.
 *
 * @param agreement the agreement
 * @param days the days of the evaluation period the agreement governs
 */
record Scope(Agreement agreement, DateRange days) {
  private static final String INDEX = "agreement.scopes";

  /** The scopes of the evaluation's agreements, built once per evaluation. */
  static ImmutableList<Scope> of(Evaluation evaluation) {
    return evaluation.index(INDEX, e -> e.agreements().stream()
        .flatMap(a -> a.getPeriod().intersection(e.period()).map(days -> new Scope(a, days)).stream())
        .collect(ImmutableList.toImmutableList()));
  }

  /** The agreement's id, the subject of a finding about the chain as a whole. */
  String agreementId() {
    return agreement.getId().value();
  }

  /** Whether {@code event} falls in the scope and belongs to the agreement's chain. */
  boolean covers(Evaluation evaluation, Event event) {
    return days.contains(event.getDate()) && Chain.of(evaluation).belongsTo(agreement, event);
  }

  /**
   * The events of {@code kind} on or before the as-of date that fall in the scope of some agreement,
   * each once however many agreements cover it.
   */
  static Stream<Event> pastChainEvents(Evaluation evaluation, EventKind kind) {
    ImmutableList<Scope> scopes = of(evaluation);
    return evaluation.events(kind).stream()
        .filter(event -> evaluation.isPast(event.getDate()))
        .filter(event -> scopes.stream().anyMatch(scope -> scope.covers(evaluation, event)));
  }

  /** The agenda of {@code event} as a fact: the codes of its items, in their order. */
  static Fact agendaOf(Event event) {
    return Fact.codes(AgendaItem.class, event.getAgendaItems().stream().sorted().toList());
  }
}
