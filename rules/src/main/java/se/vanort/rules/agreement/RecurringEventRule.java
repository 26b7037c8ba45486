package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;

/**
 * A rule that requires an event of one kind in each year of a cycle of calendar years: the
 * conference and the meeting every second year, the secretaries' meeting every year.
 *
 * <p>For each agreement, each year of the cycle that the evaluated period touches and that is
 * closed as of the as-of date needs at least one event of the kind, hosted by a party or with no
 * host recorded, whose first day lies in that year. A year not yet closed is due, not missed. The
 * finding names the agreement, the year, the cycle, and the events of the kind recorded in the
 * period so that a conference held a year late shows up in the facts.
 *
 * <p>Arguments of the texts: {0} the year, {1} the agreement, {2} the years required in the
 * period, {3} the cycle's length in years, {4} its anchor year, {5} the events recorded.
 */
abstract class RecurringEventRule extends BaseRule {
  private final EventKind kind;

  RecurringEventRule(String id, EventKind kind) {
    super(id);
    this.kind = kind;
  }

  /** The cycle of years in which {@code agreement} requires the event. */
  abstract Cycle cycle(Agreement agreement);

  @Override
  public final Stream<Finding> check(Evaluation evaluation) {
    return Scope.of(evaluation).stream().flatMap(scope -> check(evaluation, scope));
  }

  private Stream<Finding> check(Evaluation evaluation, Scope scope) {
    Cycle cycle = cycle(scope.agreement());
    ImmutableList<Integer> required = scope.years().filter(cycle::includes)
        .collect(ImmutableList.toImmutableList());
    ImmutableList<Integer> missing = required.stream()
        .filter(evaluation::isClosed)
        .filter(year -> scope.chainEvents(evaluation, kind, year).findAny().isEmpty())
        .collect(ImmutableList.toImmutableList());
    if (missing.isEmpty()) {
      return Stream.empty();
    }
    // The facts list every recorded event of the period: built only when there is a finding.
    String recorded = Scope.joined(scope.years()
        .flatMap(year -> scope.chainEvents(evaluation, kind, year).map(event -> year + " " + event.getId())));
    return missing.stream()
        .map(year -> finding()
            .addSubject(scope.agreementId())
            .year(year)
            .args(String.valueOf(year), scope.agreementId(), Scope.joined(required.stream()),
                String.valueOf(cycle.everyYears()), String.valueOf(cycle.anchorYear()), recorded)
            .build());
  }
}
