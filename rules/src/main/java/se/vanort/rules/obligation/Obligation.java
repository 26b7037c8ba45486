package se.vanort.rules.obligation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.DateRange;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.rules.RecordRef;

/**
 * One occurrence of something the documents require by a date: the conference of 2025, the report
 * back on 2024 by 30 June 2025, the funding investigation of a project by its start. It is the one
 * object that both the check (a {@link DueStatus#MISSED} obligation is a finding of its rule) and the
 * calendar of what is due read, so that "missed" and "a finding" can never disagree.
 */
@Value.Immutable
@VanortStyle
public interface Obligation extends WithObligation {
  /**
   * {@return a stable identity, the same in every run for the same obligation, fit for an iCalendar
   * UID: {@code conference-2025-VA2021}, {@code network-meeting-2025-2-vimmerby}}
   */
  String getUid();

  /** {@return the catalogue rule that requires (or, for a permission, permits) it} */
  RuleId getRule();

  /**
   * {@return the document it falls under: the agreement ({@code VA2021}) or the strategy
   * ({@code VIS2016})}
   */
  DocumentId getDocument();

  /** {@return the municipality it is due for; absent for what the chain owes together} */
  Optional<MunicipalityId> getMunicipality();

  /**
   * {@return the calendar year it concerns; for a revision of the strategy the last year of the
   * mandate period}
   */
  int getYear();

  /**
   * {@return the days it concerns: a calendar year, a mandate period, an activity's days, the day
   * of a decision} A check of a period reports the obligations whose days meet the period.
   */
  DateRange getConcerns();

  /** {@return the last day by which it must be done} */
  LocalDate getDeadline();

  /** {@return where it stands as of the as-of date} */
  DueStatus getStatus();

  /**
   * {@return the day to show: the date of the record that satisfies it (or of a planned one), else
   * the deadline (or a target day within the year, for the network's first meeting)}
   */
  LocalDate getDate();

  /** {@return whether {@link #getDate()} comes from a record rather than from the deadline} */
  boolean isDateRecorded();

  /**
   * {@return the ids of the records that bear on it: those that satisfy it when done, the planned
   * ones (dated after the as-of date) when due, those that came too late when missed}
   */
  ImmutableList<String> getRecords();

  /** {@return the records concerned, for a finding: the agreement, the project, the committee} */
  ImmutableList<RecordRef> getSubjects();

  /** {@return the ids of the records concerned, in the order of {@link #getSubjects()}} */
  default ImmutableList<String> subjectIds() {
    return getSubjects().stream().map(RecordRef::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the arguments of its description in the calendar, written out: {0} the year, {1} who owes it
   * (by its recorded name), then more}
   */
  ImmutableList<String> getArguments();

  /**
   * {@return the variant of its description where the rule inferred what satisfies it, such as
   * {@code inferred-link} for a youth camp linked to the conference by host and dates}
   */
  Optional<String> getDescriptionVariant();

  /**
   * {@return whether it is missed: its deadline has passed as of the as-of date with no record
   * satisfying it}
   */
  default boolean isMissed() {
    return getStatus() == DueStatus.MISSED;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Obligation}. */
  final class Builder extends ImmutableObligation.Builder {}
}
