package se.vanort.rules.agreement;

import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.norden-meeting-at-conference} (VA2021/A4, SHALL): "Möjliggöra möten för Föreningen
 * Norden på vänortskonferenser."
 *
 * <p>Interpretation: making a meeting possible is shown by room for it on the programme, so each
 * conference of the chain held in the evaluated period, on or before the as-of date, has the agenda
 * item {@link AgendaItem#NORDEN_MEETING}. Whether Föreningen Norden then met is not required.
 */
final class NordenMeetingAtConference extends AgendaItemRule {
  NordenMeetingAtConference() {
    super("va.norden-meeting-at-conference", EventKind.CONFERENCE, AgendaItem.NORDEN_MEETING);
  }
}
