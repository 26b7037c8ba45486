package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.seek-peer-municipalities} (VIS2016/P4, SHOULD): "Vi skall sträva efter att samverka med
 * andra kommuner som har aktiva partnerskap inom samma område."
 *
 * <p>Interpretation (the catalogue's): a new partnership (a project of kind PARTNERSHIP that started
 * under the strategy and on or before the as-of date) records whether other municipalities with
 * active partnerships in the same field were sought out. Recording that none were is an answer, so
 * only a missing record is a finding: "sträva efter" asks for the effort, which the record shows.
 */
final class SeekPeerMunicipalities extends StrategyRule {
  SeekPeerMunicipalities() {
    super("vis.seek-peer-municipalities");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.startedProjects()
        .filter(project -> project.getKind() == ProjectKind.PARTNERSHIP)
        .filter(project -> project.getPeerMunicipalitiesSought().isEmpty())
        .map(project -> finding()
            .addSubject(project.getId().value())
            .date(project.getPeriod().from())
            .args(project.getId(), project.getTitle(), project.getPeriod().from())
            .build());
  }
}
