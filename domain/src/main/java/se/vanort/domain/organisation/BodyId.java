package se.vanort.domain.organisation;

import se.vanort.domain.Identifier;
import se.vanort.domain.RecordIds;

/** The id of a body (council, board, committee, administration, school, network), e.g. {@code ks}. */
public record BodyId(String value) implements Identifier<BodyId> {
  /**
   * Checks the id's form; see {@link RecordIds#checkValid}.
   *
   * @param value the text of the id
   */
  public BodyId {
    RecordIds.checkValid(value, "body id");
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static BodyId of(String value) {
    return new BodyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
