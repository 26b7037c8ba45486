package se.vanort.rules.agreement;

import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.secretaries-meet-yearly} (VA2021/O2, SHALL): "sekreterarna möts minst en gång per år."
 *
 * <p>Interpretation: "per år" is a calendar year; every year that the evaluated period touches and
 * that is closed as of the as-of date has at least one event of kind
 * {@link EventKind#SECRETARIES_MEETING}, hosted by a party or with no host recorded (a meeting held
 * online often has none). Who took part is not checked: the register records the meeting, not
 * attendance.
 */
final class SecretariesMeetYearly extends RecurringEventRule {
  SecretariesMeetYearly() {
    super("va.secretaries-meet-yearly", EventKind.SECRETARIES_MEETING);
  }

  @Override
  Cycle cycle(Agreement agreement) {
    return Cycle.of(1, agreement.getPeriod().from().getYear());
  }
}
