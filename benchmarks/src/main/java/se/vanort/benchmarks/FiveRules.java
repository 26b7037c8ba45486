package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.strategy.Strategy;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Rulebook;

/**
 * The five rules measured against Easy Rules and the hand-written baseline, and what all three
 * checkers read before their pass: the agreements' scopes in the period and the strategy's
 * municipality, bodies and day of adoption.
 */
public final class FiveRules {
  static final String CONFERENCE = "va.conference-every-second-year";
  static final String DELEGATION = "va.delegation-has-leadership";
  static final String TWIN_TOWN = "vis.new-twin-town-by-council";
  static final String FUNDING = "vis.external-funding-investigated";
  static final String PUBLISHED = "vis.projects-published";

  /** The ids of the five rules. */
  public static final ImmutableSet<String> IDS = ImmutableSet.of(CONFERENCE, DELEGATION, TWIN_TOWN, FUNDING, PUBLISHED);

  private FiveRules() {}

  /** vanort's standard rules restricted to the five. */
  public static Rulebook rulebook() {
    return Rulebook.of(Rulebook.standard().rules().stream().filter(rule -> IDS.contains(rule.id().value())).toList());
  }

  /**
   * The part of the period an agreement governs. An event belongs to the agreement's chain when its
   * host is a party or no host is recorded.
   */
  record Scope(Agreement agreement, DateRange days) {
    boolean isChainEvent(Event event) {
      return event.getHost().map(agreement::isParty).orElse(true);
    }

    boolean covers(Event event) {
      return days.contains(event.getDate()) && isChainEvent(event);
    }
  }

  /** What the checkers read once per check, in a handful of records' time. */
  record Context(Register register, DateRange period, LocalDate asOf, ImmutableList<Scope> scopes,
      Optional<Strategy> strategy, LocalDate adopted, ImmutableMap<BodyId, BodyKind> ownBodies) {

    static Context of(Register register, DateRange period) {
      ImmutableList<Scope> scopes = register.getAgreements().stream()
          .filter(a -> !a.getPeriod().isReversed() && a.getPeriod().overlaps(period))
          .flatMap(a -> a.getPeriod().intersection(period).map(days -> new Scope(a, days)).stream())
          .collect(ImmutableList.toImmutableList());
      Optional<Strategy> strategy = register.getStrategies().stream()
          .filter(s -> s.getId().equals(Evaluation.STRATEGY) && s.getMunicipality().equals(register.getPerspective().getMunicipality()))
          .findFirst();
      LocalDate adopted = strategy.flatMap(s -> register.findDecision(s.getAdoptedBy())).map(Decision::getDate)
          .orElse(LocalDate.MAX);
      Optional<MunicipalityId> own = strategy.map(Strategy::getMunicipality);
      ImmutableMap<BodyId, BodyKind> ownBodies = register.getBodies().stream()
          .filter(body -> own.isPresent() && body.getMunicipality().equals(own))
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
  }
}
