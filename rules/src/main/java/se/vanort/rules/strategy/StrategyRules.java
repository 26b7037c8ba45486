package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import se.vanort.rules.Rule;
import se.vanort.rules.RuleSet;

/**
 * The rules of Vimmerby's strategy VIS2016, which bind the perspective municipality from the
 * strategy's adoption on, and only where the register holds that strategy.
 */
public final class StrategyRules implements RuleSet {
  private static final ImmutableList<Rule> ALL = ImmutableList.of(
      new InternationalInEveryAdministration(),
      new ExternalFundingInvestigated(),
      new NewTwinTownByCouncil(),
      new PreferPartnership(),
      new NordicMeetingEverySecondYear(),
      new JoniskisBroadExchange(),
      new MukonoExternalFunding(),
      new PartnershipDecidedByBoard(),
      new SteeringGroupByBoard(),
      new NetworkConsultedFirst(),
      new SeekPeerMunicipalities(),
      new SchoolExchangeDecision(),
      new ExecutiveBoardCoordinates(),
      new DelegationElectedWithOfficial(),
      new ChairRepresents(),
      new MixedLevels(),
      new CommitteeOwnsProject(),
      new CrossCommitteeCooperation(),
      new NetworkConstituted(),
      new NetworkMeetsTwiceYearly(),
      new ProjectsPublished(),
      new CoordinatorInRegionalNetwork(),
      new StrategyRevisedEachTerm(),
      new InternationalWorkReported());

  /** The set as the standard rulebook's service loader creates it. */
  public StrategyRules() {}

  @Override
  public ImmutableList<Rule> rules() {
    return all();
  }

  /** {@return every rule of VIS2016 that this package implements, in catalogue order} */
  public static ImmutableList<Rule> all() {
    return ALL;
  }
}
