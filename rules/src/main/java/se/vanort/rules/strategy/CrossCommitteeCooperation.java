package se.vanort.rules.strategy;

import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.project.Project;
import se.vanort.rules.Finding;

/**
 * {@code vis.cross-committee-cooperation} (VIS2016/O5, SHOULD): "Vi skall sträva efter att samverka
 * mellan olika nämnder."
 *
 * <p>Interpretation (the catalogue's): the period has at least one project of the municipality
 * involving more than one committee. A project involves the committee (or the executive board) that
 * owns it or takes part in it, and the committee a school or administration that does so sits under.
 * The requirement is on the whole period, so it is judged once the period has ended as of the as-of
 * date.
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
        .addSubject(scope.municipality().value())
        .year(scope.evaluation().period().to().getYear())
        .args(scope.periodText(), scope.projects().size())
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
