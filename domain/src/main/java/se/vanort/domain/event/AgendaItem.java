package se.vanort.domain.event;

/** An item on an event's agenda that a rule looks for. */
public enum AgendaItem {
  /** Evaluate, follow up and possibly change the activity plan and guidelines (VA2021/O1a). */
  EVALUATE_ACTIVITY_PLAN,
  /** Room for Föreningen Norden to meet (VA2021/A4). */
  NORDEN_MEETING,
  /** Exchange of knowledge and experience on the municipalities' development (VA2021/A5). */
  DEVELOPMENT_EXCHANGE,
  /** Revision of the twin-town agreement (VA2021/R). */
  AGREEMENT_REVISION,
  /** Follow-up of decisions taken at earlier twin-town meetings (VA2021/O3). */
  DECISION_FOLLOW_UP
}
