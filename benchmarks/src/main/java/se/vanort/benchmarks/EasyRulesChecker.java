package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
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
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Leadership;
import se.vanort.rules.Rulebook;

/**
 * The five rules written for Easy Rules 4.1.0 the way its documentation teaches: each rule a
 * condition and an action over {@link Facts}, and the engine fired once per fact set. A fact set is
 * one record (a decision, a twin-town relation, a delegation at an event, an activity: a project or
 * an exchange or study visit of the municipality's own) or one year of one agreement, with the
 * check's context and a list the actions add their findings to. The twin-town rule is two Easy Rules
 * rules, one per kind of finding.
 */
public final class EasyRulesChecker {
  private static final String CONTEXT = "context";
  private static final String FINDINGS = "findings";
  private static final String ACTIVITY = "activity";
  private static final String DECISION = "decision";
  private static final String RELATION = "relation";
  private static final String TWIN_TOWNS = "twinTowns";
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
      new RuleBuilder().name(FiveRules.TWIN_TOWN_UNDECIDED).priority(4)
          .when(facts -> facts.get(RELATION) != null && facts.<FiveRules.TwinTowns>get(TWIN_TOWNS).isUndecided(facts.get(RELATION)))
          .then(facts -> findings(facts).add(Outcome.twinTownUndecided(own(facts), facts.get(RELATION))))
          .build(),
      new RuleBuilder().name(FiveRules.FUNDING).priority(5)
          .when(facts -> fundingKey(facts) != null)
          .then(facts -> findings(facts).add(Outcome.ofActivity(FiveRules.FUNDING, fundingKey(facts), own(facts),
              facts.get(ACTIVITY), facts.<FiveRules.Activity>get(ACTIVITY).days().from())))
          .build(),
      new RuleBuilder().name(FiveRules.PUBLISHED).priority(6)
          .when(facts -> publishedKey(facts) != null)
          .then(facts -> findings(facts).add(Outcome.ofActivity(FiveRules.PUBLISHED, publishedKey(facts), own(facts),
              facts.get(ACTIVITY), facts.<FiveRules.Activity>get(ACTIVITY).days().to())))
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
    if (context.strategy().isEmpty()) {
      return ImmutableList.copyOf(findings);
    }
    for (Decision decision : register.getDecisions()) {
      Facts facts = facts(context, findings);
      facts.put(DECISION, decision);
      engine.fire(RULES, facts);
    }
    FiveRules.TwinTowns twinTowns = FiveRules.TwinTowns.of(context);
    for (Relation relation : register.getRelations()) {
      Facts facts = facts(context, findings);
      facts.put(RELATION, relation);
      facts.put(TWIN_TOWNS, twinTowns);
      engine.fire(RULES, facts);
    }
    // The activities VIS2016 judges: the projects of the municipality's bodies, its exchanges and study visits.
    Stream.concat(register.getProjects().stream().map(context::activity), register.getEvents().stream().map(context::activity))
        .filter(Objects::nonNull)
        .forEach(activity -> {
          Facts facts = facts(context, findings);
          facts.put(ACTIVITY, activity);
          engine.fire(RULES, facts);
        });
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
    return conferences.get(year).stream().noneMatch(event -> scope.isChainEvent(context.register(), event));
  }

  private static void reportMissingLeadership(Facts facts) {
    FiveRules.Context context = facts.get(CONTEXT);
    Event event = facts.get(EVENT);
    Delegation delegation = facts.get(DELEGATION);
    boolean chainEvent = event.getKind() == EventKind.CONFERENCE || event.getKind() == EventKind.TWIN_TOWN_MEETING;
    if (!chainEvent || !context.isPast(event.getDate()) || !context.isBoundAt(event, delegation.getMunicipality())) {
      return;
    }
    EnumSet<Leadership> present = EnumSet.noneOf(Leadership.class);
    delegation.memberIds().forEach(member -> present.addAll(
        context.register().leadershipOn(member, event.getDate(), delegation.getMunicipality())));
    EnumSet.complementOf(present).forEach(missing -> findings(facts).add(Outcome.leadershipMissing(event, delegation, missing)));
  }

  private static boolean twinTownNotByCouncil(Facts facts) {
    Decision decision = facts.get(DECISION);
    FiveRules.Context context = facts.get(CONTEXT);
    if (decision == null || decision.getMatter() != Matter.ESTABLISH_TWIN_TOWN || decision.getBody().isEmpty()) {
      return false;
    }
    // VIS2016/W5: the council alone establishes a twin town.
    BodyKind kind = context.ownBodies().get(decision.getBody().get());
    return kind != null && kind != BodyKind.COUNCIL && context.period().contains(decision.getDate())
        && context.strategyJudges(decision.getDate());
  }


  private static String fundingKey(Facts facts) {
    FiveRules.Activity activity = facts.get(ACTIVITY);
    return activity == null ? null
        : facts.<FiveRules.Context>get(CONTEXT).missed(FiveRules.FUNDING, activity.days().from(), activity.investigated());
  }

  private static String publishedKey(Facts facts) {
    FiveRules.Activity activity = facts.get(ACTIVITY);
    return activity == null ? null
        : facts.<FiveRules.Context>get(CONTEXT).missed(FiveRules.PUBLISHED, activity.days().to(), activity.published());
  }
}
