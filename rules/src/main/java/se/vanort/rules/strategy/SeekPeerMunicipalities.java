package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.seek-peer-municipalities}: the requirement and its interpretation are in the catalogue
 * data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class SeekPeerMunicipalities extends StrategyRule {
  SeekPeerMunicipalities() {
    super("vis.seek-peer-municipalities");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return NewPartnerships.of(scope)
        .filter(project -> scope.isDue(project.getPeriod().from()))
        .filter(project -> !project.getPeerMunicipalitiesSought().orElse(false))
        .map(project -> finding(project.getPeerMunicipalitiesSought().isPresent()
                ? "vis.seek-peer-municipalities.not-sought" : "vis.seek-peer-municipalities")
            .subject(RecordKind.PROJECT, project.getId())
            .date(project.getPeriod().from())
            .fact("project", Fact.ref(RecordKind.PROJECT, project.getId()))
            .fact("date", Fact.date(project.getPeriod().from()))
            .build());
  }
}
