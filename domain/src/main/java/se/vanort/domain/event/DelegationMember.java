package se.vanort.domain.event;

import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.organisation.PersonId;

/** A person in a delegation, with the capacity they travel in if it is recorded. */
@Value.Immutable
@VanortStyle
public interface DelegationMember extends WithDelegationMember {
  /** {@return the person} */
  @Value.Parameter
  PersonId getPerson();

  /** {@return the capacity, e.g. "youth council" or "interpreter", where it is not clear from positions} */
  Optional<@NonBlankText String> getCapacity();

  /**
   * {@return the member {@code person}, capacity unrecorded}
   *
   * @param person the person
   */
  static DelegationMember of(PersonId person) {
    return ImmutableDelegationMember.of(person);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DelegationMember}. */
  final class Builder extends ImmutableDelegationMember.Builder {}
}
