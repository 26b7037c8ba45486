package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.rules.Finding;

/**
 * {@code vis.projects-published} (VIS2016/N1, SHALL): "Information om olika projekt och utbyten ska
 * också läggas ut på kommunens hemsida."
 *
 * <p>Interpretation: every project of the municipality, of any kind (projects, exchanges, school
 * exchanges and partnerships alike), records a publication on the website. It is due by the
 * project's start: the public should learn of a project while it runs, not after it; a project that
 * has not started on the as-of date is not yet judged.
 */
final class ProjectsPublished extends StrategyRule {
  ProjectsPublished() {
    super("vis.projects-published");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.startedProjects()
        .filter(project -> project.getPublication().isEmpty())
        .map(project -> finding()
            .addSubject(project.getId().value())
            .date(project.getPeriod().from())
            .args(project.getId(), project.getTitle(), project.getPeriod().from())
            .build());
  }
}
