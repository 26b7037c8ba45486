package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.obligation.ObligationRule;

/**
 * A rule of VIS2016 whose requirement recurs or has a deadline: its obligations bind only the
 * municipality that owns the strategy (the register's perspective), from the adoption on, and every
 * finding names that municipality.
 */
abstract class StrategyObligationRule extends ObligationRule {
  StrategyObligationRule(String id) {
    super(id);
  }

  @Override
  public final Stream<Obligation> obligations(Evaluation evaluation, DateRange range) {
    return StrategyScope.of(evaluation).stream().flatMap(scope -> obligations(scope, range));
  }

  /** The obligations of {@code scope}'s municipality whose days meet {@code range}. */
  abstract Stream<Obligation> obligations(StrategyScope scope, DateRange range);

  @Override
  protected final Finding.Builder finding(Evaluation evaluation, Obligation missed) {
    StrategyScope scope = StrategyScope.of(evaluation).orElseThrow();
    return finding(scope, missed).municipality(scope.municipality());
  }

  /** The finding for a missed obligation of {@code scope}'s municipality. */
  abstract Finding.Builder finding(StrategyScope scope, Obligation missed);

  /** The years of {@code range} that begin on or after the adoption, which the strategy governs whole. */
  static Stream<Integer> governedYears(StrategyScope scope, DateRange range) {
    return range.years().filter(year -> scope.judges(java.time.LocalDate.of(year, 1, 1))).boxed();
  }
}
