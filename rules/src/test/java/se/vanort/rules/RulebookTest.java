package se.vanort.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.document.Clause;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;

class RulebookTest {
  private static final Rulebook STANDARD = Rulebook.standard();
  private static final Register BASE = RegisterGenerators.validBase().build();
  private static final Report REPORT = STANDARD.check(BASE);

  @Test
  void coverage_lists_every_clause_of_both_documents_exactly_once_in_document_order() {
    List<ClauseId> clauses = Documents.all().stream()
        .flatMap(document -> document.getClauses().stream()).map(Clause::getId).toList();

    assertThat(REPORT.getCoverage()).extracting(ClauseCoverage::getClause).containsExactlyElementsOf(clauses);
  }

  @Test
  void only_clauses_that_cannot_be_checked_carry_a_reason_and_each_of_them_does() {
    for (ClauseCoverage line : REPORT.getCoverage()) {
      assertThat(line.getReason().isPresent())
          .as("reason of %s (%s)", line.getClause(), line.getStatus())
          .isEqualTo(line.getStatus() == ClauseStatus.NOT_CHECKABLE);
      line.getReason().ifPresent(reason -> assertThat(reason).isNotBlank());
    }
  }

  @Test
  void a_clause_the_catalogue_cannot_check_is_reported_with_the_catalogues_reason() {
    for (ClauseCoverage line : REPORT.getCoverage()) {
      Clause clause = Documents.findClause(line.getClause()).orElseThrow();
      clause.getNotCheckableReason().ifPresent(reason -> {
        assertThat(line.getStatus()).isEqualTo(ClauseStatus.NOT_CHECKABLE);
        assertThat(line.getReason()).contains(reason);
      });
    }
  }

  @Test
  void a_clause_is_checked_exactly_when_a_shall_or_should_rule_reads_it() {
    for (ClauseCoverage line : REPORT.getCoverage()) {
      Clause clause = Documents.findClause(line.getClause()).orElseThrow();
      boolean checkedByARule = line.getRules().stream()
          .map(id -> STANDARD.rule(id).orElseThrow().modality())
          .anyMatch(Modality::producesFindings);

      assertThat(line.getStatus() == ClauseStatus.CHECKED)
          .as("%s with rules %s", line.getClause(), line.getRules())
          .isEqualTo(checkedByARule && clause.isCheckable());
    }
  }

  @Test
  void the_strategies_and_goals_are_coverage_lines_that_count_the_tagged_activities() {
    ClauseId s2 = ClauseId.of("VA2021/S2");
    Register tagged = BASE.withEvents(Event.builder().id(EventId.of("camp-2023")).kind(EventKind.YOUTH_CAMP)
        .date(LocalDate.of(2023, 7, 1)).addTag(s2).build());

    ClauseCoverage before = line(REPORT, s2);
    ClauseCoverage after = line(STANDARD.check(tagged), s2);

    assertThat(before.getStatus()).isEqualTo(ClauseStatus.COVERAGE);
    assertThat(before.getTaggedActivities()).contains(0);
    assertThat(before.isGap()).isTrue();
    assertThat(after.getTaggedActivities()).contains(1);
    assertThat(after.isGap()).isFalse();
    assertThat(REPORT.getCoverage()).filteredOn(line -> line.getStatus() == ClauseStatus.COVERAGE)
        .extracting(line -> line.getClause().getLocal())
        .containsExactly("S1", "S2", "S3", "S4", "S5", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8");
  }

  private static ClauseCoverage line(Report report, ClauseId clause) {
    return report.getCoverage().stream().filter(l -> l.getClause().equals(clause)).findFirst().orElseThrow();
  }

  @Test
  void the_version_is_the_projects_own_and_every_report_records_it() {
    assertThat(STANDARD.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(REPORT.getRulebookVersion()).isEqualTo(STANDARD.version());
  }

  @Test
  void a_report_records_what_was_checked_over_which_period_as_of_when() {
    DateRange period = DateRange.ofYears(2022, 2023);

    Report report = STANDARD.check(BASE, period);

    assertThat(report.getRegister()).isEqualTo(BASE.getId());
    assertThat(report.getPeriod()).isEqualTo(period);
    assertThat(report.getAsOf()).isEqualTo(BASE.asOf());
  }

  @Test
  void the_default_period_spans_the_agreements_and_their_revision_year_or_else_the_year_of_the_as_of_date() {
    Register noAgreement = Register.builder().from(BASE).agreements(List.of())
        .perspective(BASE.getPerspective().withAsOf(LocalDate.of(2024, 5, 1))).build();

    assertThat(Rulebook.defaultPeriod(BASE)).isEqualTo(DateRange.ofYears(2021, 2027));
    assertThat(Rulebook.defaultPeriod(noAgreement)).isEqualTo(DateRange.ofYear(2024));
    assertThat(STANDARD.check(BASE).getPeriod()).isEqualTo(DateRange.ofYears(2021, 2027));
  }

  @Test
  void check_refuses_a_period_that_ends_before_it_starts() {
    DateRange reversed = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1));

    assertThatThrownBy(() -> STANDARD.check(BASE, reversed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-01-01..2023-01-01").hasMessageContaining("ends before it starts");
  }

  @Test
  void a_rulebook_refuses_two_rules_with_one_id() {
    List<Rule> twice = List.of(new StrategyCoverage(), new StrategyCoverage());

    assertThatThrownBy(() -> Rulebook.of(twice))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("va.strategy-coverage");
  }

  @Test
  void a_rulebook_of_some_rules_keeps_catalogue_order_and_covers_only_what_they_read() {
    Rulebook goalsFirst = Rulebook.of(List.of(new GoalCoverage(), new StrategyCoverage()));

    Report report = goalsFirst.check(BASE);

    assertThat(goalsFirst.rules()).extracting(rule -> rule.id().value())
        .containsExactly("va.strategy-coverage", "vis.goal-coverage");
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.getPermissions()).isEmpty();
    assertThat(line(report, ClauseId.of("VA2021/A1")).getStatus()).isEqualTo(ClauseStatus.NOT_CHECKABLE);
    assertThat(line(report, ClauseId.of("VA2021/A1")).getReason()).isPresent();
  }

  @Test
  void a_rule_the_catalogue_does_not_define_cannot_be_built() {
    assertThatThrownBy(() -> new TagCoverage("va.no-such-rule") {})
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("va.no-such-rule");
  }

  @Test
  void a_rule_cites_its_primary_clause_with_its_catalogue_modality() {
    for (Rule rule : STANDARD.rules()) {
      RuleDefinition definition = Documents.findRule(rule.id()).orElseThrow();

      assertThat(rule.clause().getId()).isEqualTo(definition.getPrimaryClause());
      assertThat(rule.modality()).isEqualTo(definition.getModality());
    }
  }

  @Test
  void the_standard_rulebook_has_every_rule_of_the_catalogue_in_catalogue_order() {
    assertThat(STANDARD.rules()).extracting(Rule::id)
        .containsExactlyElementsOf(Documents.allRules().stream().map(RuleDefinition::getId).toList());
    STANDARD.rules().forEach(rule -> assertThat(STANDARD.rule(rule.id())).containsSame(rule));
    assertThat(STANDARD.rule(RuleId.of("va.no-such-rule"))).isEmpty();
  }

  @Test
  void the_permissions_are_exactly_the_may_rules_of_the_catalogue() {
    List<RuleDefinition> may = Documents.allRules().stream().filter(d -> d.getModality() == Modality.MAY).toList();

    assertThat(STANDARD.permissions()).containsExactlyElementsOf(may);
    assertThat(REPORT.getPermissions()).containsExactlyElementsOf(may);
    assertThat(REPORT.getCoverage()).filteredOn(line -> line.getStatus() == ClauseStatus.PERMISSION)
        .allSatisfy(line -> assertThat(line.getRules()).allMatch(id -> STANDARD.rule(id).orElseThrow()
            .modality() == Modality.MAY));
  }

  @Test
  void findings_come_in_the_one_stable_order() {
    // An empty chain as of the end of 2025 misses conferences, meetings and camps in every closed year.
    assertThat(REPORT.getFindings()).isNotEmpty().isSortedAccordingTo(Finding.ORDER);
    assertThat(REPORT.hasBreach()).isTrue();
    assertThat(REPORT.findingsAtLeast(Modality.SHALL)).allMatch(Finding::isBreach);
    assertThat(REPORT.findingsOf(RuleId.of("va.conference-every-second-year")))
        .extracting(finding -> finding.getYear().orElseThrow()).containsExactly(2021, 2023, 2025);
  }
}
