package se.vanort.domain.activity;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;

/** Where and when a project was published on the municipality's website (VIS2016/N1). */
@Value.Immutable
@VanortStyle
public interface Publication extends WithPublication {
  /** {@return the page} */
  @Pattern(regexp = "https?://\\S+", message = "must be a web address starting with http:// or https://")
  String getUrl();

  /** {@return the day it was published} */
  LocalDate getDate();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}. */
  final class Builder extends ImmutablePublication.Builder {}
}
