package se.vanort.adapters.cli.file;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.vanort.domain.DateRange;
import se.vanort.domain.decision.Matter;

/**
 * A question a scenario asks of its register, as one of the query commands asks it, with the answer
 * it expects. The path names it in the scenario file ({@code due[0]}), for reports.
 */
public sealed interface ScenarioQuery {
  /** {@return where the question stands in the scenario, e.g. {@code due[0]} or {@code scenarios[2].coordinator[0]}} */
  String path();

  /** {@return the question's file, line and column, and its path, for a problem with it: {@code s.yaml:4:3: due[0]}} */
  String where();

  /**
   * {@code vanort due}: the calendar of a range, as of the register's as-of date or another.
   *
   * @param path where it stands in the file
   * @param where its file, line, column and path
   * @param range the year or period asked about
   * @param asOf the as-of date, if the question gives one
   * @param items what the calendar must (or must not) list
   */
  record Due(String path, String where, DateRange range, Optional<LocalDate> asOf, Expectations<ExpectedDueItem> items)
      implements ScenarioQuery {}

  /**
   * {@code vanort who-decides}: who decides a matter, with the register's bodies.
   *
   * @param path where it stands in the file
   * @param where its file, line, column and path
   * @param matter the matter asked about
   * @param overBudget whether it does not fit the deciding unit's own budget
   * @param decider the decider expected ({@code committee}, …), if stated
   * @param bodyKinds the kinds of body expected, if stated
   * @param clause the clause expected, if stated
   * @param bodies the ids of the register's bodies expected, if stated
   * @param parties the parties expected, if stated
   */
  record WhoDecides(String path, String where, Matter matter, boolean overBudget, Optional<String> decider,
      Optional<List<String>> bodyKinds, Optional<String> clause, Optional<List<String>> bodies,
      Optional<List<String>> parties) implements ScenarioQuery {}

  /**
   * {@code vanort coordinator}: who coordinates the secretaries' work on a date.
   *
   * @param path where it stands in the file
   * @param where its file, line, column and path
   * @param on the date asked about
   * @param coordinators the ids of the coordinators expected (empty: no one can be named), if stated
   * @param nextMeeting the next meeting expected, if stated
   * @param host its host expected, if stated
   */
  record Coordinator(String path, String where, LocalDate on, Optional<List<String>> coordinators, Optional<String> nextMeeting,
      Optional<String> host) implements ScenarioQuery {}

  /**
   * {@code vanort delegation}: would a delegation to an event pass.
   *
   * @param path where it stands in the file
   * @param where its file, line, column and path
   * @param event the event
   * @param municipality the sending municipality, if not the perspective's
   * @param members the members proposed, if not the delegation recorded
   * @param acceptable whether it must pass, if stated
   * @param findings what the verdict's findings must (or must not) be
   */
  record Delegation(String path, String where, String event, Optional<String> municipality, Optional<List<String>> members,
      Optional<Boolean> acceptable, Expectations<ExpectedFinding> findings) implements ScenarioQuery {}
}
