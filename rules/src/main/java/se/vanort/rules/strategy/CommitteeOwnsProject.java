package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.util.stream.Stream;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Finding;
import se.vanort.rules.authority.AuthorityTable;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * {@code vis.committee-owns-project}: the requirement and its interpretation are in the catalogue
 * data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
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
          RecordId id = RecordId.of(project.getId().value());
          ImmutableList<Decision> decisions = scope.decisionsConcerning(Matter.PROJECT, id).stream()
              .filter(decision -> scope.evaluation().isPast(decision.getDate()))
              .collect(ImmutableList.toImmutableList());
          // The owner's decision on the project's partnership application is its decision on the project.
          boolean decidedByOwner = Stream.concat(decisions.stream(),
                  scope.decisionsConcerning(Matter.PARTNERSHIP_APPLICATION, id).stream()
                      .filter(decision -> scope.evaluation().isPast(decision.getDate())))
              .anyMatch(d -> d.getBody().filter(committee(scope, project)::equals).isPresent());
          if (decidedByOwner) {
            return Stream.empty();
          }
          return Stream.of(decisions.isEmpty() ? undecided(scope, project) : decidedByOthers(scope, project, decisions));
        });
  }

  // The committee that owns the project: the owner when the authority table lets its kind decide a
  // project, else the committee it sits under (a school's or an administration's project).
  private static BodyId committee(StrategyScope scope, Project project) {
    BodyId owner = project.getOwner();
    return scope.isOwnBody(owner, kind -> AuthorityTable.mayDecide(kind, Matter.PROJECT))
        ? owner
        : scope.responsibleCommittee(owner).orElse(owner);
  }

  private Finding undecided(StrategyScope scope, Project project) {
    return finding("vis.committee-owns-project.undecided")
        .subject(RecordKind.PROJECT, project.getId())
        .subject(RecordKind.BODY, project.getOwner())
        .date(project.getPeriod().from())
        .fact("project", Fact.ref(RecordKind.PROJECT, project.getId()))
        .fact("committee", Fact.ref(RecordKind.BODY, committee(scope, project)))
        .build();
  }

  private Finding decidedByOthers(StrategyScope scope, Project project, ImmutableList<Decision> decisions) {
    ImmutableList<String> ids = decisions.stream().map(d -> d.getId().value()).sorted()
        .collect(ImmutableList.toImmutableList());
    ImmutableList<RecordRef> deciders = decisions.stream()
        .map(d -> d.getBody().map(body -> RecordRef.of(RecordKind.BODY, body))
            .orElseGet(() -> RecordRef.of(RecordKind.EVENT, d.getMeeting().orElseThrow())))
        .distinct().sorted(RecordRef.ORDER).collect(ImmutableList.toImmutableList());
    return finding()
        .subject(RecordKind.PROJECT, project.getId())
        .subject(RecordKind.BODY, project.getOwner())
        .subjects(RecordKind.DECISION, ids)
        .date(project.getPeriod().from())
        .fact("project", Fact.ref(RecordKind.PROJECT, project.getId()))
        .fact("committee", Fact.ref(RecordKind.BODY, committee(scope, project)))
        .fact("deciders", new Fact.Refs(deciders))
        .build();
  }
}
