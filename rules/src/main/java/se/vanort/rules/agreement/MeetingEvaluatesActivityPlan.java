package se.vanort.rules.agreement;

import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.meeting-evaluates-activity-plan}: the requirement and its interpretation are in the
 * catalogue data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their
 * logic: the agenda item {@link AgendaItem#EVALUATE_ACTIVITY_PLAN} at every twin-town meeting
 * ({@link AgendaItemRule}).
 */
final class MeetingEvaluatesActivityPlan extends AgendaItemRule {
  MeetingEvaluatesActivityPlan() {
    super("va.meeting-evaluates-activity-plan", EventKind.TWIN_TOWN_MEETING, AgendaItem.EVALUATE_ACTIVITY_PLAN);
  }
}
