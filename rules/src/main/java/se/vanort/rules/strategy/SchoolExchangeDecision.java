package se.vanort.rules.strategy;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.project.Budget;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.school-exchange-decision} (VIS2016/E2, SHALL): "Beslut om deltagande sker inom skolan
 * inom egen budget och behöver ej tas upp för politiskt beslut förutom om det krävs av ekonomiska
 * skäl."
 *
 * <p>Interpretation: every school exchange (a project of kind SCHOOL_EXCHANGE) that started under the
 * strategy and on or before the as-of date has a decision of matter SCHOOL_EXCHANGE concerning it,
 * taken on or before the as-of date. When its budget fits the owner's own budget (or no budget is
 * recorded, the clause's ordinary case) the school that owns it decides, and a decision by the
 * responsible committee also serves, since the clause only spares the school a political decision.
 * When it does not fit, the responsible committee decides (key
 * {@code vis.school-exchange-decision.over-budget}): the committee the school sits under, or the
 * owner itself when a committee owns the exchange; where the register names no such committee, a
 * decision by any committee or by the executive board of the municipality serves.
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
                  .addSubject(project.getId().value())
                  .addSubject(project.getOwner().value())
                  .date(project.getPeriod().from())
                  .args(project.getId(), project.getTitle(), scope.bodyName(project.getOwner()))
                  .build());
        });
  }

  private static Predicate<BodyId> decider(StrategyScope scope, Project project, boolean withinBudget) {
    Optional<BodyId> committee = scope.responsibleCommittee(project.getOwner());
    Predicate<BodyId> byCommittee = committee.<Predicate<BodyId>>map(c -> c::equals)
        .orElse(body -> scope.isOwnBody(body, BodyKind::isBoardOrCommittee));
    return withinBudget ? byCommittee.or(project.getOwner()::equals) : byCommittee;
  }
}
