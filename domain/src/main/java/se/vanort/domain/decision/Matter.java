package se.vanort.domain.decision;

/** What a decision is about; decision authority depends on it. */
public enum Matter {
  /** Establish a new twin town (VIS2016/W5: the council). */
  ESTABLISH_TWIN_TOWN,
  /** An application for a municipal partnership (VIS2016/P2: the executive board or a committee). */
  PARTNERSHIP_APPLICATION,
  /** Appoint a steering group (VIS2016/P2: the executive board or a committee). */
  APPOINT_STEERING_GROUP,
  /** Decide a project (VIS2016/O5: the committee that owns it). */
  PROJECT,
  /** Take part in a school exchange (VIS2016/E2: the school, or the committee when over budget). */
  SCHOOL_EXCHANGE,
  /** Adopt the strategy for international contacts (the council). */
  ADOPT_STRATEGY,
  /** Revise the strategy (VIS2016/R1: the council, once per mandate period). */
  REVISE_STRATEGY,
  /** Revise the twin-town agreement (VA2021/R: the parties, at the conference). */
  REVISE_AGREEMENT,
  /** Appoint the twin-town secretary (VA2021/O2). */
  APPOINT_SECRETARY,
  /** A decision of a twin-town meeting on the activity plan or guidelines (VA2021/O1a, O3). */
  ACTIVITY_PLAN,
  /** Anything else. */
  OTHER
}
