package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.MandatePeriod;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.rules.Finding;
import se.vanort.rules.authority.AuthorityTable;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * {@code vis.strategy-revised-each-term}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic. One obligation per mandate period that ends on or after the adoption, due by the period's
 * last day and satisfied by a decision of the municipal council in the period that adopts or
 * revises the strategy. The obligation concerns the period's last day, so that a check or a
 * calendar takes it where the period ends.
 */
final class StrategyRevisedEachTerm extends StrategyObligationRule {
  StrategyRevisedEachTerm() {
    super("vis.strategy-revised-each-term");
  }

  @Override
  Stream<Obligation> obligations(StrategyScope scope, DateRange range) {
    RecordId strategy = RecordId.of(scope.strategy().getId().value());
    List<Decision> revisions = Stream.of(Matter.ADOPT_STRATEGY, Matter.REVISE_STRATEGY)
        .flatMap(matter -> scope.evaluation().decisions(matter).stream())
        .filter(decision -> decision.concerns(strategy) || decision.getId().equals(scope.strategy().getAdoptedBy()))
        .filter(decision -> decision.getBody()
            .filter(b -> scope.isOwnBody(b, AuthorityTable.mayReviseStrategy()::contains)).isPresent())
        .toList();
    Stream.Builder<Obligation> obligations = Stream.builder();
    LocalDate from = scope.judges(range.from()) ? range.from() : scope.adopted();
    if (from.isAfter(range.to())) {
      return Stream.empty();
    }
    // Every period the range touches: one ending later may already be revised within the range.
    MandatePeriod last = MandatePeriod.containing(range.to());
    for (MandatePeriod term = MandatePeriod.containing(from); term.compareTo(last) <= 0; term = term.next()) {
      MandatePeriod period = term;
      obligations.add(settle(scope.evaluation(),
          obligation("strategy-revision-" + term.electionYear() + "-" + strategy, scope.strategy().getId(),
                  term.end().getYear(), DateRange.of(term.end(), term.end()))
              .municipality(scope.municipality())
              .addSubjects(RecordRef.of(RecordKind.STRATEGY, strategy))
              .addArguments(String.valueOf(term.end().getYear()), scope.municipalityName(scope.municipality()), term.toString()),
          term.end(),
          revisions.stream().filter(decision -> period.contains(decision.getDate()))
              .map(decision -> Held.on(decision.getId().value(), decision.getDate())).sorted().toList()));
    }
    return obligations.build();
  }

  @Override
  Finding.Builder finding(StrategyScope scope, Obligation missed) {
    MandatePeriod term = MandatePeriod.containing(missed.getDeadline());
    return finding()
        .addAllSubjects(missed.getSubjects())
        .date(term.end())
        .fact("term", Fact.text(term.toString()))
        .fact("from", Fact.date(term.start()))
        .fact("to", Fact.date(term.end()))
        .fact("strategy", Fact.ref(RecordKind.STRATEGY, scope.strategy().getId()));
  }
}
