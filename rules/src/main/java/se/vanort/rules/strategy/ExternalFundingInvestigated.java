package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.rules.Finding;

/**
 * {@code vis.external-funding-investigated} (VIS2016/W4, SHALL): "I varje form av internationell
 * kontakt skall det undersökas om kommunen kan få extern finansiering, t ex via EU, Nordiska
 * Ministerrådet, ICLD eller Svenska Institutet."
 *
 * <p>Interpretation: every project of the municipality, whatever its kind (project, exchange, school
 * exchange, partnership), records a funding investigation, which names at least one source
 * considered by construction. It is due once the project has started; a project that has not yet
 * started on the as-of date still has time.
 */
final class ExternalFundingInvestigated extends StrategyRule {
  ExternalFundingInvestigated() {
    super("vis.external-funding-investigated");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.startedProjects()
        .filter(project -> project.getFundingInvestigation().isEmpty())
        .map(project -> finding()
            .addSubject(project.getId().value())
            .date(project.getPeriod().from())
            .args(project.getId(), project.getTitle(), project.getPeriod().from())
            .build());
  }
}
