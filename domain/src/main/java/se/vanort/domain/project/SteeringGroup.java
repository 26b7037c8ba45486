package se.vanort.domain.project;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.organisation.PersonId;

/** A project's steering group and the decision that appointed it (VIS2016/P2). */
@Value.Immutable
@VanortStyle
public interface SteeringGroup extends WithSteeringGroup {
  /** {@return the appointing decision} */
  DecisionId getAppointedBy();

  /** {@return its members} */
  ImmutableList<PersonId> getMembers();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SteeringGroup}. */
  final class Builder extends ImmutableSteeringGroup.Builder {}
}
