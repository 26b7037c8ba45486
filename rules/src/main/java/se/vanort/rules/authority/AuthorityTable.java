package se.vanort.rules.authority;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.organisation.BodyKind;

/**
 * The one table of who decides which matter, with the clause that says so. The {@code who-decides}
 * query ({@code DecisionAuthority}) and the rules that judge decisions read it; none keeps a copy.
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
 * <pre>{@code
 * AuthorityTable.mayDecide(BodyKind.COUNCIL, Matter.ESTABLISH_TWIN_TOWN, false);  // true
 * AuthorityTable.mayReviseStrategy();                                             // [COUNCIL]
 * }</pre>
 */
public final class AuthorityTable {
  private static final ImmutableMap<Matter, Assignment> WITHIN_BUDGET = table(false);
  private static final ImmutableMap<Matter, Assignment> OVER_BUDGET = table(true);

  private AuthorityTable() {}

  /**
   * {@return who decides {@code matter}}
   *
   * @param matter the matter
   * @param overBudget whether it does not fit the deciding unit's own budget (it matters only for
   *     school exchanges)
   */
  public static Assignment of(Matter matter, boolean overBudget) {
    return (overBudget ? OVER_BUDGET : WITHIN_BUDGET).get(matter);
  }

  /**
   * {@return whether a body of {@code kind} may decide {@code matter} (within or over budget as
   * given)}
   *
   * @param kind the kind of body
   * @param matter the matter
   * @param overBudget whether it does not fit the deciding unit's own budget
   */
  public static boolean mayDecide(BodyKind kind, Matter matter, boolean overBudget) {
    return of(matter, overBudget).allows(kind);
  }

  /**
   * {@return whether a body of {@code kind} may decide {@code matter} within the deciding unit's
   * own budget}
   *
   * @param kind the kind of body
   * @param matter the matter
   */
  public static boolean mayDecide(BodyKind kind, Matter matter) {
    return mayDecide(kind, matter, false);
  }

  /** {@return the kinds of body that may revise the strategy ({@code VIS2016/R1}): the council} */
  public static ImmutableSet<BodyKind> mayReviseStrategy() {
    return of(Matter.REVISE_STRATEGY, false).bodyKinds();
  }

  private static ImmutableMap<Matter, Assignment> table(boolean overBudget) {
    Map<Matter, Assignment> answers = new EnumMap<>(Matter.class);
    for (Matter matter : Matter.values()) {
      answers.put(matter, answer(matter, overBudget));
    }
    return Maps.immutableEnumMap(answers);
  }

  private static Assignment answer(Matter matter, boolean overBudget) {
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
      case APPOINT_SECRETARY, OTHER -> new Assignment(matter, overBudget, Decider.NONE, ImmutableSet.of(),
          Optional.empty(), "query.authority.unassigned");
    };
  }

  private static Assignment assigned(
      Matter matter, boolean overBudget, Decider decider, String clause, String key, BodyKind... kinds) {
    return new Assignment(matter, overBudget, decider, ImmutableSet.copyOf(kinds),
        Optional.of(ClauseId.of(clause)), "query.authority." + key);
  }
}
