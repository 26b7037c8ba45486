package se.vanort.rules.agreement;

import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.meeting-every-second-year}: the requirement and its interpretation are in the catalogue
 * data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class MeetingEverySecondYear extends RecurringEventRule {
  MeetingEverySecondYear() {
    super("va.meeting-every-second-year", EventKind.TWIN_TOWN_MEETING, "twin-town-meeting");
  }

  @Override
  Cycle cycle(Agreement agreement) {
    return agreement.getMeetingCycle();
  }
}
