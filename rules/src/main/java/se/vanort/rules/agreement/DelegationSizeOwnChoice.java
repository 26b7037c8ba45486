package se.vanort.rules.agreement;

/**
 * {@code va.delegation-size-own-choice} (VA2021/O1d, MAY): "Varje vänort bestämmer själv antalet
 * deltagare och sammansättning i deltagargruppen på vänortsmöten och vänortskonferenser."
 *
 * <p>Interpretation: each party chooses the size and make-up of its delegation, so no size is ever
 * a finding; the only requirement on the make-up is the second sentence of the clause, checked by
 * {@code va.delegation-has-leadership}. Listed, never a finding.
 */
final class DelegationSizeOwnChoice extends PermissionRule {
  DelegationSizeOwnChoice() {
    super("va.delegation-size-own-choice");
  }
}
