package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.vanort.adapters.cli.ScenarioResult.Difference;
import se.vanort.adapters.cli.ScenarioResult.Kind;
import se.vanort.adapters.cli.file.ExpectedDueItem;
import se.vanort.adapters.cli.file.ExpectedFinding;
import se.vanort.adapters.cli.file.ExpectedProblem;
import se.vanort.adapters.cli.file.FlowText;
import se.vanort.adapters.cli.file.Scenario;
import se.vanort.adapters.cli.file.ScenarioQuery;
import se.vanort.domain.Kebab;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.register.Register;
import se.vanort.rules.Finding;
import se.vanort.rules.Report;
import se.vanort.rules.Rule;
import se.vanort.rules.Rulebook;
import se.vanort.rules.query.Authority;
import se.vanort.rules.query.Coordination;
import se.vanort.rules.query.DecisionAuthority;
import se.vanort.rules.query.DelegationVerdict;
import se.vanort.rules.query.DueItem;
import se.vanort.rules.query.Queries;

/**
 * Runs one scenario: checks its register and asks its questions with the code the commands use
 * ({@code check}, {@code due}, {@code who-decides}, {@code coordinator}, {@code delegation}), and
 * compares the answers with what the scenario expects.
 */
final class ScenarioRun {
  private final Scenario scenario;
  private final Texts texts;
  private final List<Difference> differences = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<String> rulesFound = new HashSet<>();
  private final Set<String> rulesClear = new HashSet<>();
  private ImmutableList<FlowText> found = ImmutableList.of();

  private ScenarioRun(Scenario scenario, Texts texts) {
    this.scenario = scenario;
    this.texts = texts;
  }

  static ScenarioResult run(Scenario scenario, Texts texts) {
    return new ScenarioRun(scenario, texts).run();
  }

  private ScenarioResult run() {
    if (!scenario.refused().isEmpty()) {
      refused();
    }
    scenario.register().ifPresent(register -> {
      if (scenario.findings().isStated()) {
        findings(register);
      }
      for (ScenarioQuery query : scenario.queries()) {
        try {
          ask(register, query);
        } catch (BadInputException | IllegalArgumentException e) {
          problems.add(query.where() + ": " + e.getMessage());
        }
      }
    });
    return new ScenarioResult(scenario.file().toString(), scenario.name(), scenario.path(), found,
        ImmutableList.copyOf(differences), ImmutableList.copyOf(problems), ImmutableSet.copyOf(rulesFound),
        ImmutableSet.copyOf(rulesClear));
  }

  private void refused() {
    if (scenario.register().isPresent()) {
      scenario.refused().forEach(expected -> differences.add(new Difference("refused", Kind.NOT_REFUSED,
          Optional.of(expected.form()), Optional.empty(), ImmutableList.of())));
      return;
    }
    for (ExpectedProblem expected : scenario.refused()) {
      boolean refusedSo = scenario.refusal().stream()
          .anyMatch(refusal -> expected.matches(refusal.problem(), refusal.pathById()));
      if (!refusedSo) {
        Optional<FlowText> nearest = scenario.refusal().stream().findFirst().map(refusal -> new FlowText()
            .put("path", refusal.pathById()).put("message", refusal.problem().message()));
        differences.add(new Difference("refused", Kind.MISSING, Optional.of(expected.form()), nearest,
            ImmutableList.of("path")));
      }
    }
  }

  private void findings(Register register) {
    Report report = scenario.period().isPresent()
        ? Rulebook.standard().check(register, scenario.period().get())
        : Rulebook.standard().check(register);
    List<Finding> findings = report.getFindings();
    found = findings.stream().map(ExpectedFinding::describe).collect(ImmutableList.toImmutableList());
    Matching.Outcome<ExpectedFinding> outcome = findingMatching("findings").compare(scenario.findings(), findings);
    differences.addAll(outcome.differences());
    covered(outcome, findings);
  }

  /** The rules the scenario showed firing (an expectation met) and not firing (an exclusion, or an exact list, held). */
  private void covered(Matching.Outcome<ExpectedFinding> outcome, Collection<Finding> findings) {
    outcome.met().forEach(expected -> rulesFound.add(expected.rule()));
    outcome.excludedHeld().forEach(excluded -> rulesClear.add(excluded.rule()));
    if (outcome.exactHeld()) {
      Set<String> fired = new HashSet<>();
      findings.forEach(finding -> fired.add(finding.getRule().value()));
      Rulebook.standard().rules().stream().filter(rule -> rule.modality().producesFindings()).map(Rule::id)
          .map(Object::toString).filter(rule -> !fired.contains(rule)).forEach(rulesClear::add);
    }
  }

  private static Matching<ExpectedFinding, Finding> findingMatching(String check) {
    return new Matching<>(check, ExpectedFinding::differences, ExpectedFinding::form, ExpectedFinding::describe);
  }

  private void ask(Register register, ScenarioQuery query) {
    if (query instanceof ScenarioQuery.Due due) {
      Register seen = Registers.asOf(register, due.asOf().orElse(null));
      List<DueItem> items = DueCommand.dated(Queries.of(seen), due.range()).getItems();
      differences.addAll(new Matching<ExpectedDueItem, DueItem>(due.path(), ExpectedDueItem::differences,
          ExpectedDueItem::form, ExpectedDueItem::describe).compare(due.items(), items).differences());
    } else if (query instanceof ScenarioQuery.WhoDecides who) {
      Authority authority = DecisionAuthority.whoDecides(register, who.matter(), who.overBudget());
      answer(who.path(), "decider", who.decider(), Kebab.of(authority.getDecider()));
      answerSet(who.path(), "bodyKinds", who.bodyKinds(), authority.getBodyKinds().stream().map(Kebab::of).toList());
      answer(who.path(), "clause", who.clause(), authority.getClause().map(Object::toString).orElse(""));
      answerSet(who.path(), "bodies", who.bodies(),
          authority.getBodies().stream().map(body -> body.getId().toString()).toList());
      answerSet(who.path(), "parties", who.parties(), authority.getParties().stream().map(Object::toString).toList());
    } else if (query instanceof ScenarioQuery.Coordinator asked) {
      Coordination coordination = Queries.of(register).coordinatorOn(asked.on());
      answerSet(asked.path(), "coordinators", asked.coordinators(),
          coordination.getCoordinators().stream().map(person -> person.getId().toString()).toList());
      answer(asked.path(), "nextMeeting", asked.nextMeeting(),
          coordination.getNextMeeting().map(Object::toString).orElse(""));
      answer(asked.path(), "host", asked.host(), coordination.getHost().map(Object::toString).orElse(""));
    } else if (query instanceof ScenarioQuery.Delegation asked) {
      delegation(register, asked);
    }
  }

  /** As {@code vanort delegation} does: the recorded delegation, or the members proposed. */
  private void delegation(Register register, ScenarioQuery.Delegation asked) {
    MunicipalityId sender = asked.municipality().map(MunicipalityId::of)
        .orElse(register.getPerspective().getMunicipality());
    EventId eventId = EventId.of(asked.event());
    Event recorded = register.findEvent(eventId).orElseThrow(() -> new BadInputException(
        Registers.unknown(texts, "delegation.unknown-event", asked.event(),
            register.getEvents().stream().map(e -> e.getId().value()).toList())));
    Delegation proposed = asked.members().isEmpty()
        ? recorded.delegationOf(sender).orElseThrow(() ->
            new BadInputException(texts.get("delegation.none-recorded", sender, asked.event())))
        : Delegation.of(sender, asked.members().get().stream().map(PersonId::of).toArray(PersonId[]::new));
    DelegationVerdict verdict = Queries.of(register).checkDelegation(eventId, proposed);
    asked.acceptable().ifPresent(acceptable -> answer(asked.path(), "acceptable", Optional.of(acceptable.toString()),
        Boolean.toString(verdict.isAcceptable())));
    differences.addAll(findingMatching(asked.path()).compare(asked.findings(), verdict.getFindings()).differences());
  }

  private void answer(String path, String field, Optional<String> expected, String actual) {
    if (expected.isPresent() && !expected.get().equals(actual)) {
      differences.add(new Difference(path, Kind.ANSWER, Optional.of(new FlowText().put(field, expected.get())),
          Optional.of(new FlowText().put(field, actual)), ImmutableList.of(field)));
    }
  }

  private void answerSet(String path, String field, Optional<List<String>> expected, List<String> actual) {
    if (expected.isPresent() && !Set.copyOf(expected.get()).equals(Set.copyOf(actual))) {
      differences.add(new Difference(path, Kind.ANSWER, Optional.of(new FlowText().put(field, expected.get())),
          Optional.of(new FlowText().put(field, actual)), ImmutableList.of(field)));
    }
  }
}
