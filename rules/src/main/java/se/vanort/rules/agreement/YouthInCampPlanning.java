package se.vanort.rules.agreement;

/**
 * {@code va.youth-in-camp-planning} (VA2021/A2, MAY): "Unga kan involveras i planeringen av lägret."
 *
 * <p>Interpretation: "kan" grants a permission; young people may take part in planning the youth
 * camp, and a camp planned without them is just as compliant. Listed, never a finding.
 */
final class YouthInCampPlanning extends PermissionRule {
  YouthInCampPlanning() {
    super("va.youth-in-camp-planning");
  }
}
