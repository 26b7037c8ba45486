package se.vanort.rules.agreement;

import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.meeting-every-second-year} (VA2021/O1, SHALL): "Vart annat år hålls ett vänortsmöte."
 *
 * <p>Interpretation: each year of the agreement's meeting cycle (by default the conference cycle:
 * 2021, 2023, 2025, …) that the evaluated period touches and that is closed as of the as-of date
 * has an event of kind {@link EventKind#TWIN_TOWN_MEETING} in that calendar year, hosted by a party
 * or with no host recorded. A conference does not stand in for the meeting: they are two event
 * kinds, usually but not necessarily held together.
 */
final class MeetingEverySecondYear extends RecurringEventRule {
  MeetingEverySecondYear() {
    super("va.meeting-every-second-year", EventKind.TWIN_TOWN_MEETING);
  }

  @Override
  Cycle cycle(Agreement agreement) {
    return agreement.getMeetingCycle();
  }
}
