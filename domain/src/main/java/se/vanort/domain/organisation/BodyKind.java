package se.vanort.domain.organisation;

/** What kind of body a {@link Body} is; decision authority and leadership depend on it. */
public enum BodyKind {
  /** The municipal council, {@code kommunfullmäktige}. */
  COUNCIL,
  /** The executive board, {@code kommunstyrelsen}. */
  EXECUTIVE_BOARD,
  /** A committee, {@code nämnd}. */
  COMMITTEE,
  /** An administration, {@code förvaltning}, run by officials under a board or committee. */
  ADMINISTRATION,
  /** A school, under the committee responsible for schools. */
  SCHOOL,
  /** The municipality's international network (VIS2016/N1). */
  INTERNATIONAL_NETWORK,
  /** The region's network for international issues (VIS2016/N2). */
  REGIONAL_NETWORK,
  /** An association outside the municipality, e.g. a local branch of Föreningen Norden. */
  ASSOCIATION;

  /** {@return whether its members are elected politicians (council, executive board, committee)} */
  public boolean isPolitical() {
    return this == COUNCIL || this == EXECUTIVE_BOARD || this == COMMITTEE;
  }

  /** {@return whether it may decide partnership applications and appoint steering groups (VIS2016/P2)} */
  public boolean isBoardOrCommittee() {
    return this == EXECUTIVE_BOARD || this == COMMITTEE;
  }
}
