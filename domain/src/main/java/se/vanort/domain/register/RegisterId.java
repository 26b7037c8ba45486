package se.vanort.domain.register;

import se.vanort.domain.Identifier;
import se.vanort.domain.RecordIds;


/** The id under which a register is stored, by default its perspective municipality's id. */
public record RegisterId(String value) implements Identifier<RegisterId> {
  /**
   * Checks the id's form; see {@link RecordIds#checkValid}.
   *
   * @param value the text of the id
   */
  public RegisterId {
    RecordIds.checkValid(value, "register id");
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static RegisterId of(String value) {
    return new RegisterId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
