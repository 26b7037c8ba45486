package se.vanort.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Party;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.register.Register;

/**
 * The twin-town chain as the agreements of a register define it, the one meaning of "the chain",
 * "the conference", "the meeting" and "the next meeting" that every rule and query uses.
 *
 * <ul>
 *   <li>A party is bound on a day while it is a member and exists ({@link Register#isBoundOn}); a
 *       municipality merged into another is succeeded only where the successor is recorded as a party.
 *   <li>An event belongs to an agreement's chain when its host is bound by the agreement on the
 *       event's date, or no host is recorded and the agreement is in force that day. An event after the
 *       agreement's period, up to the end of its revision year, belongs to it when the host is a party of
 *       the agreement or of its successor (the revision conference of 2027, say).
 *   <li>The chain's events are those belonging to the chain of some agreement; the next meeting after
 *       a day is the chain's first twin-town meeting that starts after it, whichever agreement governs it.
 * </ul>
 *
 * <p>Which agreements' chains each event of a kind belongs to is worked out once per evaluation, the
 * first time a rule asks about that kind, as a bit per agreement beside the events sorted by date; every
 * later question is a binary search and a bit test.
 */
public final class Chain {
  private static final Evaluation.Index<Chain> INDEX = Evaluation.Index.of("chain", Chain::new);

  private final Evaluation evaluation;
  private final Register register;
  private final ImmutableList<Agreement> agreements;
  private final Agreement[] successors;
  /** Words of agreement bits per event. */
  private final int words;
  private final AtomicReferenceArray<Members> members = new AtomicReferenceArray<>(EventKind.values().length);

  private Chain(Evaluation evaluation) {
    this.evaluation = evaluation;
    this.register = evaluation.register();
    this.agreements = register.getAgreements();
    this.successors = new Agreement[agreements.size()];
    for (int i = 0; i < successors.length; i++) {
      successors[i] = register.successorOf(agreements.get(i)).orElse(null);
    }
    this.words = Math.max(1, (agreements.size() + 63) >>> 6);
  }

  /**
   * {@return the chain of {@code evaluation}'s register, built once per evaluation}
   *
   * @param evaluation the evaluation under way
   */
  public static Chain of(Evaluation evaluation) {
    return evaluation.get(INDEX);
  }

  /**
   * {@return whether {@code party} is bound by {@code agreement} on some day of {@code days}: a
   * member that day, and the municipality still exists}
   *
   * @param agreement the agreement
   * @param party the municipality
   * @param days the days to look at
   */
  public boolean isBoundDuring(Agreement agreement, MunicipalityId party, DateRange days) {
    Optional<Party> role = agreement.findParty(party);
    if (role.isEmpty()) {
      return false;
    }
    LocalDate first = latest(latest(days.from(), agreement.getPeriod().from()),
        role.get().getFrom().orElse(LocalDate.MIN));
    LocalDate last = earliest(earliest(days.to(), agreement.getPeriod().to()),
        role.get().getUntil().orElse(LocalDate.MAX));
    return !last.isBefore(first) && register.existsOn(party, first);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * {@return whether {@code event} belongs to {@code agreement}'s chain}
   *
   * @param agreement the agreement
   * @param event the event
   */
  public boolean belongsTo(Agreement agreement, Event event) {
    int position = position(event);
    int index = indexOf(agreement);
    if (position < 0 || index < 0) {
      return derive(agreement, index < 0 ? register.successorOf(agreement).orElse(null) : successors[index], event);
    }
    return members(event.getKind()).has(position, index);
  }

  /** The definition of a chain's event, worked out once per event and agreement. */
  private boolean derive(Agreement agreement, Agreement successor, Event event) {
    LocalDate date = event.getDate();
    if (agreement.getPeriod().contains(date)) {
      return event.getHost().isEmpty() || register.isBoundOn(agreement, event.getHost().get(), date);
    }
    if (!agreement.reach().contains(date)) {
      return false;
    }
    if (event.getHost().isEmpty()) {
      return true;
    }
    // After the period, in the revision year: a party of this agreement (at its end) or of its successor.
    MunicipalityId host = event.getHost().get();
    return (agreement.isMemberOn(host, agreement.getPeriod().to()) && register.existsOn(host, date))
        || (successor != null && register.isBoundOn(successor, host, date));
  }

  /**
   * {@return whether {@code event} belongs to the chain of some agreement of the register}
   *
   * @param event the event
   */
  public boolean includes(Event event) {
    int position = position(event);
    if (position < 0) {
      return agreementOf(event).isPresent();
    }
    return members(event.getKind()).any(position);
  }

  /**
   * {@return the agreement whose chain {@code event} belongs to: the first in the register's order,
   * if any}
   *
   * @param event the event
   */
  public Optional<Agreement> agreementOf(Event event) {
    for (Agreement agreement : agreements) {
      if (belongsTo(agreement, event)) {
        return Optional.of(agreement);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return {@code agreement}'s chain events of {@code kind} whose first day lies in {@code year},
   * by date and id}
   *
   * @param agreement the agreement
   * @param kind the kind of event
   * @param year the calendar year
   */
  public ImmutableList<Event> events(Agreement agreement, EventKind kind, int year) {
    int index = indexOf(agreement);
    if (index < 0) {
      return ImmutableList.of();
    }
    Members of = members(kind);
    int from = evaluation.firstAfter(kind, LocalDate.of(year - 1, 12, 31));
    int to = evaluation.firstAfter(kind, LocalDate.of(year, 12, 31));
    ImmutableList.Builder<Event> events = ImmutableList.builder();
    for (int position = from; position < to; position++) {
      if (of.has(position, index)) {
        events.add(of.events.get(position));
      }
    }
    return events.build();
  }

  /**
   * {@return the chain's events of {@code kind} whose first day lies in {@code year}, by date and
   * id}
   *
   * @param kind the kind of event
   * @param year the calendar year
   */
  public ImmutableList<Event> events(EventKind kind, int year) {
    Members of = members(kind);
    int from = evaluation.firstAfter(kind, LocalDate.of(year - 1, 12, 31));
    int to = evaluation.firstAfter(kind, LocalDate.of(year, 12, 31));
    ImmutableList.Builder<Event> events = ImmutableList.builder();
    for (int position = from; position < to; position++) {
      if (of.any(position)) {
        events.add(of.events.get(position));
      }
    }
    return events.build();
  }

  /**
   * {@return the chain's first twin-town meeting that starts after {@code date}, recorded or
   * planned, whichever agreement governs it; a meeting hosted by a municipality outside the chain
   * (Joniškis) is not it}
   *
   * @param date the day
   */
  public Optional<Event> nextMeeting(LocalDate date) {
    Members of = members(EventKind.TWIN_TOWN_MEETING);
    for (int position = evaluation.firstAfter(EventKind.TWIN_TOWN_MEETING, date); position < of.events.size(); position++) {
      if (of.any(position)) {
        return Optional.of(of.events.get(position));
      }
    }
    return Optional.empty();
  }

  /** The position of {@code agreement} in the register's agreements, or -1. */
  private int indexOf(Agreement agreement) {
    for (int i = 0; i < agreements.size(); i++) {
      if (agreements.get(i) == agreement) {
        return i;
      }
    }
    return agreements.indexOf(agreement);
  }

  /** The position of {@code event} among the events of its kind by date, or -1 when the register does not hold it. */
  private int position(Event event) {
    EventKind kind = event.getKind();
    ImmutableList<Event> byDate = evaluation.eventsByDate(kind);
    int position = evaluation.firstAfter(kind, event.getDate().minusDays(1));
    for (; position < byDate.size() && byDate.get(position).getDate().equals(event.getDate()); position++) {
      if (byDate.get(position) == event) {
        return position;
      }
    }
    return -1;
  }

  private Members members(EventKind kind) {
    Members built = members.get(kind.ordinal());
    if (built == null) {
      built = new Members(evaluation.eventsByDate(kind));
      members.compareAndSet(kind.ordinal(), null, built);
      built = members.get(kind.ordinal());
    }
    return built;
  }

  /** The events of one kind by date, with a bit per agreement whose chain each belongs to. */
  private final class Members {
    final ImmutableList<Event> events;
    final long[] bits;

    Members(ImmutableList<Event> events) {
      this.events = events;
      this.bits = new long[events.size() * words];
      for (int position = 0; position < events.size(); position++) {
        Event event = events.get(position);
        for (int index = 0; index < agreements.size(); index++) {
          if (derive(agreements.get(index), successors[index], event)) {
            bits[position * words + (index >>> 6)] |= 1L << index;
          }
        }
      }
    }

    boolean has(int position, int index) {
      return (bits[position * words + (index >>> 6)] & (1L << index)) != 0;
    }

    boolean any(int position) {
      for (int word = 0; word < words; word++) {
        if (bits[position * words + word] != 0) {
          return true;
        }
      }
      return false;
    }
  }
}
