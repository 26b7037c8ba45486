package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;
import se.vanort.rules.Evaluation;

/**
 * The new partnerships of VIS2016/P3 and P4: a project of kind PARTNERSHIP is new when the
 * municipality had no earlier partnership relation or project with that partner; a later phase is
 * not new.
 */
final class NewPartnerships {
  private NewPartnerships() {}

  /** The municipality's partnership projects of the period that are new partnerships, in register order. */
  static Stream<Project> of(StrategyScope scope) {
    return scope.projects().stream()
        .filter(project -> project.getKind() == ProjectKind.PARTNERSHIP)
        .filter(project -> isNew(scope, project));
  }

  /**
   * Whether {@code project} starts a new partnership: its partner (recorded, or the partner of its
   * relation) had no partnership relation with the municipality that began in an earlier year, and
   * no project of the municipality that started earlier. A project whose partner is not recorded is
   * taken as new; a relation whose start is not recorded is not taken as earlier.
   */
  static boolean isNew(StrategyScope scope, Project project) {
    Optional<MunicipalityId> partner = partnerOf(scope, project);
    if (partner.isEmpty()) {
      return true;
    }
    Firsts firsts = scope.evaluation().get(FIRSTS);
    LocalDate start = project.getPeriod().from();
    Integer relationYear = firsts.relationYear.get(partner.get());
    LocalDate projectStart = firsts.projectStart.get(partner.get());
    return !(relationYear != null && relationYear < start.getYear())
        && !(projectStart != null && projectStart.isBefore(start));
  }

  /** The partner of {@code project}: the one recorded, else the partner of its relation. */
  static Optional<MunicipalityId> partnerOf(StrategyScope scope, Project project) {
    if (project.getPartner().isPresent()) {
      return project.getPartner();
    }
    return project.getRelation().flatMap(scope.register()::findRelation).map(Relation::getPartner);
  }

  private static final Evaluation.Index<Firsts> FIRSTS = Evaluation.Index.of("strategy.partnershipFirsts",
      e -> new Firsts(StrategyScope.of(e).orElseThrow()));

  /**
   * Per partner, the first year a partnership relation of the municipality with it began and the first
   * day a project of the municipality with it started, found once per evaluation: a project is new
   * when neither lies before its start (it cannot lie before itself).
   */
  private static final class Firsts {
    final Map<MunicipalityId, Integer> relationYear = new HashMap<>();
    final Map<MunicipalityId, LocalDate> projectStart = new HashMap<>();

    Firsts(StrategyScope scope) {
      for (Relation relation : scope.register().getRelations()) {
        if (relation.getMunicipality().equals(scope.municipality()) && relation.getKind() == RelationKind.PARTNERSHIP
            && relation.getSince().isPresent()) {
          relationYear.merge(relation.getPartner(), relation.getSince().get().getValue(), Math::min);
        }
      }
      for (Project project : scope.register().getProjects()) {
        if (scope.ownBody(project.getOwner()).isPresent()) {
          partnerOf(scope, project).ifPresent(partner -> projectStart.merge(partner, project.getPeriod().from(),
              (first, other) -> other.isBefore(first) ? other : first));
        }
      }
    }
  }
}
