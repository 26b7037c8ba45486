package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.municipality.Relation;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.prefer-partnership}: the requirement and its interpretation are in the catalogue data
 * ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class PreferPartnership extends StrategyRule {
  PreferPartnership() {
    super("vis.prefer-partnership");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    Stream<Finding> proposals = scope.ownDecisionsInPeriod(Matter.ESTABLISH_TWIN_TOWN)
        .filter(decision -> !NewTwinTowns.carriesOnAMergedMunicipality(scope, decision))
        .map(decision -> DecisionFindings.of(finding(), scope, decision));
    Stream<Finding> partnerships = scope.register().getRelations().stream()
        .filter(relation -> relation.getMunicipality().equals(scope.municipality()))
        .filter(Relation::isOpenEndedWithoutTheme)
        .filter(relation -> relation.getSince()
            .map(since -> since.getValue() >= scope.adopted().getYear()
                && since.getValue() <= scope.evaluation().period().to().getYear())
            .orElse(true))
        .map(relation -> {
          Finding.Builder advice = finding("vis.prefer-partnership.relation")
              .subject(RecordKind.RELATION, relation.getId())
              .subject(RecordKind.MUNICIPALITY, relation.getPartner())
              .fact("relation", Fact.ref(RecordKind.RELATION, relation.getId()))
              .fact("partner", Fact.ref(RecordKind.MUNICIPALITY, relation.getPartner()));
          relation.getSince().ifPresent(since -> advice.year(since.getValue()));
          return advice.build();
        });
    Stream<Finding> undecided = NewTwinTowns.undecided(scope).stream()
        .map(relation -> NewTwinTownByCouncil.about(finding("vis.prefer-partnership.twin-town"), scope, relation));
    return Stream.concat(Stream.concat(proposals, partnerships), undecided);
  }
}
