package se.vanort.domain.project;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.organisation.BodyId;

/** A consultation of the international network about a contact (VIS2016/P3). */
@Value.Immutable
@VanortStyle
public interface Consultation extends WithConsultation {
  /** {@return the network consulted} */
  BodyId getNetwork();

  /** {@return the day} */
  LocalDate getDate();

  /** {@return what it was about} */
  Optional<@NonBlankText String> getSubject();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Consultation}. */
  final class Builder extends ImmutableConsultation.Builder {}
}
