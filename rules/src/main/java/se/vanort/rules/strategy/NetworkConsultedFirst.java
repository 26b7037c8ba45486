package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Finding;

/**
 * {@code vis.network-consulted-first} (VIS2016/P3, SHOULD): "Samråd bör tas i internationella
 * nätverket innan en nämnd satsar på ett nytt partnerskap."
 *
 * <p>Interpretation: a committee commits to a partnership (a project of kind PARTNERSHIP) on the day
 * of the earliest decision of matter PARTNERSHIP_APPLICATION or PROJECT concerning it, or on the day
 * it starts if that is earlier or no such decision is recorded. The project records a consultation
 * of an international network of the municipality dated on or before that day. Judged when the day
 * of commitment lies under the strategy and on or before the as-of date.
 */
final class NetworkConsultedFirst extends StrategyRule {
  NetworkConsultedFirst() {
    super("vis.network-consulted-first");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return scope.projects().stream()
        .filter(project -> project.getKind() == ProjectKind.PARTNERSHIP)
        .flatMap(project -> {
          LocalDate committed = committed(scope, project);
          boolean consulted = project.getConsultations().stream()
              .anyMatch(c -> !c.getDate().isAfter(committed)
                  && scope.isOwnBody(c.getNetwork(), kind -> kind == BodyKind.INTERNATIONAL_NETWORK));
          return scope.isDue(committed) && !consulted
              ? Stream.of(finding()
                  .addSubject(project.getId().value())
                  .date(committed)
                  .args(project.getId(), project.getTitle(), committed)
                  .build())
              : Stream.empty();
        });
  }

  private static LocalDate committed(StrategyScope scope, Project project) {
    RecordId id = RecordId.of(project.getId().value());
    return Stream.concat(
            scope.decisionsConcerning(Matter.PARTNERSHIP_APPLICATION, id).stream(),
            scope.decisionsConcerning(Matter.PROJECT, id).stream())
        .map(Decision::getDate)
        .reduce(project.getPeriod().from(), (a, b) -> a.isBefore(b) ? a : b);
  }
}
