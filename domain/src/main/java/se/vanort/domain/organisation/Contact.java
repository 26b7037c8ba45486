package se.vanort.domain.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;

/** How to reach a person: the contact register VA2021/O3 asks the secretaries to keep. */
@Value.Immutable
@VanortStyle
public interface Contact extends WithContact {
  /** {@return E-mail address} */
  Optional<@NonBlankText @Email(message = "must be an e-mail address such as name@vimmerby.se") String> getEmail();

  /** {@return telephone number, international form preferred} */
  Optional<@Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,}", message = "must be a telephone number such as +46 492 76 90 00") String> getPhone();

  /** {@return whether there is any way to reach the person} */
  default boolean isReachable() {
    return getEmail().isPresent() || getPhone().isPresent();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}. */
  final class Builder extends ImmutableContact.Builder {}
}
