package se.vanort.domain.organisation;

/** The role a person holds in a body; see {@link Position}. */
public enum Role {
  /** Chair ({@code ordförande}). */
  CHAIR,
  /** Vice chair ({@code vice ordförande}). */
  VICE_CHAIR,
  /** Member ({@code ledamot}). */
  MEMBER,
  /** Substitute member ({@code ersättare}). */
  SUBSTITUTE,
  /** Full-time elected official ({@code kommunalråd}). */
  FULL_TIME_ELECTED,
  /** Chief executive ({@code kommundirektör}, {@code kommunchef}). */
  CHIEF_EXECUTIVE,
  /** Head of an administration ({@code förvaltningschef}). */
  HEAD_OF_ADMINISTRATION,
  /** International coordinator of the executive board's administration (VIS2016/N1). */
  INTERNATIONAL_COORDINATOR,
  /** Twin-town secretary ({@code vänortssekreterare}, VA2021/O2). */
  TWIN_TOWN_SECRETARY,
  /** Teacher. */
  TEACHER,
  /** Any other official ({@code tjänsteman}). */
  OFFICIAL;

  /** {@return whether the role is held by an elected politician when held in a political body} */
  public boolean isElectedRole() {
    return this == CHAIR || this == VICE_CHAIR || this == MEMBER || this == SUBSTITUTE || this == FULL_TIME_ELECTED;
  }

  /** {@return whether the role is held by an employed official ({@code tjänsteman})} */
  public boolean isOfficialRole() {
    return !isElectedRole();
  }
}
