package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.Optional;
import se.vanort.domain.activity.Publication;

/**
 * {@code vis.projects-published}: the requirement and its interpretation are in the catalogue data
 * ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their logic: the
 * publication of every international contact on the municipality's website is due by its last day
 * ({@link ActivityRecordRule}).
 */
final class ProjectsPublished extends ActivityRecordRule {
  ProjectsPublished() {
    super("vis.projects-published", "publication");
  }

  @Override
  LocalDate deadline(Activity activity) {
    return activity.days().to();
  }

  @Override
  Optional<LocalDate> recorded(Activity activity) {
    return activity.publication().map(Publication::getDate);
  }
}
