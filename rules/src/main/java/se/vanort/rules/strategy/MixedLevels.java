package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.mixed-levels}: the requirement and its interpretation are in the catalogue data
 * ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
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
        .subject(RecordKind.PROJECT, project.getId())
        .date(project.getPeriod().from())
        .fact("project", Fact.ref(RecordKind.PROJECT, project.getId()))
        .fact("elected", Fact.number(elected))
        .fact("officials", Fact.number(officials))
        .build();
  }
}
