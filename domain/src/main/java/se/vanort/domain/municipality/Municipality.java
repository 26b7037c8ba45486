package se.vanort.domain.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;

/** A municipality, with the date it ceased to exist if it was merged into another. */
@Value.Immutable
@VanortStyle
public interface Municipality extends WithMunicipality {
  MunicipalityId getId();

  @NotBlank(message = "must name the municipality")
  String getName();

  @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as SE, FI, NO, IS or DK")
  String getCountry();

  Optional<LocalDate> getUntil();

  Optional<MunicipalityId> getMergedInto();

  default boolean existsOn(LocalDate date) {
    return getUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Municipality}. */
  final class Builder extends ImmutableMunicipality.Builder {}
}
