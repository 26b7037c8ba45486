package se.vanort.rules.query;

import se.vanort.rules.obligation.DueStatus;
import se.vanort.rules.obligation.Obligation;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.DateRange;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.rules.Messages;

/**
 * One thing that falls due: what, by when, under which clause, and whether it is done, due, missed
 * or optional as of the register's as-of date, with the records that satisfy it.
 */
@Value.Immutable
@VanortStyle
public interface DueItem extends WithDueItem {
  /**
   * {@return a stable identity, the same in every run for the same obligation, fit for an iCalendar UID:
   * {@code conference-2025-VA2021}, {@code network-meeting-2025-2-vimmerby},
   * {@code strategy-revision-2022-VIS2016}, {@code council-report-2025-bun}}
   */
  String getUid();

  /** {@return what falls due} */
  DueKind getKind();

  /**
   * {@return the calendar year it belongs to; for a strategy revision the last year of the mandate period}
   */
  int getYear();

  /**
   * {@return the day to show: the date of the record that satisfies it (or of a planned one), else the deadline}
   */
  LocalDate getDate();

  /**
   * {@return the days it concerns: a year, a mandate period's last day, an activity's days, a
   * decision's day}
   */
  DateRange getConcerns();

  /**
   * {@return the last day by which it must be done: the end of the year, of the mandate period or
   * of the agreement cycle}
   */
  LocalDate getDeadline();

  /** {@return whether {@link #getDate()} comes from a record rather than from the deadline} */
  boolean isDateRecorded();

  /** {@return the clause that requires or permits it} */
  ClauseId getClause();

  /** {@return the catalogue rule that checks it} */
  RuleId getRule();

  /**
   * {@return the document it falls under: the agreement ({@code VA2021}) or the strategy ({@code VIS2016})}
   */
  DocumentId getDocument();

  /** {@return the municipality it is due for; absent for what the chain owes together} */
  Optional<MunicipalityId> getMunicipality();

  /** {@return where it stands as of the as-of date} */
  DueStatus getStatus();

  /**
   * {@return the ids of the records that satisfy it: held ones when done, planned ones (after the as-of date)
   * when due; a council report, which has no id, as {@code committee/year} ({@code bun/2025})}
   */
  ImmutableList<String> getRecords();

  /** {@return the key of its description in the query messages} */
  String getDescriptionKey();

  /** {@return the arguments of its description ({0}, {1}, …)} */
  ImmutableList<String> getArguments();

  /**
   * {@return the description in the language of {@code messages}}
   *
   * @param messages the texts, in the reader's language
   */
  default String description(Messages messages) {
    return messages.text(getDescriptionKey(), getArguments());
  }

  /** The order of a calendar: by date, then kind, then uid. */
  Comparator<DueItem> ORDER = Comparator.comparing(DueItem::getDate)
      .thenComparing(DueItem::getKind)
      .thenComparing(DueItem::getUid);

  /**
   * {@return the calendar's item for {@code obligation}}
   *
   * @param obligation the obligation
   */
  static DueItem of(Obligation obligation) {
    DueKind kind = DueKind.of(obligation.getRule());
    return builder()
        .uid(obligation.getUid())
        .kind(kind)
        .year(obligation.getYear())
        .date(obligation.getDate())
        .deadline(obligation.getDeadline())
        .concerns(obligation.getConcerns())
        .dateRecorded(obligation.isDateRecorded())
        .clause(kind.clause())
        .rule(obligation.getRule())
        .document(obligation.getDocument())
        .municipality(obligation.getMunicipality())
        .status(obligation.getStatus())
        .records(obligation.getRecords())
        .descriptionKey(kind.messageKey()
            + obligation.getDescriptionVariant().map(variant -> "." + variant).orElse(""))
        .arguments(obligation.getArguments())
        .build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DueItem}. */
  final class Builder extends ImmutableDueItem.Builder {}
}
