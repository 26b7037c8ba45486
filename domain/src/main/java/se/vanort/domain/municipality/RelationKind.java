package se.vanort.domain.municipality;

/** What kind of tie a relation is. */
public enum RelationKind {
  /** A formal twin town ({@code vänort}), established by the council (VIS2016/W5). */
  TWIN_TOWN,
  /** A municipal partnership ({@code partnerskap}), preferably with a theme or a time limit. */
  PARTNERSHIP,
  /** Contacts without a formal relation, e.g. the Danish link through Föreningen Norden. */
  INFORMAL_CONTACT
}
