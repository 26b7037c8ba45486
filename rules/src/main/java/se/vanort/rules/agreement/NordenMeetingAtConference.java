package se.vanort.rules.agreement;

import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.norden-meeting-at-conference}: the requirement and its interpretation are in the
 * catalogue data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their
 * logic: the agenda item {@link AgendaItem#NORDEN_MEETING} at every conference ({@link
 * AgendaItemRule}).
 */
final class NordenMeetingAtConference extends AgendaItemRule {
  NordenMeetingAtConference() {
    super("va.norden-meeting-at-conference", EventKind.CONFERENCE, AgendaItem.NORDEN_MEETING);
  }
}
