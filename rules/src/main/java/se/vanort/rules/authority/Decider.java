package se.vanort.rules.authority;

/** Who decides a matter, as the documents describe the decider; see {@link AuthorityTable}. */
public enum Decider {
  /** The municipal council, {@code kommunfullmäktige}. */
  COUNCIL("council"),
  /** The executive board or a committee. */
  EXECUTIVE_BOARD_OR_COMMITTEE("executive-board-or-committee"),
  /** The committee that owns the project and pays for it from its own budget. */
  OWNING_COMMITTEE("owning-committee"),
  /** The school itself, within its own budget. */
  SCHOOL("school"),
  /** The committee responsible for the school. */
  RESPONSIBLE_COMMITTEE("responsible-committee"),
  /** The parties of the agreement together, at the twin-town conference. */
  PARTIES_AT_CONFERENCE("parties-at-conference"),
  /** The twin-town meeting of the chain. */
  TWIN_TOWN_MEETING("twin-town-meeting"),
  /** No clause of the documents assigns the matter. */
  NONE("none");

  private final String slug;

  Decider(String slug) {
    this.slug = slug;
  }

  /** {@return the key of its description in the query messages, e.g. {@code query.decider.council}} */
  public String messageKey() {
    return "query.decider." + slug;
  }
}
