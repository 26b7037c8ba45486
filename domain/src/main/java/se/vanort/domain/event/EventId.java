package se.vanort.domain.event;

import se.vanort.domain.Identifier;
import se.vanort.domain.RecordIds;

/** The id of an event, e.g. {@code conf-2023}. */
public record EventId(String value) implements Identifier<EventId> {
  /**
   * Checks the id's form; see {@link RecordIds#checkValid}.
   *
   * @param value the text of the id
   */
  public EventId {
    RecordIds.checkValid(value, "event id");
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
