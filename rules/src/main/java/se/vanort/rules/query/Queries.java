package se.vanort.rules.query;

import java.time.LocalDate;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.EventId;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Rulebook;

/**
 * The questions the rulebook answers besides checks, on one register: who decides a matter, what
 * falls due, who coordinates the secretaries, and whether a proposed delegation would pass. Every
 * answer is an immutable value citing its clause, with texts through {@link se.vanort.rules.Messages}.
 *
 * <pre>{@code
 * Queries queries = Queries.of(register);          // build once, ask many times
 * Messages en = Messages.of(Locale.ENGLISH);
 *
 * Authority who = queries.whoDecides(Matter.ESTABLISH_TWIN_TOWN, false);
 * System.out.println(who.getClause().orElseThrow() + " " + who.bodyLabels());   // VIS2016/W5 [kf Kommunfullmäktige]
 *
 * for (DueItem item : queries.due(DateRange.ofYear(2025)).getItems()) {
 *   System.out.println(item.getDate() + " " + item.getStatus() + " " + item.description(en));
 * }
 *
 * Coordination coordination = queries.coordinatorOn(LocalDate.of(2024, 3, 1));
 * System.out.println(coordination.explanation(en));
 *
 * DelegationVerdict verdict = queries.checkDelegation(EventId.of("conf-2025"),
 *     Delegation.of(MunicipalityId.of("vimmerby"), PersonId.of("p-kso"), PersonId.of("p-kd")));
 * System.out.println(verdict.isAcceptable());
 * }</pre>
 *
 * <p>The indexes the answers read are built once, on first use, and shared by every later question,
 * so that after the first question each answer is a few lookups. A {@code Queries} is immutable and
 * safe to share between threads. Each question also has a static entry point on its own class:
 * {@link DecisionAuthority}, {@link DueCalendar}, {@link SecretariesCoordinator}, {@link DelegationCheck}.
 */
public final class Queries {
  private final Evaluation evaluation;

  private Queries(Evaluation evaluation) {
    this.evaluation = evaluation;
  }

  /**
   * {@return questions on {@code register}, as of its as-of date}
   *
   * @param register the register
   */
  public static Queries of(Register register) {
    return new Queries(new Evaluation(register, Rulebook.defaultPeriod(register)));
  }

  /**
   * {@return questions on the register of {@code evaluation}, sharing its indexes}
   *
   * @param evaluation the evaluation of a register
   */
  public static Queries of(Evaluation evaluation) {
    return new Queries(evaluation);
  }

  /** {@return the register asked about} */
  public Register register() {
    return evaluation.register();
  }

  /**
   * {@return who decides {@code matter}, naming the register's bodies; see {@link DecisionAuthority}}
   *
   * @param matter the matter to be decided
   * @param overBudget whether the matter exceeds the budget set for it
   */
  public Authority whoDecides(Matter matter, boolean overBudget) {
    return DecisionAuthority.whoDecides(evaluation, matter, overBudget);
  }

  /**
   * {@return what falls due in {@code range}; see {@link DueCalendar}}
   *
   * @param range the period
   */
  public DueCalendar due(DateRange range) {
    return DueCalendar.of(evaluation, range);
  }

  /**
   * {@return who coordinates the secretaries' work on {@code date}; see {@link SecretariesCoordinator}}
   *
   * @param date the day
   */
  public Coordination coordinatorOn(LocalDate date) {
    return SecretariesCoordinator.on(evaluation, date);
  }

  /**
   * {@return the findings the delegation rules would report if {@code proposed} travelled to {@code event};
   * see {@link DelegationCheck}}
   *
   * @param event the event
   * @param proposed the delegation proposed
   * @throws IllegalArgumentException if the register has no such event, naming the closest id
   */
  public DelegationVerdict checkDelegation(EventId event, Delegation proposed) {
    return DelegationCheck.check(evaluation.register(), event, proposed);
  }
}
