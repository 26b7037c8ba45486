package se.vanort.domain.agreement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.municipality.MunicipalityId;

/**
 * A municipality bound by an agreement, with the days of its membership where they are recorded:
 * Moss joins VA2021's chain on 2020-01-01, when it succeeded Rygge. A party without {@code from} or
 * {@code until} is a member for the whole of the agreement's period.
 *
 * <p>Membership alone does not bind: a party is bound on a day only while it is a member and the
 * municipality exists ({@code Register#isBoundOn}). A municipality merged into another is succeeded
 * in its party role only where the register records the successor as a party of its own.
 */
@Value.Immutable
@VanortStyle
public interface Party extends WithParty {
  /** {@return the municipality} */
  @Value.Parameter
  MunicipalityId getMunicipality();

  /** {@return the first day of its membership; absent when it is a party from the agreement's first day} */
  Optional<LocalDate> getFrom();

  /** {@return the last day of its membership; absent while it remains a party} */
  Optional<LocalDate> getUntil();

  /**
   * {@return whether the membership covers {@code date} (the agreement's own period aside)}
   *
   * @param date the day
   */
  default boolean isMemberOn(LocalDate date) {
    return !(getFrom().isPresent() && date.isBefore(getFrom().get()))
        && !(getUntil().isPresent() && date.isAfter(getUntil().get()));
  }

  /** {@return whether the recorded end lies before the recorded start (a data error)} */
  default boolean isReversed() {
    return getFrom().isPresent() && getUntil().isPresent() && getUntil().get().isBefore(getFrom().get());
  }

  /**
   * {@return a party for the whole of the agreement's period}
   *
   * @param municipality the municipality
   */
  static Party of(MunicipalityId municipality) {
    return ImmutableParty.of(municipality);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}. */
  final class Builder extends ImmutableParty.Builder {}
}
