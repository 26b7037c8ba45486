package se.vanort.domain;

/** The id of any record of a register (the subject of a decision), whatever its kind. */
public record RecordId(String value) implements Identifier<RecordId> {
  /**
   * Checks the id's form; see {@link RecordIds#checkValid}.
   *
   * @param value the text of the id
   */
  public RecordId {
    RecordIds.checkValid(value, "record id");
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static RecordId of(String value) {
    return new RecordId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
