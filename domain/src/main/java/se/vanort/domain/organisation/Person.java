package se.vanort.domain.organisation;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.DateRange;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.municipality.MunicipalityId;

/**
 * A person of the register with the positions they hold over time. The name is optional: a register
 * may hold roles only (who was chair, not what they were called).
 */
@Value.Immutable
@VanortStyle
public interface Person extends WithPerson {
  /** {@return the id other records use to name the person} */
  PersonId getId();

  /** {@return the person's name, if the register keeps it} */
  Optional<@NonBlankText String> getName();

  /**
   * {@return the municipality the person serves, as recorded} Where it is not recorded, the person
   * belongs to the municipality of the bodies they hold positions in, or else to the register's
   * perspective municipality: ask the register ({@code Register#municipalityOf(Person)}), which
   * knows both.
   */
  Optional<MunicipalityId> getMunicipality();

  /** {@return the positions held, in any order} */
  ImmutableList<@Valid Position> getPositions();

  /** {@return how to reach the person, if recorded} */
  Optional<@Valid Contact> getContact();

  /**
   * {@return whether the person holds {@code role} (in any body) on {@code date}}
   *
   * @param role the role
   * @param date the day
   */
  default boolean holds(Role role, LocalDate date) {
    for (Position position : getPositions()) {
      if (position.getRole() == role && position.isHeldOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether the person holds a position (any role) in body {@code body} on some day of {@code range}}
   *
   * @param body the body
   * @param range the period
   */
  default boolean holdsIn(BodyId body, DateRange range) {
    for (Position position : getPositions()) {
      if (position.getBody().equals(body) && position.overlaps(range)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the positions held on {@code date}}
   *
   * @param date the day
   */
  default ImmutableList<Position> positionsOn(LocalDate date) {
    return getPositions().stream().filter(p -> p.isHeldOn(date)).collect(ImmutableList.toImmutableList());
  }

  /** {@return the person's name, or the id where the register keeps no name} */
  default String displayName() {
    return getName().orElse(getId().value());
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  final class Builder extends ImmutablePerson.Builder {}
}
