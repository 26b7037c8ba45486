package se.vanort.rules.agreement;

/**
 * {@code va.norden-may-be-invited} (VA2021/O1c, MAY): "Varje vänort har möjlighet att invitera
 * Föreningen Norden till vänortsmöten och vänortskonferenser."
 *
 * <p>Interpretation: "har möjlighet" grants each party a permission; inviting Föreningen Norden or
 * not is both compliant. Listed, never a finding.
 */
final class NordenMayBeInvited extends PermissionRule {
  NordenMayBeInvited() {
    super("va.norden-may-be-invited");
  }
}
