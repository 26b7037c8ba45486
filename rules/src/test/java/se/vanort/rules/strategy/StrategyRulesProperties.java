package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.vanort.domain.DateRange;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.activity.FundingSource;
import se.vanort.domain.project.Project;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.activity.Publication;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Rule;
import se.vanort.rules.FactValues;

class StrategyRulesProperties {
  private static final int EXAMPLES = 1000;
  private static final Register BASE = RegisterGenerators.validBase().build();

  /** Small registers of every shape, and registers grown around Vimmerby with its strategy. */
  private static Gen<Register> registers() {
    return RegisterGenerators.registers(1, 60).mix(RegisterGenerators.registersExtending(BASE, 0, 40));
  }

  /** Registers around Vimmerby with at least one more project, stripped of {@code stripped}. */
  private static Gen<Register> withAProject(UnaryOperator<Project> stripped) {
    return RegisterGenerators.registersExtending(BASE, 0, 30).flatMap(register ->
        RegisterGenerators.projects(register).map(project ->
            Register.builder().from(register).addProject(stripped.apply(project)).build()));
  }

  private static ImmutableList<Finding> findings(Iterable<Rule> rules, Register register, DateRange period) {
    Evaluation evaluation = new Evaluation(register, period);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    rules.forEach(rule -> rule.check(evaluation).forEach(findings::add));
    return findings.build();
  }

  private static ImmutableList<Finding> findings(Rule rule, Register register, DateRange period) {
    return findings(List.of(rule), register, period);
  }

  private static <T> List<T> shuffled(List<T> records, Random random) {
    List<T> copy = new ArrayList<>(records);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static Register reordered(Register register, long seed) {
    Random random = new Random(seed);
    return Register.builder().from(register)
        .municipalities(shuffled(register.getMunicipalities(), random))
        .agreements(shuffled(register.getAgreements(), random))
        .strategies(shuffled(register.getStrategies(), random))
        .relations(shuffled(register.getRelations(), random))
        .bodies(shuffled(register.getBodies(), random))
        .people(shuffled(register.getPeople(), random))
        .events(shuffled(register.getEvents(), random))
        .decisions(shuffled(register.getDecisions(), random))
        .projects(shuffled(register.getProjects(), random))
        .reports(shuffled(register.getReports(), random))
        .build();
  }

  @Test
  void findings_do_not_depend_on_record_order() {
    qt().withExamples(EXAMPLES)
        .forAll(registers(), longs().all(), RegisterGenerators.dateRanges())
        .checkAssert((register, seed, period) -> assertThat(
                findings(StrategyRules.all(), reordered(register, seed), period))
            .containsExactlyInAnyOrderElementsOf(findings(StrategyRules.all(), register, period)));
  }

  /** Asserts that fixing each finding of {@code rule} removes it and nothing else of the rule appears. */
  private static void fixingRemovesOnlyThatFinding(Rule rule, Register register, DateRange period,
      BiFunction<Register, Finding, Register> fix) {
    ImmutableList<Finding> before = findings(rule, register, period);
    for (Finding finding : before) {
      Multiset<Finding> expected = HashMultiset.create(before);
      expected.remove(finding);
      assertThat(findings(rule, fix.apply(register, finding), period))
          .as("after fixing %s", finding)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  /**
   * Asserts that fixing each finding of {@code rule} removes it and adds none, comparing findings by
   * the obligation they report: holding the second meeting of a year means holding the first too, and
   * changes the facts (the meetings held) of the other finding of that year.
   */
  private static void fixingRemovesThatObligationAndAddsNone(Rule rule, Register register, DateRange period,
      BiFunction<Register, Finding, Register> fix) {
    ImmutableList<Finding> before = findings(rule, register, period);
    for (Finding finding : before) {
      ImmutableList<Optional<String>> after = findings(rule, fix.apply(register, finding), period).stream()
          .map(Finding::getObligation).collect(ImmutableList.toImmutableList());
      assertThat(after).as("after fixing %s", finding)
          .doesNotContain(finding.getObligation())
          .isSubsetOf(before.stream().map(Finding::getObligation).toList());
    }
  }

  private static Register replacing(Register register, String projectId, UnaryOperator<Project> change) {
    ProjectId id = ProjectId.of(projectId);
    return Register.builder().from(register)
        .projects(register.getProjects().stream().map(p -> p.getId().equals(id) ? change.apply(p) : p).toList())
        .build();
  }

  // The activity a finding names is a project, or an exchange or study visit recorded as an event.
  private static Register replacing(Register register, String id, UnaryOperator<Project> project,
      UnaryOperator<Event> event) {
    if (register.findProject(ProjectId.of(id)).isPresent()) {
      return replacing(register, id, project);
    }
    EventId eventId = EventId.of(id);
    return Register.builder().from(register)
        .events(register.getEvents().stream().map(e -> e.getId().equals(eventId) ? event.apply(e) : e).toList())
        .build();
  }

  @Test
  void investigating_the_funding_of_a_project_removes_its_finding_and_adds_none() {
    Rule rule = new ExternalFundingInvestigated();
    qt().withExamples(EXAMPLES)
        .forAll(withAProject(p -> p.withFundingInvestigation(Optional.empty())), RegisterGenerators.dateRanges())
        .checkAssert((register, period) -> fixingRemovesOnlyThatFinding(rule, register, period,
            (r, finding) -> replacing(r, finding.subjectIds().get(0),
                p -> p.withFundingInvestigation(
                    FundingInvestigation.builder().date(p.getPeriod().from()).addSources(FundingSource.EU).build()),
                e -> e.withFundingInvestigation(
                    FundingInvestigation.builder().date(e.getDate()).addSources(FundingSource.EU).build()))));
  }

  @Test
  void publishing_a_project_removes_its_finding_and_adds_none() {
    Rule rule = new ProjectsPublished();
    qt().withExamples(EXAMPLES)
        .forAll(withAProject(p -> p.withPublication(Optional.empty())), RegisterGenerators.dateRanges())
        .checkAssert((register, period) -> fixingRemovesOnlyThatFinding(rule, register, period,
            (r, finding) -> replacing(r, finding.subjectIds().get(0),
                p -> p.withPublication(Publication.builder().url("https://vimmerby.se/internationellt")
                    .date(p.getPeriod().from()).build()),
                e -> e.withPublication(Publication.builder().url("https://vimmerby.se/internationellt")
                    .date(e.getDate()).build()))));
  }

  @Test
  void holding_the_missing_network_meetings_of_a_year_removes_its_finding_and_adds_none() {
    Rule rule = new NetworkMeetsTwiceYearly();
    qt().withExamples(EXAMPLES)
        .forAll(RegisterGenerators.registersExtending(BASE, 0, 40), RegisterGenerators.dateRanges())
        .checkAssert((register, period) -> fixingRemovesThatObligationAndAddsNone(rule, register, period, (r, finding) -> {
          int year = finding.getYear().orElseThrow();
          int held = Integer.parseInt(FactValues.of(finding, "held").get(0));
          int nth = Integer.parseInt(FactValues.of(finding, "nth").get(0));
          Register.Builder fixed = Register.builder().from(r);
          IntStream.range(held, nth).forEach(i -> fixed.addEvent(Event.builder()
              .id(EventId.of("added-network-meeting-" + year + "-" + i))
              .kind(EventKind.NETWORK_MEETING)
              .date(LocalDate.of(year, 4 + 6 * i, 1))
              .body(RegisterGenerators.NETWORK)
              .build()));
          return fixed.build();
        }));
  }

  @Test
  void registers_without_the_strategy_have_no_vis_finding() {
    qt().withExamples(EXAMPLES)
        .forAll(registers(), RegisterGenerators.dateRanges())
        .checkAssert((register, period) -> assertThat(
            findings(StrategyRules.all(), withoutStrategies(register), period)).isEmpty());
  }

  /** {@code register} without its strategies, and without them among the subjects of its decisions. */
  private static Register withoutStrategies(Register register) {
    Set<RecordId> strategies = register.getStrategies().stream()
        .map(strategy -> RecordId.of(strategy.getId().value())).collect(Collectors.toSet());
    return Register.builder().from(register)
        .strategies(List.of())
        .decisions(register.getDecisions().stream().map(decision -> decision.withSubjects(
            decision.getSubjects().stream().filter(subject -> !strategies.contains(subject)).toList())).toList())
        .build();
  }
}
