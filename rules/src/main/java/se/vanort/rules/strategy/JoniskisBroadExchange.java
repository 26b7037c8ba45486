package se.vanort.rules.strategy;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.joniskis-broad-exchange} (VIS2016/V3, SHOULD): "För samarbetet med Joniskis kommun i
 * Litauen tar kommunen ett särskilt ansvar. Vänortssamarbetet bör utvecklas till ett aktivt
 * erfarenhetsutbyte inom olika kommunala verksamhetsområden."
 *
 * <p>Interpretation: Joniškis is the partner of the municipality's twin-town relation with a
 * municipality in Lithuania (country LT) in force during the period; names are not compared. The
 * projects with it (by partner or by relation) that run in the period span at least two operational
 * areas between them. Events record no operational area, so only projects count. The requirement is
 * on the whole period, so it is judged once the period has ended as of the as-of date; without such
 * a relation there is nothing to judge. Key {@code vis.joniskis-broad-exchange.none} when no area at
 * all is recorded.
 */
final class JoniskisBroadExchange extends StrategyRule {
  private static final int AREAS_REQUIRED = 2;

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
    if (areas.size() >= AREAS_REQUIRED) {
      return Stream.empty();
    }
    return Stream.of(finding(areas.isEmpty() ? "vis.joniskis-broad-exchange.none" : "vis.joniskis-broad-exchange")
        .addAllSubjects(joniskis.partnerIds())
        .year(scope.evaluation().period().to().getYear())
        .args(joniskis.names(scope), areas.size(), String.join(", ", areas), scope.periodText())
        .build());
  }
}
