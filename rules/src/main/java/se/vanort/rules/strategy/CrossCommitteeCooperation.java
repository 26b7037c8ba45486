package se.vanort.rules.strategy;

import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.project.Project;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.cross-committee-cooperation}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic.
 */
final class CrossCommitteeCooperation extends StrategyRule {
  CrossCommitteeCooperation() {
    super("vis.cross-committee-cooperation");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    if (!scope.periodEnded() || scope.projects().stream().anyMatch(p -> involvesSeveralCommittees(scope, p))) {
      return Stream.empty();
    }
    return Stream.of(finding()
        .subject(RecordKind.MUNICIPALITY, scope.municipality())
        .year(scope.evaluation().period().to().getYear())
        .fact("period", Fact.text(scope.periodText()))
        .fact("projects", Fact.number(scope.projects().size()))
        .build());
  }

  private static boolean involvesSeveralCommittees(StrategyScope scope, Project project) {
    return Stream.concat(Stream.of(project.getOwner()), project.getParticipatingBodies().stream())
        .map(scope::responsibleCommittee)
        .flatMap(Optional::stream)
        .distinct()
        .count() > 1;
  }
}
