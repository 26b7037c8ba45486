package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.event.Event;
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
  /** What a message shows for a value that is not recorded. */
  static final String NOT_RECORDED = "—";

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

  /** The most values a message lists; the rest are counted, so that a finding's facts stay short. */
  static final int MOST_LISTED = 12;

  /**
   * The values joined for a message: {@code 2021, 2023, 2025}, or a dash when there are none; past
   * {@value #MOST_LISTED} values, the first ones and the number left out: {@code 2021, …, 2043 … (+38)}.
   */
  static String joined(Stream<?> values) {
    List<String> all = values.map(String::valueOf).toList();
    if (all.isEmpty()) {
      return NOT_RECORDED;
    }
    String text = String.join(", ", all.subList(0, Math.min(all.size(), MOST_LISTED)));
    return all.size() <= MOST_LISTED ? text : text + " … (+" + (all.size() - MOST_LISTED) + ")";
  }

  /** A recorded value for a message, or a dash when it is not recorded. */
  static String orDash(Optional<?> value) {
    return value.map(String::valueOf).orElse(NOT_RECORDED);
  }

  /** An event with the event it is linked to: {@code camp-2023 → conf-2023}, or a dash for none. */
  static String describeLink(Event event) {
    return event.getId() + " → " + orDash(event.getLinkedTo());
  }

  /** The agenda of {@code event} as a register file writes it: {@code norden-meeting, development-exchange}. */
  static String agendaOf(Event event) {
    return joined(event.getAgendaItems().stream().sorted()
        .map(item -> item.name().toLowerCase(Locale.ROOT).replace('_', '-')));
  }

  /** An event as a message names it: {@code conf-2023 (2023-06-14)}. */
  static String describe(Event event) {
    return event.getId() + " (" + event.getDate() + ")";
  }
}
