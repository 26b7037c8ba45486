package se.vanort.rules.agreement;

import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.conference-every-second-year} (VA2021/A1, SHALL): "Genomföra vänortskonferens vartannat
 * år."
 *
 * <p>Interpretation: each conference year of the agreement's conference cycle (VA2021: 2021, 2023,
 * 2025, …, anchored on the first year) that the evaluated period touches and that is closed as of
 * the as-of date has an event of kind {@link EventKind#CONFERENCE} in that calendar year, hosted by
 * a party or with no host recorded. A conference hosted by a municipality outside the agreement
 * belongs to another chain and does not count. The twin-town meeting is a separate event and does
 * not stand in for the conference.
 */
final class ConferenceEverySecondYear extends RecurringEventRule {
  ConferenceEverySecondYear() {
    super("va.conference-every-second-year", EventKind.CONFERENCE);
  }

  @Override
  Cycle cycle(Agreement agreement) {
    return agreement.getConferenceCycle();
  }
}
