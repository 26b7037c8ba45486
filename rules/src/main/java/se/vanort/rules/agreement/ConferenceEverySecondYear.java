package se.vanort.rules.agreement;

import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.conference-every-second-year}: the requirement and its interpretation are in the
 * catalogue data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their
 * logic.
 */
final class ConferenceEverySecondYear extends RecurringEventRule {
  ConferenceEverySecondYear() {
    super("va.conference-every-second-year", EventKind.CONFERENCE, "conference");
  }

  @Override
  Cycle cycle(Agreement agreement) {
    return agreement.getConferenceCycle();
  }
}
