package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.organisation.LeadershipRule;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;
import se.vanort.rules.Rulebook;

/**
 * The five rules written by hand as one pass over the events, decisions, relations and projects,
 * with arrays and tables instead of indexes and streams: the physical limit that vanort is measured
 * against. It finds exactly what vanort finds ({@code CheckersAgreeTest} proves it on the synthetic
 * registers) but renders no messages and keeps no coverage.
 */
public final class HandWrittenChecker {
  private static final int POLITICAL = 1;
  private static final int ADMINISTRATIVE = 2;
  private static final int BOTH = POLITICAL | ADMINISTRATIVE;

  private final FiveRules.Context context;
  private final int[][] leadershipByRoleAndKind;
  /** Per body, its kind and the municipality it belongs to (null for none). */
  private final Map<BodyId, BodyFacts> bodies = new HashMap<>();
  private final Map<PersonId, Person> people;
  private final List<Outcome> outcomes = new ArrayList<>();

  private record BodyFacts(int kind, MunicipalityId municipality) {}

  private HandWrittenChecker(FiveRules.Context context) {
    this.context = context;
    Register register = context.register();
    for (Body body : register.getBodies()) {
      bodies.putIfAbsent(body.getId(), new BodyFacts(body.getKind().ordinal(), register.municipalityOf(body).orElse(null)));
    }
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
    Register register = context.register();
    List<FiveRules.Scope> scopes = context.scopes();
    int firstYear = context.period().from().getYear();
    boolean[][] conferenceHeld = new boolean[scopes.size()][context.period().to().getYear() - firstYear + 1];
    FiveRules.Scope[] covering = new FiveRules.Scope[scopes.size()];
    boolean strategy = context.strategy().isPresent();
    for (Event event : register.getEvents()) {
      EventKind kind = event.getKind();
      if (kind == EventKind.CONFERENCE) {
        markConference(scopes, conferenceHeld, event, firstYear);
      }
      if ((kind == EventKind.CONFERENCE || kind == EventKind.TWIN_TOWN_MEETING) && context.isPast(event.getDate())) {
        int count = 0;
        for (FiveRules.Scope scope : scopes) {
          if (scope.covers(register, event)) {
            covering[count++] = scope;
          }
        }
        if (count > 0) {
          checkDelegations(covering, count, event);
        }
      }
      if (strategy && (kind == EventKind.EXCHANGE || kind == EventKind.STUDY_VISIT)) {
        checkActivity(context.activity(event));
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
    if (strategy) {
      register.getDecisions().forEach(this::checkDecision);
      FiveRules.TwinTowns twinTowns = FiveRules.TwinTowns.of(context);
      for (Relation relation : register.getRelations()) {
        if (twinTowns.isUndecided(relation)) {
          outcomes.add(Outcome.twinTownUndecided(context.strategyMunicipality(), relation));
        }
      }
      for (Project project : register.getProjects()) {
        checkActivity(context.activity(project));
      }
    }
  }

  private void markConference(List<FiveRules.Scope> scopes, boolean[][] held, Event event, int firstYear) {
    int year = event.year() - firstYear;
    if (year < 0 || held.length == 0 || year >= held[0].length) {
      return;
    }
    for (int s = 0; s < scopes.size(); s++) {
      if (!held[s][year] && scopes.get(s).isChainEvent(context.register(), event)) {
        held[s][year] = true;
      }
    }
  }

  private void checkDelegations(FiveRules.Scope[] covering, int count, Event event) {
    Register register = context.register();
    LocalDate date = event.getDate();
    for (Delegation delegation : event.getDelegations()) {
      MunicipalityId municipality = delegation.getMunicipality();
      boolean bound = false;
      for (int s = 0; s < count && !bound; s++) {
        bound = register.isBoundOn(covering[s].agreement(), municipality, date);
      }
      if (!bound) {
        continue;
      }
      int present = 0;
      for (DelegationMember member : delegation.getMembers()) {
        present |= leadershipOn(member, date, municipality);
      }
      if ((present & POLITICAL) == 0) {
        outcomes.add(Outcome.leadershipMissing(event, delegation, Leadership.POLITICAL));
      }
      if ((present & ADMINISTRATIVE) == 0) {
        outcomes.add(Outcome.leadershipMissing(event, delegation, Leadership.ADMINISTRATIVE));
      }
    }
  }

  /** The leadership {@code member} holds on {@code date} through positions in bodies of {@code municipality}. */
  private int leadershipOn(DelegationMember member, LocalDate date, MunicipalityId municipality) {
    Person person = people.get(member.getPerson());
    int found = 0;
    if (person != null) {
      for (Position position : person.getPositions()) {
        BodyFacts body = bodies.get(position.getBody());
        if (body != null && municipality.equals(body.municipality()) && position.isHeldOn(date)) {
          found |= leadershipByRoleAndKind[position.getRole().ordinal()][body.kind()];
        }
      }
    }
    return found & BOTH;
  }

  private void checkDecision(Decision decision) {
    if (decision.getMatter() != Matter.ESTABLISH_TWIN_TOWN || decision.getBody().isEmpty()) {
      return;
    }
    // VIS2016/W5: the council alone establishes a twin town.
    BodyKind kind = context.ownBodies().get(decision.getBody().get());
    if (kind != null && kind != BodyKind.COUNCIL && context.period().contains(decision.getDate())
        && context.strategyJudges(decision.getDate())) {
      outcomes.add(Outcome.twinTownNotByCouncil(context.strategyMunicipality(), decision));
    }
  }

  private void checkActivity(FiveRules.Activity activity) {
    if (activity == null) {
      return;
    }
    LocalDate first = activity.days().from();
    String funding = context.missed(FiveRules.FUNDING, first, activity.investigated());
    if (funding != null) {
      outcomes.add(Outcome.ofActivity(FiveRules.FUNDING, funding, context.strategyMunicipality(), activity, first));
    }
    LocalDate last = activity.days().to();
    String published = context.missed(FiveRules.PUBLISHED, last, activity.published());
    if (published != null) {
      outcomes.add(Outcome.ofActivity(FiveRules.PUBLISHED, published, context.strategyMunicipality(), activity, last));
    }
  }
}
