package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.DelegationMember;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.organisation.LeadershipRule;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;
import se.vanort.rules.Rulebook;

/**
 * The five rules written by hand as one pass over the events, decisions and projects, with arrays
 * and tables instead of indexes and streams: the physical limit that vanort is measured against.
 * It finds exactly what vanort finds ({@code HandWrittenCheckerTest} proves it on the synthetic
 * registers) but renders no messages and keeps no coverage.
 */
public final class HandWrittenChecker {
  private static final int POLITICAL = 1;
  private static final int ADMINISTRATIVE = 2;
  private static final int BOTH = POLITICAL | ADMINISTRATIVE;

  private final FiveRules.Context context;
  private final int[][] leadershipByRoleAndKind;
  private final Map<BodyId, se.vanort.domain.organisation.Body> bodies;
  private final Map<se.vanort.domain.organisation.PersonId, Person> people;
  private final List<Outcome> outcomes = new ArrayList<>();

  private HandWrittenChecker(FiveRules.Context context) {
    this.context = context;
    Register register = context.register();
    this.bodies = register.bodiesById();
    this.people = register.peopleById();
    this.leadershipByRoleAndKind = new int[Role.values().length][BodyKind.values().length];
    for (LeadershipRule rule : register.leadershipClassification()) {
      int bit = rule.getLeadership() == Leadership.POLITICAL ? POLITICAL : ADMINISTRATIVE;
      for (BodyKind kind : BodyKind.values()) {
        if (rule.matches(rule.getRole(), kind)) {
          leadershipByRoleAndKind[rule.getRole().ordinal()][kind.ordinal()] |= bit;
        }
      }
    }
  }

  /** The findings of the five rules on {@code register} over its default period. */
  public static ImmutableList<Outcome> check(Register register) {
    return check(register, Rulebook.defaultPeriod(register));
  }

  /** The findings of the five rules on {@code register} over {@code period}. */
  public static ImmutableList<Outcome> check(Register register, DateRange period) {
    HandWrittenChecker checker = new HandWrittenChecker(FiveRules.Context.of(register, period));
    checker.run();
    return ImmutableList.copyOf(checker.outcomes);
  }

  private void run() {
    List<FiveRules.Scope> scopes = context.scopes();
    int firstYear = context.period().from().getYear();
    boolean[][] conferenceHeld = new boolean[scopes.size()][context.period().to().getYear() - firstYear + 1];
    for (Event event : context.register().getEvents()) {
      if (event.getKind() == EventKind.CONFERENCE) {
        markConference(scopes, conferenceHeld, event, firstYear);
      }
      if ((event.getKind() == EventKind.CONFERENCE || event.getKind() == EventKind.TWIN_TOWN_MEETING)
          && context.isPast(event.getDate())) {
        checkDelegations(scopes, event);
      }
    }
    for (int s = 0; s < scopes.size(); s++) {
      FiveRules.Scope scope = scopes.get(s);
      for (int year = scope.days().from().getYear(); year <= scope.days().to().getYear(); year++) {
        if (scope.agreement().isConferenceYear(year) && context.isClosed(year) && !conferenceHeld[s][year - firstYear]) {
          outcomes.add(Outcome.conferenceMissing(scope.agreement(), year));
        }
      }
    }
    if (context.strategy().isPresent()) {
      context.register().getDecisions().forEach(this::checkDecision);
      context.register().getProjects().forEach(this::checkProject);
    }
  }

  private static void markConference(List<FiveRules.Scope> scopes, boolean[][] held, Event event, int firstYear) {
    int year = event.year() - firstYear;
    if (year < 0 || year >= held[0].length) {
      return;
    }
    for (int s = 0; s < scopes.size(); s++) {
      if (scopes.get(s).isChainEvent(event)) {
        held[s][year] = true;
      }
    }
  }

  private void checkDelegations(List<FiveRules.Scope> scopes, Event event) {
    for (Delegation delegation : event.getDelegations()) {
      boolean bound = false;
      for (FiveRules.Scope scope : scopes) {
        bound |= scope.covers(event) && scope.agreement().isParty(delegation.getMunicipality());
      }
      if (!bound) {
        continue;
      }
      int present = 0;
      for (DelegationMember member : delegation.getMembers()) {
        present |= leadershipOn(member, event.getDate());
      }
      if ((present & POLITICAL) == 0) {
        outcomes.add(Outcome.leadershipMissing(event, delegation, Leadership.POLITICAL));
      }
      if ((present & ADMINISTRATIVE) == 0) {
        outcomes.add(Outcome.leadershipMissing(event, delegation, Leadership.ADMINISTRATIVE));
      }
    }
  }

  private int leadershipOn(DelegationMember member, LocalDate date) {
    Person person = people.get(member.getPerson());
    int found = 0;
    if (person != null) {
      for (Position position : person.getPositions()) {
        se.vanort.domain.organisation.Body body = bodies.get(position.getBody());
        if (body != null && position.isHeldOn(date)) {
          found |= leadershipByRoleAndKind[position.getRole().ordinal()][body.getKind().ordinal()];
        }
      }
    }
    return found & BOTH;
  }

  private void checkDecision(Decision decision) {
    if (decision.getMatter() != Matter.ESTABLISH_TWIN_TOWN || decision.getBody().isEmpty()) {
      return;
    }
    BodyKind kind = context.ownBodies().get(decision.getBody().get());
    if (kind != null && kind != BodyKind.COUNCIL && context.period().contains(decision.getDate())
        && context.strategyJudges(decision.getDate())) {
      outcomes.add(Outcome.twinTownNotByCouncil(context.strategyMunicipality(), decision));
    }
  }

  private void checkProject(Project project) {
    DateRange runs = project.getPeriod();
    if (runs.isReversed() || !runs.overlaps(context.period()) || !context.ownBodies().containsKey(project.getOwner())
        || !context.strategyJudges(runs.from())) {
      return;
    }
    if (project.getFundingInvestigation().isEmpty()) {
      outcomes.add(Outcome.ofProject(FiveRules.FUNDING, context.strategyMunicipality(), project));
    }
    if (project.getPublication().isEmpty()) {
      outcomes.add(Outcome.ofProject(FiveRules.PUBLISHED, context.strategyMunicipality(), project));
    }
  }

}
