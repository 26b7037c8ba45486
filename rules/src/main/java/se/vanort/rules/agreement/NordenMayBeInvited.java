package se.vanort.rules.agreement;

/**
 * {@code va.norden-may-be-invited}: the requirement and its interpretation are in the catalogue data
 * ({@code VA2021.catalogue}, shown by {@code rules show}); a permission, listed and never a finding.
 */
final class NordenMayBeInvited extends PermissionRule {
  NordenMayBeInvited() {
    super("va.norden-may-be-invited");
  }
}
