package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.mixed-levels} (VIS2016/O4, SHOULD): "Vid genomförande av projekt av olika slag deltar
 * förtroendevalda och tjänstemän som är berörda och det är en framgångsfaktor att ha med deltagare
 * från olika nivåer inom kommunen."
 *
 * <p>Interpretation: every project of the municipality that started under the strategy and on or
 * before the as-of date has among its participants at least one elected representative (an elected
 * role in the council, the executive board or a committee) and at least one official, each holding
 * that role at some time during the project. School exchanges are not judged: VIS2016/E2 keeps them
 * within the school, away from political decisions.
 */
final class MixedLevels extends StrategyRule {
  MixedLevels() {
    super("vis.mixed-levels");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.startedProjects()
        .filter(project -> project.getKind() != ProjectKind.SCHOOL_EXCHANGE)
        .flatMap(project -> {
          ImmutableList<Person> participants = project.getParticipants().stream()
              .flatMap(id -> scope.person(id).stream()).collect(ImmutableList.toImmutableList());
          long elected = participants.stream()
              .filter(p -> Levels.isElectedDuring(scope, p, project.getPeriod())).count();
          long officials = participants.stream()
              .filter(p -> Levels.isOfficialDuring(scope, p, project.getPeriod())).count();
          return elected > 0 && officials > 0 ? Stream.empty() : Stream.of(about(project, elected, officials));
        });
  }

  private Finding about(Project project, long elected, long officials) {
    return finding()
        .addSubject(project.getId().value())
        .date(project.getPeriod().from())
        .args(project.getId(), project.getTitle(), elected, officials)
        .build();
  }
}
