package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.project.Project;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code vis.network-consulted-first}: the requirement and its interpretation are in the catalogue
 * data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class NetworkConsultedFirst extends StrategyRule {
  NetworkConsultedFirst() {
    super("vis.network-consulted-first");
  }

  @Override
  Stream<Finding> judge(StrategyScope scope) {
    return NewPartnerships.of(scope)
        .flatMap(project -> {
          LocalDate committed = committed(scope, project);
          boolean consulted = project.getConsultations().stream()
              .anyMatch(c -> !c.getDate().isAfter(committed)
                  && scope.isOwnBody(c.getNetwork(), kind -> kind == BodyKind.INTERNATIONAL_NETWORK));
          return scope.isDue(committed) && !consulted
              ? Stream.of(finding()
                  .subject(RecordKind.PROJECT, project.getId())
                  .date(committed)
                  .fact("project", Fact.ref(RecordKind.PROJECT, project.getId()))
                  .fact("date", Fact.date(committed))
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
