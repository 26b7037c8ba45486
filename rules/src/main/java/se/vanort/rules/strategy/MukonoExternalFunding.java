package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.project.Project;
import se.vanort.rules.Finding;

/**
 * {@code vis.mukono-external-funding} (VIS2016/P1, SHALL): "Vimmerby kommun fortsätter samarbetet
 * med Mukono, Uganda i särskilda projekt med barnkonventionen som grund. Samarbetet finansieras med
 * statliga biståndsmedel, eller med andra externa medel."
 *
 * <p>Interpretation: Mukono is the partner of the municipality's partnership relation with a
 * municipality in Uganda (country UG) in force during the period; names are not compared. Every
 * project with it (by partner or by relation) that started under the strategy and on or before the
 * as-of date is grounded in the Convention on the Rights of the Child (key
 * {@code vis.mukono-external-funding.child-rights}) and financed by external sources only: no money
 * from the own budget (key {@code vis.mukono-external-funding}) and at least one external source
 * recorded (key {@code vis.mukono-external-funding.no-financing}).
 */
final class MukonoExternalFunding extends StrategyRule {
  MukonoExternalFunding() {
    super("vis.mukono-external-funding");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    PartnerRelations mukono = PartnerRelations.of(scope, RelationKind.PARTNERSHIP, "UG");
    if (mukono.isEmpty()) {
      return Stream.empty();
    }
    return scope.startedProjects().filter(mukono::concerns).flatMap(project -> {
      Stream.Builder<Finding> findings = Stream.builder();
      if (!project.isGroundedInChildRights()) {
        findings.add(about(project, "vis.mukono-external-funding.child-rights", mukono, scope));
      }
      if (project.isOwnBudgetFinanced()) {
        findings.add(about(project, "vis.mukono-external-funding", mukono, scope));
      } else if (!project.isExternallyFinancedOnly()) {
        findings.add(about(project, "vis.mukono-external-funding.no-financing", mukono, scope));
      }
      return findings.build();
    });
  }

  private Finding about(Project project, String key, PartnerRelations mukono, StrategyScope scope) {
    return finding(key)
        .addSubject(project.getId().value())
        .date(project.getPeriod().from())
        .args(project.getId(), project.getTitle(), mukono.names(scope))
        .build();
  }
}
