package se.vanort.domain.agreement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import org.immutables.value.Value;
import se.vanort.domain.DateRange;
import se.vanort.domain.ValueLimits;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.municipality.MunicipalityId;

/**
 * A twin-town agreement as data: its parties, validity, the cycle of conferences and meetings and
 * the revision interval. VA2021 is one such value; the next agreement (2027–) is another, with no
 * change of code.
 *
 * <p>Interpretations decided in the catalogue: "vartannat år" and "vart 6 år" count calendar years;
 * the cycles are anchored on the agreement's first year, so VA2021's conference and meeting years
 * are 2021, 2023, 2025, … and its revision year is 2021 + 6 = 2027. An agreement whose revision year
 * is not a conference year is refused when it is built, because VA2021/R ties the revision to the
 * conference.
 */
@Value.Immutable
@VanortStyle
public interface Agreement extends WithAgreement {
  /** {@return the document the agreement is, e.g. {@code VA2021}} */
  DocumentId getId();

  /** {@return the days it is in force} */
  DateRange getPeriod();

  /**
   * {@return the municipalities bound by it, each with its membership where recorded} VA2021 lists
   * none: they are data of the register.
   */
  @Size(min = 2, message = "an agreement needs at least two parties")
  ImmutableList<@Valid Party> getParties();

  /** {@return when twin-town conferences are held (VA2021/A1)} */
  Cycle getConferenceCycle();

  /** {@return when twin-town meetings are held (VA2021/O1); by default the conference cycle} */
  @Value.Default
  default Cycle getMeetingCycle() {
    return getConferenceCycle();
  }

  /** {@return the number of years between two revisions (VA2021/R: 6)} */
  @Positive(message = "must be a positive number of years")
  int getRevisionEveryYears();

  /**
   * {@return whether a conference falls due in {@code year}}
   *
   * @param year the calendar year
   */
  default boolean isConferenceYear(int year) {
    return getConferenceCycle().includes(year);
  }

  /**
   * {@return whether a twin-town meeting falls due in {@code year}}
   *
   * @param year the calendar year
   */
  default boolean isMeetingYear(int year) {
    return getMeetingCycle().includes(year);
  }

  /** {@return the year the agreement is revised: its first year plus the revision interval} */
  default int getRevisionYear() {
    return getPeriod().from().getYear() + getRevisionEveryYears();
  }

  /**
   * {@return the conference years within {@code range}}
   *
   * @param range the period
   */
  default IntStream conferenceYearsIn(DateRange range) {
    return range.years().filter(this::isConferenceYear);
  }

  /**
   * {@return whether {@code municipality} is a party at some time, whatever its membership period}
   *
   * @param municipality the municipality
   */
  default boolean isParty(MunicipalityId municipality) {
    return findParty(municipality).isPresent();
  }

  /**
   * {@return the party role of {@code municipality}, if it has one}
   *
   * @param municipality the municipality
   */
  default Optional<Party> findParty(MunicipalityId municipality) {
    for (Party party : getParties()) {
      if (party.getMunicipality().equals(municipality)) {
        return Optional.of(party);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether {@code municipality} is a member on {@code date}: a party whose membership
   * covers the day, within the agreement's period} Whether the municipality still exists is the
   * register's to say ({@code Register#isBoundOn}).
   *
   * @param municipality the municipality
   * @param date the day
   */
  default boolean isMemberOn(MunicipalityId municipality, LocalDate date) {
    if (!getPeriod().contains(date)) {
      return false;
    }
    ImmutableList<Party> parties = getParties();
    for (int i = 0; i < parties.size(); i++) {
      if (parties.get(i).getMunicipality().equals(municipality)) {
        return parties.get(i).isMemberOn(date);
      }
    }
    return false;
  }

  /**
   * {@return the days the agreement reaches: its period, extended to the end of its revision year
   * when that lies after the period (the revision conference is held under the agreement being
   * revised)}
   */
  @Value.Lazy
  default DateRange reach() {
    LocalDate endOfRevisionYear = LocalDate.of(getRevisionYear(), 12, 31);
    LocalDate to = getPeriod().to();
    return DateRange.of(getPeriod().from(), endOfRevisionYear.isAfter(to) ? endOfRevisionYear : to);
  }

  /** {@return the parties' municipalities, in the order recorded} */
  default ImmutableList<MunicipalityId> partyIds() {
    return getParties().stream().map(Party::getMunicipality).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return whether the revision year lies within the agreement's period or in the year right
   * after it (the catalogue's second round): a revision further off cannot be this agreement's}
   */
  default boolean isRevisionYearPlausible() {
    int year = getRevisionYear();
    return year >= getPeriod().from().getYear() && year <= getPeriod().to().getYear() + 1;
  }

  /** The revision must coincide with a conference (VA2021/R). */
  @Value.Check
  default void checkRevisionAtConference() {
    checkArgument(getRevisionEveryYears() <= ValueLimits.MAX_PERIOD_YEARS,
        "agreement %s: a revision every %s years is more than the %s years vanort works with",
        getId(), getRevisionEveryYears(), ValueLimits.MAX_PERIOD_YEARS);
    checkArgument(
        isConferenceYear(getRevisionYear()),
        "agreement %s: the revision year %s (first year %s + %s) is not a conference year of the cycle"
            + " every %s years from %s; VA2021/R requires the revision to coincide with a conference",
        getId(), getRevisionYear(), getPeriod().from().getYear(), getRevisionEveryYears(),
        getConferenceCycle().everyYears(), getConferenceCycle().anchorYear());
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}. */
  final class Builder extends ImmutableAgreement.Builder {
    /**
     * Adds a party for the whole of the agreement's period.
     *
     * @param municipality the municipality
     * @return this builder
     */
    public Builder addParty(MunicipalityId municipality) {
      return addParties(Party.of(municipality));
    }

    /**
     * Adds parties for the whole of the agreement's period.
     *
     * @param municipalities the municipalities
     * @return this builder
     */
    public Builder addParties(MunicipalityId... municipalities) {
      for (MunicipalityId municipality : municipalities) {
        addParties(Party.of(municipality));
      }
      return this;
    }

    /**
     * Adds parties for the whole of the agreement's period.
     *
     * @param municipalities the municipalities
     * @return this builder
     */
    public Builder addAllPartyIds(Iterable<MunicipalityId> municipalities) {
      municipalities.forEach(municipality -> addParties(Party.of(municipality)));
      return this;
    }
  }
}
