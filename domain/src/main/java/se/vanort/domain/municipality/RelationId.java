package se.vanort.domain.municipality;

import se.vanort.domain.Identifier;
import se.vanort.domain.RecordIds;

/** The id of a relation between two municipalities, e.g. {@code vimmerby-joniskis}. */
public record RelationId(String value) implements Identifier<RelationId> {
  /**
   * Checks the id's form; see {@link RecordIds#checkValid}.
   *
   * @param value the text of the id
   */
  public RelationId {
    RecordIds.checkValid(value, "relation id");
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static RelationId of(String value) {
    return new RelationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
