package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.municipality.Relation;
import se.vanort.rules.Finding;

/**
 * {@code vis.prefer-partnership} (VIS2016/W5, SHOULD): "Inriktningen är att hellre sluta
 * partnerskapsavtal med visst tema eller tidsperiod än att anta nya vänorter."
 *
 * <p>Interpretation: advice, not blame. Every decision of matter ESTABLISH_TWIN_TOWN by a body of the
 * municipality in the period gets the advice to consider a partnership with a theme or a time limit
 * instead; a decision dated after the as-of date is a proposal and gets the advice too, since that
 * is when it helps. Every partnership relation of the municipality that has neither a theme nor an
 * end ({@link Relation#isOpenEndedWithoutTheme()}) gets the same advice (key
 * {@code vis.prefer-partnership.relation}), if it is in force in the period and did not begin before
 * the year of the strategy's adoption.
 */
final class PreferPartnership extends StrategyRule {
  PreferPartnership() {
    super("vis.prefer-partnership");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    Stream<Finding> proposals = scope.ownDecisionsInPeriod(Matter.ESTABLISH_TWIN_TOWN)
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
              .addSubject(relation.getId().value())
              .addSubject(relation.getPartner().value())
              .args(relation.getId(), scope.municipalityName(relation.getPartner()));
          relation.getSince().ifPresent(since -> advice.year(since.getValue()));
          return advice.build();
        });
    return Stream.concat(proposals, partnerships);
  }
}
