package se.vanort.rules.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Rulebook;

/**
 * Who decides a matter, with the clause that says so.
 *
 * <ul>
 *   <li>establishing a new twin town: the council ({@code VIS2016/W5});
 *   <li>a partnership application or a steering group: the executive board or a committee
 *       ({@code VIS2016/P2});
 *   <li>a project: the committee that owns it ({@code VIS2016/O5}); the executive board counts,
 *       because it is a committee in the sense of the Local Government Act and can own projects;
 *   <li>a school exchange: the school within its own budget, the responsible committee when it does
 *       not fit ({@code VIS2016/E2});
 *   <li>adopting or revising the strategy: the council, which adopted it and whose revision
 *       {@code VIS2016/R1} requires once per mandate period;
 *   <li>revising the agreement: the parties together, at the conference ({@code VA2021/R});
 *   <li>the activity plan: the twin-town meeting, whose main task is to evaluate and change it
 *       ({@code VA2021/O1a}).
 * </ul>
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
  private static final String INDEX = DecisionAuthority.class.getName();

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
    Answers answers = evaluation.index(INDEX, Answers::new);
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
        .filter(body -> body.getMunicipality().map(perspective::equals).orElse(true))
        .forEach(body -> byKind.put(body.getKind(), body));
    return byKind.build();
  }

  // The parties of the agreements in force on the as-of date; before or after every agreement, those
  // of all agreements, so that the answer still names who revises.
  private static ImmutableList<MunicipalityId> partiesOnAsOf(Register register) {
    ImmutableList<Agreement> inForce = register.getAgreements().stream()
        .filter(agreement -> agreement.getPeriod().contains(register.asOf()))
        .collect(ImmutableList.toImmutableList());
    return (inForce.isEmpty() ? register.getAgreements() : inForce).stream()
        .flatMap(agreement -> agreement.getParties().stream())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableMap<Matter, Authority> table(boolean overBudget) {
    Map<Matter, Authority> answers = new EnumMap<>(Matter.class);
    for (Matter matter : Matter.values()) {
      answers.put(matter, answer(matter, overBudget));
    }
    return Maps.immutableEnumMap(answers);
  }

  private static Authority answer(Matter matter, boolean overBudget) {
    return switch (matter) {
      case ESTABLISH_TWIN_TOWN -> assigned(matter, overBudget, Decider.COUNCIL, "VIS2016/W5",
          "establish-twin-town", BodyKind.COUNCIL);
      case PARTNERSHIP_APPLICATION -> assigned(matter, overBudget, Decider.EXECUTIVE_BOARD_OR_COMMITTEE,
          "VIS2016/P2", "partnership-application", BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE);
      case APPOINT_STEERING_GROUP -> assigned(matter, overBudget, Decider.EXECUTIVE_BOARD_OR_COMMITTEE,
          "VIS2016/P2", "appoint-steering-group", BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE);
      case PROJECT -> assigned(matter, overBudget, Decider.OWNING_COMMITTEE, "VIS2016/O5", "project",
          BodyKind.COMMITTEE, BodyKind.EXECUTIVE_BOARD);
      case SCHOOL_EXCHANGE -> overBudget
          ? assigned(matter, true, Decider.RESPONSIBLE_COMMITTEE, "VIS2016/E2", "school-exchange.over-budget",
              BodyKind.COMMITTEE)
          : assigned(matter, false, Decider.SCHOOL, "VIS2016/E2", "school-exchange.within-budget",
              BodyKind.SCHOOL);
      case ADOPT_STRATEGY -> assigned(matter, overBudget, Decider.COUNCIL, "VIS2016/R1", "adopt-strategy",
          BodyKind.COUNCIL);
      case REVISE_STRATEGY -> assigned(matter, overBudget, Decider.COUNCIL, "VIS2016/R1", "revise-strategy",
          BodyKind.COUNCIL);
      case REVISE_AGREEMENT -> assigned(matter, overBudget, Decider.PARTIES_AT_CONFERENCE, "VA2021/R",
          "revise-agreement");
      case ACTIVITY_PLAN -> assigned(matter, overBudget, Decider.TWIN_TOWN_MEETING, "VA2021/O1a",
          "activity-plan");
      case APPOINT_SECRETARY, OTHER -> Authority.builder()
          .matter(matter)
          .overBudget(overBudget)
          .decider(Decider.NONE)
          .explanationKey("query.authority.unassigned")
          .addArgument(slug(matter))
          .build();
    };
  }

  private static Authority assigned(
      Matter matter, boolean overBudget, Decider decider, String clause, String key, BodyKind... kinds) {
    return Authority.builder()
        .matter(matter)
        .overBudget(overBudget)
        .decider(decider)
        .bodyKinds(ImmutableSet.copyOf(kinds))
        .clause(ClauseId.of(clause))
        .explanationKey("query.authority." + key)
        .addArgument(clause)
        .build();
  }

  /** {@code school-exchange} for {@link Matter#SCHOOL_EXCHANGE}: the form register files use. */
  static String slug(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
