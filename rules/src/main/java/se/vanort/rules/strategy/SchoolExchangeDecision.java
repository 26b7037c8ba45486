package se.vanort.rules.strategy;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.project.Budget;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Finding;
import se.vanort.rules.authority.AuthorityTable;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.school-exchange-decision}: the requirement and its interpretation are in the catalogue
 * data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class SchoolExchangeDecision extends StrategyRule {
  SchoolExchangeDecision() {
    super("vis.school-exchange-decision");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.startedProjects()
        .filter(project -> project.getKind() == ProjectKind.SCHOOL_EXCHANGE)
        .flatMap(project -> {
          boolean withinBudget = project.getBudget().map(Budget::isWithinOwnBudget).orElse(true);
          Predicate<BodyId> decider = decider(scope, project, withinBudget);
          boolean decided = scope.decisionsConcerning(Matter.SCHOOL_EXCHANGE, RecordId.of(project.getId().value()))
              .stream()
              .filter(decision -> scope.evaluation().isPast(decision.getDate()))
              .anyMatch(decision -> decision.getBody().filter(decider).isPresent());
          return decided ? Stream.empty() : Stream.of(
              finding(withinBudget ? "vis.school-exchange-decision" : "vis.school-exchange-decision.over-budget")
                  .subject(RecordKind.PROJECT, project.getId())
                  .subject(RecordKind.BODY, project.getOwner())
                  .date(project.getPeriod().from())
                  .fact("project", Fact.ref(RecordKind.PROJECT, project.getId()))
                  .fact("owner", Fact.ref(RecordKind.BODY, project.getOwner()))
                  .build());
        });
  }

  private static Predicate<BodyId> decider(StrategyScope scope, Project project, boolean withinBudget) {
    Optional<BodyId> committee = scope.responsibleCommittee(project.getOwner());
    Predicate<BodyId> byCommittee = committee.<Predicate<BodyId>>map(c -> c::equals)
        .orElse(body -> scope.isOwnBody(body, kind -> AuthorityTable.mayDecide(kind, Matter.SCHOOL_EXCHANGE, true)
            || AuthorityTable.mayDecide(kind, Matter.PROJECT)));
    Predicate<BodyId> bySchool = body -> body.equals(project.getOwner())
        && scope.isOwnBody(body, kind -> AuthorityTable.mayDecide(kind, Matter.SCHOOL_EXCHANGE, false));
    return withinBudget ? byCommittee.or(bySchool) : byCommittee;
  }
}
