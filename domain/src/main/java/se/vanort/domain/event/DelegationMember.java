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
  /** The person. */
  @Value.Parameter
  PersonId getPerson();

  /** The capacity, e.g. "youth council" or "interpreter", where it is not clear from positions. */
  Optional<@NonBlankText String> getCapacity();

  /** The member {@code person}, capacity unrecorded. */
  static DelegationMember of(PersonId person) {
    return ImmutableDelegationMember.of(person);
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DelegationMember}. */
  final class Builder extends ImmutableDelegationMember.Builder {}
}
