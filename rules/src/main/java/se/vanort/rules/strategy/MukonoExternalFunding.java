package se.vanort.rules.strategy;

import java.util.stream.Stream;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.project.Project;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.domain.activity.FundingSource;

/**
 * {@code vis.mukono-external-funding}: the requirement and its interpretation are in the catalogue
 * data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
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
        .subject(RecordKind.PROJECT, project.getId())
        .date(project.getPeriod().from())
        .fact("project", Fact.ref(RecordKind.PROJECT, project.getId()))
        .fact("partners", Fact.refs(RecordKind.MUNICIPALITY, mukono.partnerIds()))
        .fact("financing", Fact.codes(FundingSource.class, project.getFinancing()))
        .build();
  }
}
