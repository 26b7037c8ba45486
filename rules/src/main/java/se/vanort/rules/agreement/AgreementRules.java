package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import se.vanort.rules.Rule;
import se.vanort.rules.RuleSet;

/**
 * The rules of the twin-town agreement VA2021, which bind every party.
 *
 * <p>Every rule reads the agreement's parameters (parties, period, cycles, revision interval) from
 * the register, so the next agreement is checked by the same rules. Each checks, for each agreement
 * of the evaluation, the days the evaluated period and the agreement's period share; only the
 * revision year, which usually follows the agreement's period, is checked wherever the evaluated
 * period holds it.
 */
public final class AgreementRules implements RuleSet {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new ConferenceEverySecondYear(),
      new YouthCampWithConference(),
      new YouthInCampPlanning(),
      new YouthCouncilForumOffYears(),
      new NordenMeetingAtConference(),
      new DevelopmentExchange(),
      new MeetingEverySecondYear(),
      new MeetingEvaluatesActivityPlan(),
      new HostRunsMeeting(),
      new NordenMayBeInvited(),
      new DelegationSizeOwnChoice(),
      new DelegationHasLeadership(),
      new SecretaryAppointed(),
      new SecretariesMeetYearly(),
      new DecisionsFollowedUp(),
      new CoordinatorIsNextHostSecretary(),
      new ContactRegisterKept(),
      new RevisionAtConference());

  /** The set as the standard rulebook's service loader creates it. */
  public AgreementRules() {}

  @Override
  public ImmutableList<Rule> rules() {
    return all();
  }

  /** {@return every rule of VA2021 that this package implements, in catalogue order} */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
