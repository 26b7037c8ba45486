package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
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
  private static final Evaluation.Index<ImmutableList<Scope>> SCOPES = Evaluation.Index.of("agreement.scopes", e -> {
    ImmutableList.Builder<Scope> scopes = ImmutableList.builder();
    for (Agreement agreement : e.agreements()) {
      agreement.getPeriod().intersection(e.period()).ifPresent(days -> scopes.add(new Scope(agreement, days)));
    }
    return scopes.build();
  });
  private static final EnumMap<EventKind, Evaluation.Index<ImmutableList<Event>>> PAST_CHAIN_EVENTS =
      new EnumMap<>(EventKind.class);

  static {
    for (EventKind kind : EventKind.values()) {
      PAST_CHAIN_EVENTS.put(kind, Evaluation.Index.of("agreement.pastChainEvents." + kind, e -> {
        ImmutableList<Scope> scopes = of(e);
        ImmutableList<Event> byDate = e.eventsByDate(kind);
        ImmutableList.Builder<Event> past = ImmutableList.builder();
        for (Event event : byDate.subList(0, e.firstAfter(kind, e.asOf()))) {
          if (coveredByAny(e, scopes, event)) {
            past.add(event);
          }
        }
        return past.build();
      }));
    }
  }

  /** The scopes of the evaluation's agreements, built once per evaluation. */
  static ImmutableList<Scope> of(Evaluation evaluation) {
    return evaluation.get(SCOPES);
  }

  /** The agreement's id, the subject of a finding about the chain as a whole. */
  String agreementId() {
    return agreement.getId().value();
  }

  /** Whether {@code event} falls in the scope and belongs to the agreement's chain. */
  boolean covers(Evaluation evaluation, Event event) {
    return days.contains(event.getDate()) && Chain.of(evaluation).belongsTo(agreement, event);
  }

  private static boolean coveredByAny(Evaluation evaluation, ImmutableList<Scope> scopes, Event event) {
    for (Scope scope : scopes) {
      if (scope.covers(evaluation, event)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The events of {@code kind} on or before the as-of date that fall in the scope of some agreement,
   * each once however many agreements cover it, by date and id; found once per evaluation.
   */
  static ImmutableList<Event> pastChainEvents(Evaluation evaluation, EventKind kind) {
    return evaluation.get(PAST_CHAIN_EVENTS.get(kind));
  }

  /** The agenda of {@code event} as a fact: the codes of its items, in their order. */
  static Fact agendaOf(Event event) {
    return Fact.codes(AgendaItem.class, event.getAgendaItems().stream().sorted().toList());
  }
}
