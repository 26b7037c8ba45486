package se.vanort.rules.agreement;

/**
 * {@code va.delegation-size-own-choice}: the requirement and its interpretation are in the
 * catalogue data ({@code VA2021.catalogue}, shown by {@code rules show}); a permission, listed and
 * never a finding.
 */
final class DelegationSizeOwnChoice extends PermissionRule {
  DelegationSizeOwnChoice() {
    super("va.delegation-size-own-choice");
  }
}
