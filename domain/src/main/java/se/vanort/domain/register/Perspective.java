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
  @Value.Parameter
  MunicipalityId getMunicipality();

  @Value.Parameter
  LocalDate getAsOf();

  /** The perspective of {@code municipality} as of {@code asOf}. */
  static Perspective of(MunicipalityId municipality, LocalDate asOf) {
    return ImmutablePerspective.of(municipality, asOf);
  }

  /** Builds a {@link Perspective}. */
  final class Builder extends ImmutablePerspective.Builder {}

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }
}
