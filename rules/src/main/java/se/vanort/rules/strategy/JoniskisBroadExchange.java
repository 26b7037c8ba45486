package se.vanort.rules.strategy;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.joniskis-broad-exchange}: the requirement and its interpretation are in the catalogue
 * data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class JoniskisBroadExchange extends StrategyRule {
  /** The rule's parameter {@code areas} in the catalogue data, which its interpretation names too. */
  private final int areasRequired = definition().parameter("areas");

  JoniskisBroadExchange() {
    super("vis.joniskis-broad-exchange");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    PartnerRelations joniskis = PartnerRelations.of(scope, RelationKind.TWIN_TOWN, "LT");
    if (joniskis.isEmpty() || !scope.periodEnded()) {
      return Stream.empty();
    }
    SortedSet<String> areas = new TreeSet<>();
    scope.projects().stream().filter(joniskis::concerns).forEach(p -> areas.addAll(p.getOperationalAreas()));
    if (areas.size() >= areasRequired) {
      return Stream.empty();
    }
    return Stream.of(finding(areas.isEmpty() ? "vis.joniskis-broad-exchange.none" : "vis.joniskis-broad-exchange")
        .subjects(RecordKind.MUNICIPALITY, joniskis.partnerIds())
        .year(scope.evaluation().period().to().getYear())
        .fact("partners", Fact.refs(RecordKind.MUNICIPALITY, joniskis.partnerIds()))
        .fact("areaCount", Fact.number(areas.size()))
        .fact("areas", Fact.texts(areas))
        .fact("period", Fact.text(scope.periodText()))
        .build());
  }
}
