package se.vanort.domain.organisation;

import se.vanort.domain.Identifier;
import se.vanort.domain.RecordIds;

/** The id of a person of the register, e.g. {@code p-kso}; a register may hold roles without names. */
public record PersonId(String value) implements Identifier<PersonId> {
  /**
   * Checks the id's form; see {@link RecordIds#checkValid}.
   *
   * @param value the text of the id
   */
  public PersonId {
    RecordIds.checkValid(value, "person id");
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
