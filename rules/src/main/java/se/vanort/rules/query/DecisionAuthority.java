package se.vanort.rules.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import se.vanort.domain.Kebab;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Rulebook;
import se.vanort.rules.authority.Assignment;
import se.vanort.rules.authority.AuthorityTable;
import se.vanort.rules.authority.Decider;

/**
 * Who decides a matter, with the clause that says so: the answers of {@link AuthorityTable}, the one
 * table of deciders, with the register's own bodies named.
 *
 * <p>Any other matter gets an answer saying that no clause assigns it, never an exception.
 *
 * <pre>{@code
 * Authority authority = DecisionAuthority.whoDecides(Matter.SCHOOL_EXCHANGE, true);
 * authority.getClause();                          // VIS2016/E2
 * authority.getBodyKinds();                       // [COMMITTEE]
 * authority.explanation(Messages.of(Locale.ENGLISH));
 * }</pre>
 */
public final class DecisionAuthority {
  private static final Evaluation.Index<Answers> ANSWERS = Evaluation.Index.of("query.decisionAuthority", Answers::new);

  private static final ImmutableMap<Matter, Authority> WITHIN_BUDGET = table(false);
  private static final ImmutableMap<Matter, Authority> OVER_BUDGET = table(true);

  private DecisionAuthority() {}

  /**
   * {@return who decides {@code matter}; {@code overBudget} says whether it does not fit the deciding unit's
   * own budget (it matters only for school exchanges)}
   *
   * @param matter the matter to be decided
   * @param overBudget whether the matter exceeds the budget set for it
   */
  public static Authority whoDecides(Matter matter, boolean overBudget) {
    return (overBudget ? OVER_BUDGET : WITHIN_BUDGET).get(matter);
  }

  /**
   * {@return who decides {@code matter}, naming the bodies of the perspective municipality of the register
   * evaluated (a body with no municipality recorded counts as the perspective's own) or, for a
   * revision of the agreement, its parties} The answers are built once per evaluation.
   *
   * @param evaluation the evaluation of a register
   * @param matter the matter to be decided
   * @param overBudget whether the matter exceeds the budget set for it
   */
  public static Authority whoDecides(Evaluation evaluation, Matter matter, boolean overBudget) {
    Answers answers = evaluation.get(ANSWERS);
    return (overBudget ? answers.overBudget : answers.withinBudget).get(matter);
  }

  /**
   * {@return who decides {@code matter} in {@code register}; see {@link #whoDecides(Evaluation, Matter, boolean)}}
   *
   * @param register the register
   * @param matter the matter to be decided
   * @param overBudget whether the matter exceeds the budget set for it
   */
  public static Authority whoDecides(Register register, Matter matter, boolean overBudget) {
    return whoDecides(new Evaluation(register, Rulebook.defaultPeriod(register)), matter, overBudget);
  }

  private static final class Answers {
    private final ImmutableMap<Matter, Authority> withinBudget;
    private final ImmutableMap<Matter, Authority> overBudget;

    Answers(Evaluation evaluation) {
      ImmutableListMultimap<BodyKind, Body> bodies = bodiesOfPerspective(evaluation);
      ImmutableList<MunicipalityId> parties = partiesOnAsOf(evaluation.register());
      this.withinBudget = ImmutableMap.copyOf(Maps.transformValues(WITHIN_BUDGET, a -> named(a, bodies, parties)));
      this.overBudget = ImmutableMap.copyOf(Maps.transformValues(OVER_BUDGET, a -> named(a, bodies, parties)));
    }
  }

  private static Authority named(
      Authority authority, ImmutableListMultimap<BodyKind, Body> bodies, ImmutableList<MunicipalityId> parties) {
    return authority
        .withBodies(authority.getBodyKinds().stream().flatMap(kind -> bodies.get(kind).stream()).toList())
        .withParties(authority.getDecider() == Decider.PARTIES_AT_CONFERENCE ? parties : ImmutableList.of());
  }

  private static ImmutableListMultimap<BodyKind, Body> bodiesOfPerspective(Evaluation evaluation) {
    MunicipalityId perspective = evaluation.perspective();
    ImmutableListMultimap.Builder<BodyKind, Body> byKind = ImmutableListMultimap.builder();
    evaluation.register().getBodies().stream()
        .filter(body -> evaluation.register().municipalityOf(body).filter(perspective::equals).isPresent())
        .forEach(body -> byKind.put(body.getKind(), body));
    return byKind.build();
  }

  // The parties bound on the as-of date by the agreements in force; before or after every agreement,
  // the parties of all agreements, so that the answer still names who revises.
  private static ImmutableList<MunicipalityId> partiesOnAsOf(Register register) {
    ImmutableList<Agreement> inForce = register.getAgreements().stream()
        .filter(agreement -> agreement.getPeriod().contains(register.asOf()))
        .collect(ImmutableList.toImmutableList());
    if (!inForce.isEmpty()) {
      return inForce.stream().flatMap(agreement -> register.chainOn(agreement, register.asOf()).stream())
          .distinct()
          .collect(ImmutableList.toImmutableList());
    }
    return register.getAgreements().stream()
        .flatMap(agreement -> agreement.partyIds().stream())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableMap<Matter, Authority> table(boolean overBudget) {
    Map<Matter, Authority> answers = new EnumMap<>(Matter.class);
    for (Matter matter : Matter.values()) {
      answers.put(matter, answer(AuthorityTable.of(matter, overBudget)));
    }
    return Maps.immutableEnumMap(answers);
  }

  // The table's line as the query's answer; its explanation cites the clause, or names the matter
  // when no clause assigns it.
  private static Authority answer(Assignment line) {
    return Authority.builder()
        .matter(line.matter())
        .overBudget(line.overBudget())
        .decider(line.decider())
        .bodyKinds(line.bodyKinds())
        .clause(line.clause())
        .explanationKey(line.explanationKey())
        .addArgument(line.clause().map(ClauseId::toString).orElseGet(() -> Kebab.of(line.matter())))
        .build();
  }
}
