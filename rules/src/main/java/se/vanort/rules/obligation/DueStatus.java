package se.vanort.rules.obligation;

import se.vanort.domain.Kebab;

/** Where an obligation stands as of the register's as-of date. */
public enum DueStatus {
  /** A record on or before the as-of date satisfies it. */
  DONE,
  /** Not yet satisfied, and its deadline lies after the as-of date. */
  DUE,
  /** Its deadline has passed and no record satisfies it by then. */
  MISSED,
  /** A permission: it may be done, never missed. */
  OPTIONAL;

  /** {@return the key of its label in the query messages, e.g. {@code query.due-status.missed}} */
  public String messageKey() {
    return "query.due-status." + Kebab.of(this);
  }
}
