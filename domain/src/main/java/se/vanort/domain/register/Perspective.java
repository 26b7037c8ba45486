package se.vanort.domain.register;

import java.time.LocalDate;
import org.immutables.value.Value;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.VanortStyle;

/**
 * Whose register this is and as of when: the municipality whose strategy applies (Vimmerby) and
 * the date up to which the records are complete. Anything required after that date is due, not
 * missed.
 */
@Value.Immutable
@VanortStyle
public interface Perspective extends WithPerspective {
  /** {@return the municipality whose register it is} */
  @Value.Parameter
  MunicipalityId getMunicipality();

  /** {@return the date up to which the records are complete} */
  @Value.Parameter
  LocalDate getAsOf();

  /**
   * {@return the perspective of {@code municipality} as of {@code asOf}}
   *
   * @param municipality the municipality
   * @param asOf the day the register is read as of
   */
  static Perspective of(MunicipalityId municipality, LocalDate asOf) {
    return ImmutablePerspective.of(municipality, asOf);
  }

  /** Builds a {@link Perspective}. */
  final class Builder extends ImmutablePerspective.Builder {}

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }
}
