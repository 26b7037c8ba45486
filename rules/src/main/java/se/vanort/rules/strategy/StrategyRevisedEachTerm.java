package se.vanort.rules.strategy;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.vanort.domain.MandatePeriod;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.strategy-revised-each-term} (VIS2016/R1, SHALL): "Vimmerby kommuns internationella
 * strategi revideras en gång per mandatperiod."
 *
 * <p>Interpretation: every mandate period that began after the adoption, ended on or before the
 * as-of date and overlaps the evaluated period has a decision of the municipality's council, of
 * matter REVISE_STRATEGY (or ADOPT_STRATEGY, a new adoption), with the strategy among its subjects,
 * dated within that mandate period. The period of the adoption counts as revised by the adoption;
 * a period still running is due, not missed. (Vimmerby adopted on 2016-06-27, in 2014–2018; so
 * 2018–2022 and 2022–2026 need revisions.)
 */
final class StrategyRevisedEachTerm extends StrategyRule {
  StrategyRevisedEachTerm() {
    super("vis.strategy-revised-each-term");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    RecordId strategy = RecordId.of(scope.strategy().getId().value());
    Set<MandatePeriod> revised = Stream.of(Matter.REVISE_STRATEGY, Matter.ADOPT_STRATEGY)
        .flatMap(matter -> scope.evaluation().decisions(matter).stream())
        .filter(decision -> decision.concerns(strategy))
        .filter(decision -> decision.getBody().filter(b -> scope.isOwnBody(b, k -> k == BodyKind.COUNCIL)).isPresent())
        .map(decision -> MandatePeriod.containing(decision.getDate()))
        .collect(Collectors.toSet());
    Stream.Builder<Finding> findings = Stream.builder();
    for (MandatePeriod term = MandatePeriod.containing(scope.adopted()).next();
        scope.evaluation().isPast(term.end());
        term = term.next()) {
      if (term.range().overlaps(scope.evaluation().period()) && !revised.contains(term)) {
        findings.add(finding()
            .addSubject(strategy.value())
            .date(term.end())
            .args(term, term.start(), term.end(), strategy)
            .build());
      }
    }
    return findings.build();
  }
}
