package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.rules.Finding;

/**
 * {@code vis.seek-peer-municipalities}: the requirement and its interpretation are in the catalogue
 * data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 *
 * <p>Texts: {0} project id, {1} title, {2} the day it started. Nothing recorded: key
 * {@code vis.seek-peer-municipalities}; recorded as not sought: key {@code .not-sought}.
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
            .addSubject(project.getId().value())
            .date(project.getPeriod().from())
            .args(project.getId(), project.getTitle(), project.getPeriod().from())
            .build());
  }
}
