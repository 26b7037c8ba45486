package se.vanort.rules.query;

import se.vanort.rules.obligation.DueStatus;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.VanortStyle;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Rulebook;

/**
 * What falls due in a year or a range of days, for the twin-town chain and for the perspective
 * municipality, each item with its clause and its status as of the register's as-of date; what
 * {@code vanort due} prints and exports as iCalendar.
 *
 * <p>For every agreement, in each year of the range while it is in force: the conference and the
 * youth camp in conference years, the option of a youth-council forum in the other years, the
 * twin-town meeting in meeting years, the secretaries' meeting every year; and the revision in its
 * revision year. When the register holds the perspective municipality's strategy (VIS2016), from
 * the year it was adopted: its delegation at the conference (the Nordic meeting) in conference
 * years of the agreements it is party to, two meetings of the international network and the
 * coordinator at the regional network each year, a report to the council for every committee with
 * international work in the year (one that owns or takes part in a project running that year), and
 * the strategy's revision once per mandate period.
 *
 * <p>Yearly items belong to every calendar year the range touches; a revision of the strategy
 * belongs to the range when its date (the revision's, else the end of the mandate period) lies in it.
 * A record dated after the as-of date is planned: it gives the item its date but not the status
 * DONE.
 *
 * <pre>{@code
 * DueCalendar calendar = DueCalendar.of(register, DateRange.ofYear(2025));
 * Messages sv = Messages.of(Locale.forLanguageTag("sv"));
 * for (DueItem item : calendar.getItems()) {
 *   System.out.println(item.getDate() + " " + item.getStatus() + " " + item.description(sv));
 * }
 * }</pre>
 */
@Value.Immutable
@VanortStyle
public interface DueCalendar extends WithDueCalendar {
  /** {@return the range asked about} */
  DateRange getRange();

  /** {@return the as-of date the statuses refer to} */
  LocalDate getAsOf();

  /** {@return the items, in {@link DueItem#ORDER}} */
  ImmutableList<DueItem> getItems();

  /**
   * {@return the items with {@code status}, in order}
   *
   * @param status the status
   */
  default ImmutableList<DueItem> itemsWith(DueStatus status) {
    return getItems().stream().filter(item -> item.getStatus() == status).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the item with {@code uid}, if the calendar has it}
   *
   * @param uid the unique id
   */
  default Optional<DueItem> item(String uid) {
    return getItems().stream().filter(item -> item.getUid().equals(uid)).findFirst();
  }

  /**
   * {@return what falls due in {@code range} in the register of {@code evaluation}, as of its as-of date}
   *
   * @param evaluation the evaluation of a register
   * @param range the period
   * @throws IllegalArgumentException if the range ends before it starts
   */
  static DueCalendar of(Evaluation evaluation, DateRange range) {
    return DueItems.calendar(evaluation, range);
  }

  /**
   * {@return what falls due in {@code range} in {@code register}; see {@link #of(Evaluation, DateRange)}}
   *
   * @param register the register
   * @param range the period
   */
  static DueCalendar of(Register register, DateRange range) {
    return of(new Evaluation(register, Rulebook.defaultPeriod(register)), range);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DueCalendar}. */
  final class Builder extends ImmutableDueCalendar.Builder {}
}
