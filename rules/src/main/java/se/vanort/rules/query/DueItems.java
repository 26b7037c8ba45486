package se.vanort.rules.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.vanort.domain.DateRange;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Rulebook;
import se.vanort.rules.obligation.ObligationRule;

/**
 * Works out a {@link DueCalendar} from the obligations of the standard rulebook's rules, the same
 * objects the check reads: an obligation is an item of the range when the days it concerns meet the
 * range, or when its date (its record's, else its deadline) lies in it, so that the report back on
 * 2025, due by 30 June 2026, is in the calendars of both years. Calendars of whole years are kept
 * per evaluation: they are what is asked again and again.
 */
final class DueItems {
  private static final Evaluation.Index<Map<DateRange, DueCalendar>> CALENDARS =
      Evaluation.Index.of("query.dueCalendars", e -> new ConcurrentHashMap<>());
  private static final ImmutableList<ObligationRule> RULES = Rulebook.standard().rules().stream()
      .filter(ObligationRule.class::isInstance).map(ObligationRule.class::cast)
      .collect(ImmutableList.toImmutableList());

  private DueItems() {}

  static DueCalendar calendar(Evaluation evaluation, DateRange range) {
    checkArgument(!range.isReversed(), "the range %s ends before it starts", range);
    Map<DateRange, DueCalendar> kept = evaluation.get(CALENDARS);
    if (range.equals(DateRange.ofYears(range.from().getYear(), range.to().getYear()))) {
      return kept.computeIfAbsent(range, whole -> calendarOf(evaluation, whole));
    }
    return calendarOf(evaluation, range);
  }

  private static DueCalendar calendarOf(Evaluation evaluation, DateRange range) {
    // An obligation dated in the range may concern the year before it (the report back on a year).
    DateRange wider = DateRange.of(range.from().minusYears(1), range.to());
    ImmutableList<DueItem> items = RULES.stream()
        .flatMap(rule -> rule.obligations(evaluation, wider))
        .filter(o -> o.getConcerns().overlaps(range) || range.contains(o.getDate()))
        .map(DueItem::of)
        .sorted(DueItem.ORDER)
        .collect(ImmutableList.toImmutableList());
    return DueCalendar.builder().range(range).asOf(evaluation.asOf()).items(items).build();
  }
}
