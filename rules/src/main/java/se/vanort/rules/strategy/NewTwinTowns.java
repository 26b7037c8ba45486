package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.rules.Evaluation;

/**
 * The municipality's new twin towns that no decision established (VIS2016/W5), shared by
 * {@code vis.new-twin-town-by-council} (the breach) and {@code vis.prefer-partnership} (the advice).
 */
final class NewTwinTowns {
  private NewTwinTowns() {}

  /**
   * The twin-town relations of the municipality that start in a year of the period, under the
   * strategy and not after the as-of date, with no decision of matter ESTABLISH_TWIN_TOWN concerning
   * the relation or its partner taken on or before the as-of date. A relation that carries on one
   * with a municipality merged into the partner (Rygge into Moss: the old relation in force at the
   * merger, the new one begun by the year after it) is not a new twin town.
   */
  static ImmutableList<Relation> undecided(StrategyScope scope) {
    return scope.evaluation().get(UNDECIDED);
  }

  private static final Evaluation.Index<ImmutableList<Relation>> UNDECIDED = Evaluation.Index.of(
      "strategy.newTwinTownsUndecided", e -> undecidedIn(StrategyScope.of(e).orElseThrow()));

  private static ImmutableList<Relation> undecidedIn(StrategyScope scope) {
    return scope.register().getRelations().stream()
        .filter(relation -> relation.getMunicipality().equals(scope.municipality()))
        .filter(relation -> relation.getKind() == RelationKind.TWIN_TOWN && relation.getSince().isPresent())
        .filter(relation -> startsUnderTheStrategy(scope, relation.getSince().get().getValue()))
        .filter(relation -> !carriesOnAMergedMunicipality(scope, relation))
        .filter(relation -> !isDecided(scope, relation))
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean startsUnderTheStrategy(StrategyScope scope, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return year >= scope.evaluation().period().from().getYear()
        && year <= scope.evaluation().period().to().getYear()
        && scope.isDue(first);
  }

  /**
   * Whether {@code decision} establishes a twin town that carries on one with a municipality merged
   * into it: a relation of the municipality named by the decision (by its id or its partner) that
   * carries on a merged municipality's. Such a decision establishes no new twin town.
   */
  static boolean carriesOnAMergedMunicipality(StrategyScope scope, Decision decision) {
    return scope.register().getRelations().stream()
        .filter(relation -> relation.getMunicipality().equals(scope.municipality())
            && relation.getKind() == RelationKind.TWIN_TOWN)
        .filter(relation -> decision.concerns(RecordId.of(relation.getId().value()))
            || decision.concerns(RecordId.of(relation.getPartner().value())))
        .anyMatch(relation -> carriesOnAMergedMunicipality(scope, relation));
  }

  // Carries on: the twin-town relation with the merged municipality was in force on its last day, and
  // this one starts by the year after the merger (Rygge until 2019, Moss from 2020). A relation begun
  // years later (Tønder in 2022, fifteen years after Skærbæk) is a new twin town.
  private static boolean carriesOnAMergedMunicipality(StrategyScope scope, Relation relation) {
    MunicipalityId partner = relation.getPartner();
    int since = relation.getSince().map(year -> year.getValue()).orElse(Integer.MAX_VALUE);
    return scope.register().getMunicipalities().stream()
        .filter(m -> m.getMergedInto().filter(partner::equals).isPresent() && m.getUntil().isPresent())
        .filter(m -> since <= m.getUntil().get().getYear() + 1)
        .anyMatch(predecessor -> scope.register().getRelations().stream()
            .anyMatch(r -> r.getMunicipality().equals(scope.municipality())
                && r.getKind() == RelationKind.TWIN_TOWN && r.getPartner().equals(predecessor.getId())
                && r.isActiveOn(predecessor.getUntil().get())));
  }

  private static boolean isDecided(StrategyScope scope, Relation relation) {
    return Stream.concat(
            scope.decisionsConcerning(Matter.ESTABLISH_TWIN_TOWN, RecordId.of(relation.getId().value())).stream(),
            scope.decisionsConcerning(Matter.ESTABLISH_TWIN_TOWN, RecordId.of(relation.getPartner().value())).stream())
        .anyMatch(decision -> scope.evaluation().isPast(decision.getDate()));
  }
}
