package se.vanort.domain.municipality;

import se.vanort.domain.Identifier;
import se.vanort.domain.RecordIds;

/** The id of a municipality in a register, e.g. {@code vimmerby}. */
public record MunicipalityId(String value) implements Identifier<MunicipalityId> {
  /**
   * Refuses a value that is not a valid record id.
   *
   * @param value the text of the id
   */
  public MunicipalityId {
    RecordIds.checkValid(value, "municipality id");
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static MunicipalityId of(String value) {
    return new MunicipalityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
