package se.vanort.domain.decision;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.event.EventId;

/** A recorded follow-up of a decision taken at a twin-town meeting (VA2021/O3). */
@Value.Immutable
@VanortStyle
public interface FollowUp extends WithFollowUp {
  /** {@return the day it was followed up.} */
  LocalDate getDate();

  /** {@return the meeting at which it was followed up, if any} */
  Optional<EventId> getEvent();

  /** {@return what was found or done} */
  Optional<@NonBlankText String> getNote();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUp}. */
  final class Builder extends ImmutableFollowUp.Builder {}
}
