package se.vanort.domain.project;

/** What kind of international contact a {@link Project} is. */
public enum ProjectKind {
  /** A project, e.g. one financed by ICLD with Mukono. */
  PROJECT,
  /** An exchange of staff, culture or youth. */
  EXCHANGE,
  /** A school exchange (VIS2016/E1–E2). */
  SCHOOL_EXCHANGE,
  /** A municipal partnership (VIS2016/P1–P4). */
  PARTNERSHIP
}
