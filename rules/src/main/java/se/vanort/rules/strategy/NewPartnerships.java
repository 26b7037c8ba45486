package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;

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
    LocalDate start = project.getPeriod().from();
    boolean earlierRelation = scope.register().getRelations().stream()
        .filter(relation -> relation.getMunicipality().equals(scope.municipality()))
        .filter(relation -> relation.getKind() == RelationKind.PARTNERSHIP && relation.getPartner().equals(partner.get()))
        .anyMatch(relation -> relation.getSince().filter(since -> since.getValue() < start.getYear()).isPresent());
    boolean earlierProject = scope.register().getProjects().stream()
        .filter(other -> !other.getId().equals(project.getId()) && scope.ownBody(other.getOwner()).isPresent())
        .filter(other -> other.getPeriod().from().isBefore(start))
        .anyMatch(other -> partnerOf(scope, other).filter(partner.get()::equals).isPresent());
    return !earlierRelation && !earlierProject;
  }

  /** The partner of {@code project}: the one recorded, else the partner of its relation. */
  static Optional<MunicipalityId> partnerOf(StrategyScope scope, Project project) {
    return project.getPartner().or(() -> project.getRelation()
        .flatMap(id -> scope.register().getRelations().stream().filter(r -> r.getId().equals(id)).findFirst())
        .map(Relation::getPartner));
  }
}
