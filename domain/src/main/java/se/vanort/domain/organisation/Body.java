package se.vanort.domain.organisation;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.municipality.MunicipalityId;

/**
 * A body that decides, administers or meets: council, executive board, committee, administration,
 * school, the international network, the regional network, an association.
 */
@Value.Immutable
@VanortStyle
public interface Body extends WithBody {
  /** {@return the id other records use to name it, e.g. {@code ks}} */
  BodyId getId();

  /** {@return what kind of body it is} */
  BodyKind getKind();

  /** {@return its name, e.g. {@code Kommunstyrelsen}} */
  @NotBlank(message = "must name the body")
  String getName();

  /**
   * {@return the municipality it belongs to, as recorded} Where it is not recorded, a body belongs
   * to the register's perspective municipality, except a regional network or an association, which
   * belong to none: ask the register ({@code Register#municipalityOf(Body)}).
   */
  Optional<MunicipalityId> getMunicipality();

  /** {@return whether a body of this kind belongs to no municipality unless the register says otherwise} */
  default boolean belongsToNoMunicipalityByDefault() {
    return getKind() == BodyKind.REGIONAL_NETWORK || getKind() == BodyKind.ASSOCIATION;
  }

  /** {@return the body it sits under: a school under its committee, an administration under its board} */
  Optional<BodyId> getParent();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Body}. */
  final class Builder extends ImmutableBody.Builder {}
}
