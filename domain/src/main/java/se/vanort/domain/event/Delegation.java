package se.vanort.domain.event;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.PersonId;

/** The people a municipality sends to an event (VA2021/O1d: its own choice of number and make-up). */
@Value.Immutable
@VanortStyle
public interface Delegation extends WithDelegation {
  /** {@return the municipality sending the delegation} */
  MunicipalityId getMunicipality();

  /** {@return its members} */
  @NotEmpty(message = "a delegation needs at least one member")
  ImmutableList<@Valid DelegationMember> getMembers();

  /** {@return the members' person ids, in order} */
  default ImmutableList<PersonId> memberIds() {
    return getMembers().stream().map(DelegationMember::getPerson).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return a delegation of {@code municipality} made of {@code members}}
   *
   * @param municipality the municipality
   * @param members the members
   */
  static Delegation of(MunicipalityId municipality, PersonId... members) {
    Builder builder = builder().municipality(municipality);
    for (PersonId member : members) {
      builder.addMember(DelegationMember.of(member));
    }
    return builder.build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Delegation}. */
  final class Builder extends ImmutableDelegation.Builder {}
}
