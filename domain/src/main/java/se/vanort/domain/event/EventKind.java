package se.vanort.domain.event;

/** What kind of event an {@link Event} is. */
public enum EventKind {
  /** The twin-town conference ({@code vänortskonferens}, VA2021/A1). */
  CONFERENCE,
  /** The formal twin-town meeting that evaluates the activity plan ({@code vänortsmöte}, VA2021/O1). */
  TWIN_TOWN_MEETING,
  /** The youth camp held with a conference (VA2021/A2). */
  YOUTH_CAMP,
  /** A forum for the youth councils, possible in years without a conference (VA2021/A2). */
  YOUTH_COUNCIL_FORUM,
  /** A meeting of the twin-town secretaries (VA2021/O2). */
  SECRETARIES_MEETING,
  /** A meeting of the municipality's international network (VIS2016/N1). */
  NETWORK_MEETING,
  /** A meeting of the region's network for international issues (VIS2016/N2). */
  REGIONAL_NETWORK_MEETING,
  /** A visit to or from a twin town. */
  TWIN_TOWN_VISIT,
  /** A study visit. */
  STUDY_VISIT,
  /** An exchange (school, culture, staff). */
  EXCHANGE
}
