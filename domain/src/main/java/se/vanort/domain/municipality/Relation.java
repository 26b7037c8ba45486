package se.vanort.domain.municipality;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;

/**
 * A tie between a municipality of the register and a partner abroad: twin town, partnership or
 * informal contact, with when it began, when it ended, its theme and the channel it runs through.
 */
@Value.Immutable
@VanortStyle
public interface Relation extends WithRelation {
  /** {@return the id other records use to name it} */
  RelationId getId();

  /** {@return the municipality of the register that holds the relation (Vimmerby)} */
  MunicipalityId getMunicipality();

  /** {@return the partner municipality} */
  MunicipalityId getPartner();

  /** {@return twin town, partnership or informal contact} */
  RelationKind getKind();

  /** {@return the year it began, if known (Rygge 1988, Þorlákshöfn 2000, Joniškis 1994)} */
  Optional<Year> getSince();

  /** {@return the last day of the relation if it is time-limited or has ended} */
  Optional<LocalDate> getUntil();

  /** {@return the theme of a partnership (e.g. the Convention on the Rights of the Child)} */
  Optional<@NonBlankText String> getTheme();

  /** {@return the channel the contacts run through, e.g. {@code Föreningen Norden}} */
  Optional<@NonBlankText String> getChannel();

  /** {@return free text, e.g. "since the Second World War" where no exact year is known} */
  Optional<@NonBlankText String> getNote();

  /**
   * {@return whether the relation is in force on {@code date}: begun (if its start is known) and not ended}
   *
   * @param date the day
   */
  default boolean isActiveOn(LocalDate date) {
    return getSince().map(year -> year.getValue() <= date.getYear()).orElse(true)
        && getUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /**
   * {@return whether this is a formal twin-town relation on {@code date}} A relation with a municipality
   * that no longer exists is not one (VIS2016/B says so of Skærbæk).
   *
   * @param date the day
   * @param partner the partner
   */
  default boolean isFormalTwinTownOn(LocalDate date, Municipality partner) {
    return getKind() == RelationKind.TWIN_TOWN && isActiveOn(date) && partner.existsOn(date);
  }

  /** {@return whether a partnership has neither a theme nor a time limit (VIS2016/W5 prefers one of them)} */
  default boolean isOpenEndedWithoutTheme() {
    return getKind() == RelationKind.PARTNERSHIP && getTheme().isEmpty() && getUntil().isEmpty();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Relation}. */
  final class Builder extends ImmutableRelation.Builder {}
}
