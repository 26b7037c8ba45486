package se.vanort.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
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
 */
public final class Chain {
  private static final String INDEX = "chain";

  private final Evaluation evaluation;
  private final Register register;

  private Chain(Evaluation evaluation) {
    this.evaluation = evaluation;
    this.register = evaluation.register();
  }

  /**
   * {@return the chain of {@code evaluation}'s register, built once per evaluation}
   *
   * @param evaluation the evaluation under way
   */
  public static Chain of(Evaluation evaluation) {
    return evaluation.index(INDEX, Chain::new);
  }

  /**
   * {@return the agreement that follows {@code agreement}: the register's agreement with the
   * earliest first day after {@code agreement}'s first day}
   *
   * @param agreement the agreement
   */
  public Optional<Agreement> successor(Agreement agreement) {
    return register.getAgreements().stream()
        .filter(other -> other.getPeriod().from().isAfter(agreement.getPeriod().from()))
        .min(Comparator.comparing((Agreement other) -> other.getPeriod().from()));
  }

  /**
   * {@return the days an agreement reaches: its period, extended to the end of its revision year
   * when that lies after the period (the revision conference is held under the agreement being
   * revised)}
   *
   * @param agreement the agreement
   */
  public static DateRange reach(Agreement agreement) {
    LocalDate endOfRevisionYear = LocalDate.of(agreement.getRevisionYear(), 12, 31);
    LocalDate to = agreement.getPeriod().to();
    return DateRange.of(agreement.getPeriod().from(), endOfRevisionYear.isAfter(to) ? endOfRevisionYear : to);
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
    LocalDate date = event.getDate();
    if (agreement.getPeriod().contains(date)) {
      return event.getHost().map(host -> register.isBoundOn(agreement, host, date)).orElse(true);
    }
    if (!reach(agreement).contains(date)) {
      return false;
    }
    // After the period, in the revision year: a party of this agreement (at its end) or of its successor.
    LocalDate lastDay = agreement.getPeriod().to();
    return event.getHost().map(host -> (agreement.isMemberOn(host, lastDay) && register.existsOn(host, date))
            || successor(agreement).filter(next -> register.isBoundOn(next, host, date)).isPresent())
        .orElse(true);
  }

  /**
   * {@return whether {@code event} belongs to the chain of some agreement of the register}
   *
   * @param event the event
   */
  public boolean includes(Event event) {
    return agreementOf(event).isPresent();
  }

  /**
   * {@return the agreement whose chain {@code event} belongs to: the first in the register's order,
   * if any}
   *
   * @param event the event
   */
  public Optional<Agreement> agreementOf(Event event) {
    for (Agreement agreement : register.getAgreements()) {
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
    return evaluation.events(kind, year).stream()
        .filter(event -> belongsTo(agreement, event))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the chain's events of {@code kind} whose first day lies in {@code year}, by date and
   * id}
   *
   * @param kind the kind of event
   * @param year the calendar year
   */
  public ImmutableList<Event> events(EventKind kind, int year) {
    return evaluation.events(kind, year).stream().filter(this::includes).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the chain's first twin-town meeting that starts after {@code date}, recorded or
   * planned, whichever agreement governs it; a meeting hosted by a municipality outside the chain
   * (Joniškis) is not it}
   *
   * @param date the day
   */
  public Optional<Event> nextMeeting(LocalDate date) {
    return evaluation.eventsAfter(EventKind.TWIN_TOWN_MEETING, date).stream().filter(this::includes).findFirst();
  }
}
