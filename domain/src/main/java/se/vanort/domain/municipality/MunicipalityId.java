package se.vanort.domain.municipality;

import se.vanort.domain.Identifier;
import se.vanort.domain.RecordIds;

/** The id of a municipality in a register, e.g. {@code vimmerby}. */
public record MunicipalityId(String value) implements Identifier<MunicipalityId> {
  public MunicipalityId {
    RecordIds.checkValid(value, "municipality id");
  }

  /** The id {@code value}. */
  public static MunicipalityId of(String value) {
    return new MunicipalityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
