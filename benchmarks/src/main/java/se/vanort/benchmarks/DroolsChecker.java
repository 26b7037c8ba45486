package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.DelegationMember;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.project.Project;
import se.vanort.domain.register.Register;
import se.vanort.rules.Rulebook;

/**
 * The five rules written in DRL for Drools 10 ({@code five-rules.drl} beside this class's package),
 * compiled once into a {@link KieBase} with the executable model ({@code drools-engine}, what the
 * Drools project recommends since Drools 8), and run the way its documentation teaches: a new
 * {@link KieSession} per check, every fact inserted, the rules fired once, the session disposed. The
 * facts are the register's events, decisions and relations as they are, and small fact classes
 * (below) for what a rule matches that is not a record of its own: a conference year of an agreement,
 * a delegation at its event, an activity the strategy judges. What is a chain's event, whether a
 * party is bound and the deadlines of an activity are the same Java ({@link FiveRules}) the other
 * two checkers call, so that the three differ only in how the rules are run.
 */
public final class DroolsChecker {
  private static final String DRL = "se/vanort/benchmarks/drools/five-rules.drl";
  private static final KieBase RULES = compile();

  private DroolsChecker() {}

  /** The findings of the five rules on {@code register} over its default period. */
  public static ImmutableList<Outcome> check(Register register) {
    return check(register, Rulebook.defaultPeriod(register));
  }

  /** The findings of the five rules on {@code register} over {@code period}. */
  public static ImmutableList<Outcome> check(Register register, DateRange period) {
    FiveRules.Context context = FiveRules.Context.of(register, period);
    List<Outcome> findings = new ArrayList<>();
    KieSession session = RULES.newKieSession();
    try {
      session.setGlobal("findings", findings);
      session.setGlobal("context", new Judge(context));

      for (FiveRules.Scope scope : context.scopes()) {
        for (int year : scope.days().years().toArray()) {
          session.insert(new ConferenceYear(context, scope, year));
        }
      }
      for (Event event : register.getEvents()) {
        session.insert(event);
        for (Delegation delegation : event.getDelegations()) {
          session.insert(new DelegationAt(event, delegation));
        }
        FiveRules.Activity activity = context.activity(event);
        if (activity != null) {
          session.insert(new Activity(activity));
        }
      }
      if (context.strategy().isPresent()) {
        register.getDecisions().forEach(session::insert);
        register.getRelations().forEach(session::insert);
        for (Project project : register.getProjects()) {
          FiveRules.Activity activity = context.activity(project);
          if (activity != null) {
            session.insert(new Activity(activity));
          }
        }
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return ImmutableList.copyOf(findings);
  }

  private static KieBase compile() {
    KieServices services = KieServices.get();
    KieFileSystem files = services.newKieFileSystem();
    try (InputStream drl = DroolsChecker.class.getClassLoader().getResourceAsStream(DRL)) {
      if (drl == null) {
        throw new IllegalStateException(DRL + " is not on the class path");
      }
      files.write("src/main/resources/" + DRL, drl.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("five-rules.drl does not compile: " + builder.getResults().getMessages());
    }
    KieContainer container = services.newKieContainer(builder.getKieModule().getReleaseId());
    return container.getKieBase();
  }

  /** The check's context as the rules' conditions ask it (a global). */
  public static final class Judge {
    private final FiveRules.Context context;

    private FiveRules.TwinTowns twinTowns;

    Judge(FiveRules.Context context) {
      this.context = context;
    }

    /** Whether {@code relation} is a new twin town of the strategy's municipality that no decision established. */
    public boolean isUndecided(Relation relation) {
      if (twinTowns == null) {
        twinTowns = FiveRules.TwinTowns.of(context);
      }
      return twinTowns.isUndecided(relation);
    }

    /** {@return whether {@code date} lies on or before the as-of date} */
    public boolean isPast(java.time.LocalDate date) {
      return context.isPast(date);
    }

    /** Whether the delegation's municipality is bound on the event's day by an agreement whose chain covers it. */
    public boolean isBound(DelegationAt at) {
      return context.isBoundAt(at.getEvent(), at.getDelegation().getMunicipality());
    }

    /** Whether {@code decision}, establishing a twin town, was taken by one of the strategy's bodies that is not the council. */
    public boolean isNotByCouncil(Decision decision) {
      if (decision.getBody().isEmpty()) {
        return false;
      }
      BodyKind kind = context.ownBodies().get(decision.getBody().get());
      return kind != null && kind != BodyKind.COUNCIL && context.period().contains(decision.getDate())
          && context.strategyJudges(decision.getDate());
    }

    /** The key of the funding finding on {@code activity}, or null. */
    public String fundingKey(Activity activity) {
      FiveRules.Activity of = activity.activity;
      return context.missed(FiveRules.FUNDING, of.days().from(), of.investigated());
    }

    /** The key of the publication finding on {@code activity}, or null. */
    public String publishedKey(Activity activity) {
      FiveRules.Activity of = activity.activity;
      return context.missed(FiveRules.PUBLISHED, of.days().to(), of.published());
    }

    /** Adds the funding or publication finding {@code key} on {@code activity} to {@code findings}. */
    public void reportActivity(List<Outcome> findings, String rule, String key, Activity activity) {
      FiveRules.Activity of = activity.activity;
      findings.add(Outcome.ofActivity(rule, key, context.strategyMunicipality(), of,
          rule.equals(FiveRules.FUNDING) ? of.days().from() : of.days().to()));
    }

    /** Adds the finding on a twin town established by another body than the council. */
    public void reportNotByCouncil(List<Outcome> findings, Decision decision) {
      findings.add(Outcome.twinTownNotByCouncil(context.strategyMunicipality(), decision));
    }

    /** Adds the finding on a new twin town no decision established. */
    public void reportUndecided(List<Outcome> findings, Relation relation) {
      findings.add(Outcome.twinTownUndecided(context.strategyMunicipality(), relation));
    }

    /** Adds a finding for each kind of leadership the delegation lacks. */
    public void reportMissingLeadership(List<Outcome> findings, DelegationAt at) {
      Event event = at.getEvent();
      Delegation delegation = at.getDelegation();
      EnumSet<Leadership> present = EnumSet.noneOf(Leadership.class);
      for (DelegationMember member : delegation.getMembers()) {
        present.addAll(context.register().leadershipOn(member.getPerson(), event.getDate(), delegation.getMunicipality()));
      }
      for (Leadership missing : EnumSet.complementOf(present)) {
        findings.add(Outcome.leadershipMissing(event, delegation, missing));
      }
    }
  }

  /** A year of an agreement's scope in which a conference was due and the year is closed. */
  public static final class ConferenceYear {
    private final FiveRules.Context context;
    private final FiveRules.Scope scope;
    private final int year;
    private final boolean due;

    ConferenceYear(FiveRules.Context context, FiveRules.Scope scope, int year) {
      this.context = context;
      this.scope = scope;
      this.year = year;
      this.due = scope.agreement().isConferenceYear(year) && context.isClosed(year);
    }

    /** {@return the calendar year} */
    public int getYear() {
      return year;
    }

    /** {@return whether a conference was due that year and the year is closed} */
    public boolean isDue() {
      return due;
    }

    /** {@return the agreement} */
    public Agreement getAgreement() {
      return scope.agreement();
    }

    /** {@return whether {@code event} belongs to the agreement's chain} */
    public boolean isChainEvent(Event event) {
      return scope.isChainEvent(context.register(), event);
    }

    /** Adds the finding that the year had no conference. */
    public void report(List<Outcome> findings) {
      findings.add(Outcome.conferenceMissing(scope.agreement(), year));
    }
  }

  /** A delegation at its event. */
  public static final class DelegationAt {
    private final Event event;
    private final Delegation delegation;

    DelegationAt(Event event, Delegation delegation) {
      this.event = event;
      this.delegation = delegation;
    }

    /** {@return the event} */
    public Event getEvent() {
      return event;
    }

    /** {@return the delegation} */
    public Delegation getDelegation() {
      return delegation;
    }

    /** {@return the kind of the event} */
    public EventKind getKind() {
      return event.getKind();
    }
  }

  /** A project or an exchange or study visit of the strategy's municipality that the strategy judges. */
  public static final class Activity {
    private final FiveRules.Activity activity;

    Activity(FiveRules.Activity activity) {
      this.activity = activity;
    }
  }

}
