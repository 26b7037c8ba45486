package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.project.Project;
import se.vanort.rules.Rulebook;

/**
 * The five rules written for Easy Rules 4.1.0 the way its documentation teaches: each rule a
 * condition and an action over {@link Facts}, and the engine fired once per fact set. A fact set is
 * one record (a project, a decision, a delegation at an event) or one year of one agreement, with
 * the check's context and a list the actions add their findings to.
 */
public final class EasyRulesChecker {
  private static final String CONTEXT = "context";
  private static final String FINDINGS = "findings";
  private static final String PROJECT = "project";
  private static final String DECISION = "decision";
  private static final String EVENT = "event";
  private static final String DELEGATION = "delegation";
  private static final String SCOPE = "scope";
  private static final String YEAR = "year";
  private static final String CONFERENCE_YEARS = "conferenceYears";

  private static final Rules RULES = new Rules(
      new RuleBuilder().name(FiveRules.CONFERENCE).priority(1)
          .when(EasyRulesChecker::conferenceMissing)
          .then(facts -> findings(facts).add(
              Outcome.conferenceMissing(facts.<FiveRules.Scope>get(SCOPE).agreement(), facts.<Integer>get(YEAR))))
          .build(),
      new RuleBuilder().name(FiveRules.DELEGATION).priority(2)
          .when(facts -> facts.get(DELEGATION) != null)
          .then(EasyRulesChecker::reportMissingLeadership)
          .build(),
      new RuleBuilder().name(FiveRules.TWIN_TOWN).priority(3)
          .when(EasyRulesChecker::twinTownNotByCouncil)
          .then(facts -> findings(facts).add(Outcome.twinTownNotByCouncil(own(facts), facts.get(DECISION))))
          .build(),
      new RuleBuilder().name(FiveRules.FUNDING).priority(4)
          .when(facts -> judgedProject(facts).filter(p -> p.getFundingInvestigation().isEmpty()).isPresent())
          .then(facts -> findings(facts).add(Outcome.ofProject(FiveRules.FUNDING, own(facts), facts.get(PROJECT))))
          .build(),
      new RuleBuilder().name(FiveRules.PUBLISHED).priority(5)
          .when(facts -> judgedProject(facts).filter(p -> p.getPublication().isEmpty()).isPresent())
          .then(facts -> findings(facts).add(Outcome.ofProject(FiveRules.PUBLISHED, own(facts), facts.get(PROJECT))))
          .build());

  private EasyRulesChecker() {}

  /** The findings of the five rules on {@code register} over its default period. */
  public static ImmutableList<Outcome> check(Register register) {
    return check(register, Rulebook.defaultPeriod(register));
  }

  /** The findings of the five rules on {@code register} over {@code period}. */
  public static ImmutableList<Outcome> check(Register register, DateRange period) {
    RulesEngine engine = new DefaultRulesEngine();
    FiveRules.Context context = FiveRules.Context.of(register, period);
    List<Outcome> findings = new ArrayList<>();
    ImmutableSetMultimap<Integer, Event> conferenceYears = register.getEvents().stream()
        .filter(event -> event.getKind() == EventKind.CONFERENCE)
        .collect(ImmutableSetMultimap.toImmutableSetMultimap(Event::year, event -> event));
    for (FiveRules.Scope scope : context.scopes()) {
      for (int year : scope.days().years().toArray()) {
        Facts facts = facts(context, findings);
        facts.put(SCOPE, scope);
        facts.put(YEAR, year);
        facts.put(CONFERENCE_YEARS, conferenceYears);
        engine.fire(RULES, facts);
      }
    }
    for (Event event : register.getEvents()) {
      for (Delegation delegation : event.getDelegations()) {
        Facts facts = facts(context, findings);
        facts.put(EVENT, event);
        facts.put(DELEGATION, delegation);
        engine.fire(RULES, facts);
      }
    }
    for (Decision decision : register.getDecisions()) {
      Facts facts = facts(context, findings);
      facts.put(DECISION, decision);
      engine.fire(RULES, facts);
    }
    for (Project project : register.getProjects()) {
      Facts facts = facts(context, findings);
      facts.put(PROJECT, project);
      engine.fire(RULES, facts);
    }
    return ImmutableList.copyOf(findings);
  }

  private static Facts facts(FiveRules.Context context, List<Outcome> findings) {
    Facts facts = new Facts();
    facts.put(CONTEXT, context);
    facts.put(FINDINGS, findings);
    return facts;
  }

  private static MunicipalityId own(Facts facts) {
    return facts.<FiveRules.Context>get(CONTEXT).strategyMunicipality();
  }

  private static List<Outcome> findings(Facts facts) {
    return facts.get(FINDINGS);
  }

  private static boolean conferenceMissing(Facts facts) {
    FiveRules.Scope scope = facts.get(SCOPE);
    Integer year = facts.get(YEAR);
    FiveRules.Context context = facts.get(CONTEXT);
    if (scope == null || !scope.agreement().isConferenceYear(year) || !context.isClosed(year)) {
      return false;
    }
    ImmutableSetMultimap<Integer, Event> conferences = facts.get(CONFERENCE_YEARS);
    return conferences.get(year).stream().noneMatch(scope::isChainEvent);
  }

  private static void reportMissingLeadership(Facts facts) {
    FiveRules.Context context = facts.get(CONTEXT);
    Event event = facts.get(EVENT);
    Delegation delegation = facts.get(DELEGATION);
    boolean chainEvent = event.getKind() == EventKind.CONFERENCE || event.getKind() == EventKind.TWIN_TOWN_MEETING;
    boolean bound = context.scopes().stream()
        .anyMatch(scope -> scope.covers(event) && scope.agreement().isParty(delegation.getMunicipality()));
    if (!chainEvent || !bound || !context.isPast(event.getDate())) {
      return;
    }
    EnumSet<Leadership> present = EnumSet.noneOf(Leadership.class);
    delegation.memberIds().forEach(member -> present.addAll(context.register().leadershipOn(member, event.getDate())));
    EnumSet.complementOf(present).forEach(missing -> findings(facts).add(Outcome.leadershipMissing(event, delegation, missing)));
  }

  private static boolean twinTownNotByCouncil(Facts facts) {
    Decision decision = facts.get(DECISION);
    FiveRules.Context context = facts.get(CONTEXT);
    if (decision == null || decision.getMatter() != Matter.ESTABLISH_TWIN_TOWN || decision.getBody().isEmpty()) {
      return false;
    }
    BodyKind kind = context.ownBodies().get(decision.getBody().get());
    return kind != null && kind != BodyKind.COUNCIL && context.period().contains(decision.getDate())
        && context.strategyJudges(decision.getDate());
  }


  private static Optional<Project> judgedProject(Facts facts) {
    Project project = facts.get(PROJECT);
    FiveRules.Context context = facts.get(CONTEXT);
    if (project == null || context.strategy().isEmpty()) {
      return Optional.empty();
    }
    DateRange runs = project.getPeriod();
    boolean judged = !runs.isReversed() && runs.overlaps(context.period())
        && context.ownBodies().containsKey(project.getOwner()) && context.strategyJudges(runs.from());
    return judged ? Optional.of(project) : Optional.empty();
  }

}
