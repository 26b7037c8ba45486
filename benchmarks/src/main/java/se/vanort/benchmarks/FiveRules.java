package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.project.Project;
import se.vanort.domain.register.Register;
import se.vanort.domain.strategy.Strategy;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Rulebook;

/**
 * The five rules measured against Easy Rules and the hand-written baseline, and what all three
 * checkers read before their pass: the agreements' scopes in the period with their chains, the
 * strategy's municipality, bodies and day of adoption, and the meaning of the catalogue's second
 * round that the baselines share (written here by hand, not taken from the rule classes).
 */
public final class FiveRules {
  static final String CONFERENCE = "va.conference-every-second-year";
  static final String DELEGATION = "va.delegation-has-leadership";
  static final String TWIN_TOWN = "vis.new-twin-town-by-council";
  static final String TWIN_TOWN_UNDECIDED = TWIN_TOWN + ".undecided";
  static final String FUNDING = "vis.external-funding-investigated";
  static final String PUBLISHED = "vis.projects-published";
  /** The suffix of the key of a record that came after its deadline. */
  static final String LATE = ".late";

  /** The ids of the five rules. */
  public static final ImmutableSet<String> IDS = ImmutableSet.of(CONFERENCE, DELEGATION, TWIN_TOWN, FUNDING, PUBLISHED);

  private FiveRules() {}

  /** vanort's standard rules restricted to the five. */
  public static Rulebook rulebook() {
    return Rulebook.of(Rulebook.standard().rules().stream().filter(rule -> IDS.contains(rule.id().value())).toList());
  }

  /**
   * The part of the period an agreement governs, and its chain: an event belongs to it when its host
   * is bound by the agreement on the event's date (a member that day, and the municipality exists)
   * or no host is recorded; after the agreement's period, up to the end of its revision year, when
   * the host was a party at the period's end and exists, or is bound by the successor.
   *
   * @param agreement the agreement
   * @param days the days of the period it governs
   * @param reachEnd the last day its chain reaches: the end of its period or of its revision year
   * @param successor the register's agreement with the earliest first day after this one's
   */
  record Scope(Agreement agreement, DateRange days, LocalDate reachEnd, Optional<Agreement> successor) {

    static Scope of(Register register, Agreement agreement, DateRange days) {
      LocalDate endOfRevisionYear = LocalDate.of(agreement.getRevisionYear(), 12, 31);
      LocalDate to = agreement.getPeriod().to();
      Agreement next = null;
      for (Agreement other : register.getAgreements()) {
        LocalDate from = other.getPeriod().from();
        if (from.isAfter(agreement.getPeriod().from()) && (next == null || from.isBefore(next.getPeriod().from()))) {
          next = other;
        }
      }
      return new Scope(agreement, days, endOfRevisionYear.isAfter(to) ? endOfRevisionYear : to, Optional.ofNullable(next));
    }

    /** Whether {@code event} belongs to the agreement's chain. */
    boolean isChainEvent(Register register, Event event) {
      LocalDate date = event.getDate();
      DateRange period = agreement.getPeriod();
      if (period.contains(date)) {
        return event.getHost().map(host -> register.isBoundOn(agreement, host, date)).orElse(true);
      }
      if (date.isBefore(period.from()) || date.isAfter(reachEnd)) {
        return false;
      }
      return event.getHost().map(host -> (agreement.isMemberOn(host, period.to()) && register.existsOn(host, date))
          || successor.filter(next -> register.isBoundOn(next, host, date)).isPresent()).orElse(true);
    }

    /** Whether {@code event} falls in the scope's days and belongs to the agreement's chain. */
    boolean covers(Register register, Event event) {
      return days.contains(event.getDate()) && isChainEvent(register, event);
    }
  }

  /**
   * An international contact of the strategy's municipality: a project owned by one of its bodies, or
   * an exchange or study visit of its own that the municipality hosts or sends a delegation to.
   *
   * @param id the project's or event's id
   * @param days the days it runs
   * @param investigated the day of its funding investigation, if recorded
   * @param published the day of its publication, if recorded
   */
  record Activity(String id, DateRange days, Optional<LocalDate> investigated, Optional<LocalDate> published) {}

  /** What the checkers read once per check, in a handful of records' time. */
  record Context(Register register, DateRange period, LocalDate asOf, ImmutableList<Scope> scopes,
      Optional<Strategy> strategy, LocalDate adopted, ImmutableMap<BodyId, BodyKind> ownBodies) {

    static Context of(Register register, DateRange period) {
      ImmutableList<Scope> scopes = register.getAgreements().stream()
          .filter(a -> !a.getPeriod().isReversed() && a.getPeriod().overlaps(period))
          .flatMap(a -> a.getPeriod().intersection(period).map(days -> Scope.of(register, a, days)).stream())
          .collect(ImmutableList.toImmutableList());
      Optional<Strategy> strategy = register.getStrategies().stream()
          .filter(s -> s.getId().equals(Evaluation.STRATEGY) && s.getMunicipality().equals(register.getPerspective().getMunicipality()))
          .findFirst();
      LocalDate adopted = strategy.flatMap(s -> register.findDecision(s.getAdoptedBy())).map(Decision::getDate)
          .orElse(LocalDate.MAX);
      Optional<MunicipalityId> own = strategy.map(Strategy::getMunicipality);
      // A body recorded without a municipality is the perspective's (a regional network is no one's).
      ImmutableMap<BodyId, BodyKind> ownBodies = register.getBodies().stream()
          .filter(body -> own.isPresent() && register.municipalityOf(body).equals(own))
          .collect(ImmutableMap.toImmutableMap(Body::getId, Body::getKind, (first, second) -> first));
      return new Context(register, period, register.asOf(), scopes, strategy, adopted, ownBodies);
    }

    boolean isPast(LocalDate date) {
      return !date.isAfter(asOf);
    }

    boolean isClosed(int year) {
      return !LocalDate.of(year, 12, 31).isAfter(asOf);
    }

    /** The municipality whose strategy applies; call only when the register holds one. */
    MunicipalityId strategyMunicipality() {
      return strategy.orElseThrow().getMunicipality();
    }

    /** Whether VIS2016 judges a record dated {@code date}: on or after its adoption, and past. */
    boolean strategyJudges(LocalDate date) {
      return !date.isBefore(adopted) && isPast(date);
    }

    /** Whether {@code municipality} is bound on {@code event}'s date by an agreement whose chain covers it. */
    boolean isBoundAt(Event event, MunicipalityId municipality) {
      for (Scope scope : scopes) {
        if (scope.covers(register, event) && register.isBoundOn(scope.agreement(), municipality, event.getDate())) {
          return true;
        }
      }
      return false;
    }

    /** {@code project} as an activity the strategy judges, or null when it is not one. */
    Activity activity(Project project) {
      DateRange runs = project.getPeriod();
      if (strategy.isEmpty() || runs.isReversed() || !runs.overlaps(period) || !ownBodies.containsKey(project.getOwner())
          || runs.from().isBefore(adopted)) {
        return null;
      }
      return new Activity(project.getId().value(), runs,
          project.getFundingInvestigation().map(investigation -> investigation.getDate()),
          project.getPublication().map(publication -> publication.getDate()));
    }

    /** {@code event} as an activity of its own the strategy judges, or null when it is not one. */
    Activity activity(Event event) {
      if (strategy.isEmpty() || !event.isActivityOfItsOwn() || !event.isAttendedBy(strategyMunicipality())) {
        return null;
      }
      DateRange runs = DateRange.of(event.getDate(), event.lastDay());
      if (!runs.overlaps(period) || runs.from().isBefore(adopted)) {
        return null;
      }
      return new Activity(event.getId().value(), runs,
          event.getFundingInvestigation().map(investigation -> investigation.getDate()),
          event.getPublication().map(publication -> publication.getDate()));
    }

    /**
     * The key of {@code rule}'s finding on a record due by {@code deadline} and made on {@code made},
     * or null when there is none: nothing while the deadline lies ahead; nothing when it was made by
     * the deadline; {@code rule.late} when it was made later but by the as-of date; {@code rule} when
     * it was not made by the as-of date (a record dated later does not exist yet).
     */
    String missed(String rule, LocalDate deadline, Optional<LocalDate> made) {
      if (deadline.isAfter(asOf)) {
        return null;
      }
      if (made.isEmpty() || made.get().isAfter(asOf)) {
        return rule;
      }
      return made.get().isAfter(deadline) ? rule + LATE : null;
    }
  }

  /**
   * The strategy's municipality's new twin towns that no decision established: what a check reads
   * of the decisions and relations once, in one pass over each.
   *
   * @param context the check's context
   * @param decided the ids that a decision to establish a twin town, taken by the as-of date, concerns
   * @param carriedOn partners into which a municipality merged that was already a twin town
   */
  record TwinTowns(Context context, Set<String> decided, Set<MunicipalityId> carriedOn) {

    static TwinTowns of(Context context) {
      Register register = context.register();
      Set<String> decided = new HashSet<>();
      for (Decision decision : register.getDecisions()) {
        if (decision.getMatter() == Matter.ESTABLISH_TWIN_TOWN && context.isPast(decision.getDate())) {
          decision.getSubjects().forEach(subject -> decided.add(subject.value()));
        }
      }
      Set<MunicipalityId> twinTowns = new HashSet<>();
      if (context.strategy().isPresent()) {
        for (Relation relation : register.getRelations()) {
          if (relation.getKind() == RelationKind.TWIN_TOWN && relation.getMunicipality().equals(context.strategyMunicipality())) {
            twinTowns.add(relation.getPartner());
          }
        }
      }
      Set<MunicipalityId> carriedOn = new HashSet<>();
      for (Municipality municipality : register.getMunicipalities()) {
        if (municipality.getMergedInto().isPresent() && twinTowns.contains(municipality.getId())) {
          carriedOn.add(municipality.getMergedInto().get());
        }
      }
      return new TwinTowns(context, decided, carriedOn);
    }

    /**
     * Whether {@code relation} is a new twin town of the strategy's municipality that no decision
     * established: it starts in a year of the period that begins under the strategy and by the as-of
     * date, carries on no merged municipality's relation, and no decision concerns it or its partner.
     */
    boolean isUndecided(Relation relation) {
      if (context.strategy().isEmpty() || relation.getKind() != RelationKind.TWIN_TOWN || relation.getSince().isEmpty()
          || !relation.getMunicipality().equals(context.strategyMunicipality())) {
        return false;
      }
      int year = relation.getSince().get().getValue();
      return year >= context.period().from().getYear() && year <= context.period().to().getYear()
          && context.strategyJudges(LocalDate.of(year, 1, 1))
          && !carriedOn.contains(relation.getPartner())
          && !decided.contains(relation.getId().value()) && !decided.contains(relation.getPartner().value());
    }
  }
}
