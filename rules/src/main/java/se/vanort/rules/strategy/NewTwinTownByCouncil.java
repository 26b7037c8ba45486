package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.municipality.Relation;
import se.vanort.rules.Finding;
import se.vanort.rules.authority.AuthorityTable;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.new-twin-town-by-council}: the requirement and its interpretation are in the catalogue
 * data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class NewTwinTownByCouncil extends StrategyRule {
  NewTwinTownByCouncil() {
    super("vis.new-twin-town-by-council");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    Stream<Finding> byOthers = scope.decisionsTaken(Matter.ESTABLISH_TWIN_TOWN)
        .filter(decision -> !scope.isOwnBody(decision.getBody().orElseThrow(),
            kind -> AuthorityTable.mayDecide(kind, Matter.ESTABLISH_TWIN_TOWN)))
        .map(decision -> DecisionFindings.of(finding(), scope, decision));
    Stream<Finding> undecided = NewTwinTowns.undecided(scope).stream()
        .map(relation -> about(finding("vis.new-twin-town-by-council.undecided"), scope, relation));
    return Stream.concat(byOthers, undecided);
  }

  /** {@code builder} completed for a new twin town: subjects the relation and the partner, dated its year. */
  static Finding about(Finding.Builder builder, StrategyScope scope, Relation relation) {
    int year = relation.getSince().orElseThrow().getValue();
    return builder
        .subject(RecordKind.RELATION, relation.getId())
        .subject(RecordKind.MUNICIPALITY, relation.getPartner())
        .year(year)
        .fact("relation", Fact.ref(RecordKind.RELATION, relation.getId()))
        .fact("partner", Fact.ref(RecordKind.MUNICIPALITY, relation.getPartner()))
        .fact("year", Fact.year(year))
        .build();
  }
}
