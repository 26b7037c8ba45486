package se.vanort.rules.agreement;

import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.meeting-evaluates-activity-plan} (VA2021/O1a, SHALL): "Vänortsmötets huvudansvar är att
 * utvärdera, följa upp och eventuella ändra aktivitetsplan och riktlinjer."
 *
 * <p>Interpretation: the meeting's main responsibility shows on its agenda, so each twin-town
 * meeting of the chain held in the evaluated period, on or before the as-of date, has the agenda
 * item {@link AgendaItem#EVALUATE_ACTIVITY_PLAN}. Changing the plan is optional ("eventuella"), so
 * no decision of matter {@code ACTIVITY_PLAN} is required. A conference's agenda does not count.
 */
final class MeetingEvaluatesActivityPlan extends AgendaItemRule {
  MeetingEvaluatesActivityPlan() {
    super("va.meeting-evaluates-activity-plan", EventKind.TWIN_TOWN_MEETING, AgendaItem.EVALUATE_ACTIVITY_PLAN);
  }
}
