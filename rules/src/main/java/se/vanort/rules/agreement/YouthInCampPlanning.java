package se.vanort.rules.agreement;

/**
 * {@code va.youth-in-camp-planning}: the requirement and its interpretation are in the catalogue data
 * ({@code VA2021.catalogue}, shown by {@code rules show}); a permission, listed and never a finding.
 */
final class YouthInCampPlanning extends PermissionRule {
  YouthInCampPlanning() {
    super("va.youth-in-camp-planning");
  }
}
