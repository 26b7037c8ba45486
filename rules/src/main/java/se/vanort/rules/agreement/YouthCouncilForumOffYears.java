package se.vanort.rules.agreement;

/**
 * {@code va.youth-council-forum-off-years} (VA2021/A2, MAY): "Vart annat år då det inte är
 * vänortskonferens finns möjlighet att arrangera ett forum för kommunernas ungdomsråd eller
 * motsvarande."
 *
 * <p>Interpretation: "finns möjlighet" grants a permission for the years outside the conference
 * cycle (2022, 2024, 2026, …). A forum held in a conference year is outside this clause, not against
 * it: the explanation may note it, but it is never a finding, and neither is a year with no forum.
 */
final class YouthCouncilForumOffYears extends PermissionRule {
  YouthCouncilForumOffYears() {
    super("va.youth-council-forum-off-years");
  }
}
