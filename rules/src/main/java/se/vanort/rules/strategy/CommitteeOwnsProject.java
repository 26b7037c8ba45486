package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.committee-owns-project} (VIS2016/O5, SHALL): "Varje nämnd beslutar om sina projekt och
 * tar sina kostnader för internationella kontakter."
 *
 * <p>Interpretation: every project of the municipality that started under the strategy and on or
 * before the as-of date has a decision of matter PROJECT concerning it, taken on or before the as-of
 * date by the body that owns it. With no such decision at all the key is
 * {@code vis.committee-owns-project.undecided}; with decisions only by other bodies it is
 * {@code vis.committee-owns-project}, naming them. That the owner bears the cost is what the register
 * means by owner, so it needs no separate check. School exchanges are left to
 * {@code vis.school-exchange-decision} (VIS2016/E2), which lets the school decide within its budget.
 */
final class CommitteeOwnsProject extends StrategyRule {
  CommitteeOwnsProject() {
    super("vis.committee-owns-project");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.startedProjects()
        .filter(project -> project.getKind() != ProjectKind.SCHOOL_EXCHANGE)
        .flatMap(project -> {
          ImmutableList<Decision> decisions = scope.decisionsConcerning(Matter.PROJECT, RecordId.of(project.getId().value()))
              .stream()
              .filter(decision -> scope.evaluation().isPast(decision.getDate()))
              .collect(ImmutableList.toImmutableList());
          if (decisions.stream().anyMatch(d -> d.getBody().filter(project.getOwner()::equals).isPresent())) {
            return Stream.empty();
          }
          return Stream.of(decisions.isEmpty() ? undecided(scope, project) : decidedByOthers(scope, project, decisions));
        });
  }

  private Finding undecided(StrategyScope scope, Project project) {
    return finding("vis.committee-owns-project.undecided")
        .addSubject(project.getId().value())
        .addSubject(project.getOwner().value())
        .date(project.getPeriod().from())
        .args(project.getId(), project.getTitle(), scope.bodyName(project.getOwner()))
        .build();
  }

  private Finding decidedByOthers(StrategyScope scope, Project project, ImmutableList<Decision> decisions) {
    ImmutableList<String> ids = decisions.stream().map(d -> d.getId().value()).sorted()
        .collect(ImmutableList.toImmutableList());
    String deciders = String.join(", ", decisions.stream()
        .map(d -> d.getBody().map(scope::bodyName).orElseGet(() -> d.getMeeting().orElseThrow().value()))
        .sorted().distinct().toList());
    return finding()
        .addSubject(project.getId().value())
        .addSubject(project.getOwner().value())
        .addAllSubjects(ids)
        .date(project.getPeriod().from())
        .args(project.getId(), project.getTitle(), scope.bodyName(project.getOwner()), deciders)
        .build();
  }
}
