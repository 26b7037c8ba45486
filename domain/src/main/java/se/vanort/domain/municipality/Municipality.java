package se.vanort.domain.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;

/**
 * A municipality, with the last day of its existence if it was merged into another (Skærbæk into
 * Tønder on 2007-01-01, Rygge into Moss on 2020-01-01).
 */
@Value.Immutable
@VanortStyle
public interface Municipality extends WithMunicipality {
  /** {@return the id other records use to name it} */
  MunicipalityId getId();

  /** {@return its name, e.g. {@code Vimmerby kommun}} */
  @NotBlank(message = "must name the municipality")
  String getName();

  /** {@return its country as an ISO 3166-1 alpha-2 code: SE, FI, NO, IS, DK, LT, UG, …} */
  @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as SE, FI, NO, IS or DK")
  String getCountry();

  /** {@return the last day it existed as a municipality of its own, if it no longer does} */
  Optional<LocalDate> getUntil();

  /** {@return the municipality it was merged into, if it was} */
  Optional<MunicipalityId> getMergedInto();

  /**
   * {@return whether it existed as a municipality of its own on {@code date}}
   *
   * @param date the day
   */
  default boolean existsOn(LocalDate date) {
    return getUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Municipality}. */
  final class Builder extends ImmutableMunicipality.Builder {}
}
