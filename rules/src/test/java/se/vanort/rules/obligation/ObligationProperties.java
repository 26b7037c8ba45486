package se.vanort.rules.obligation;

import se.vanort.rules.obligation.DueStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.examples.ExampleRegisters;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.register.Register;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;
import se.vanort.rules.query.DueCalendar;
import se.vanort.rules.query.DueItem;

/** Claims that tie the check to the calendar of what is due: both read the same obligations. */
class ObligationProperties {
  private static final int EXAMPLES = 1000;
  private static final Rulebook STANDARD = Rulebook.standard();

  @Test
  void an_item_of_due_is_missed_exactly_when_check_has_its_finding_and_a_done_item_has_none() {
    qt().withExamples(EXAMPLES)
        .forAll(RegisterGenerators.registers(),
            RegisterGenerators.datesBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2030, 12, 31)))
        .checkAssert((generated, asOf) -> {
          Register register = generated.withPerspective(generated.getPerspective().withAsOf(asOf));
          DateRange period = Rulebook.defaultPeriod(register);
          Report report = STANDARD.check(register, period);
          DueCalendar due = DueCalendar.of(new Evaluation(register, period), period);

          ImmutableSet<String> missed = due.getItems().stream()
              .filter(item -> item.getConcerns().overlaps(period))
              .filter(item -> item.getStatus() == DueStatus.MISSED)
              .map(DueItem::getUid)
              .collect(ImmutableSet.toImmutableSet());
          ImmutableSet<String> found = report.getFindings().stream()
              .flatMap(finding -> finding.getObligation().stream())
              .collect(ImmutableSet.toImmutableSet());
          ImmutableSet<String> done = due.getItems().stream()
              .filter(item -> item.getStatus() == DueStatus.DONE)
              .map(DueItem::getUid)
              .collect(ImmutableSet.toImmutableSet());

          assertThat(found).isEqualTo(missed);
          assertThat(Sets.intersection(found, done)).isEmpty();
        });
  }

  @Test
  void on_the_example_register_years_later_the_missed_items_are_the_findings_and_there_are_some() {
    Register example = ExampleRegisters.vimmerby2016();
    Register later = example.withPerspective(example.getPerspective().withAsOf(LocalDate.of(2030, 12, 31)));
    DateRange period = DateRange.ofYears(2017, 2030);

    ImmutableSet<String> missed = DueCalendar.of(new Evaluation(later, period), period).getItems().stream()
        .filter(item -> item.getConcerns().overlaps(period) && item.getStatus() == DueStatus.MISSED)
        .map(DueItem::getUid).collect(ImmutableSet.toImmutableSet());
    ImmutableSet<String> found = STANDARD.check(later, period).getFindings().stream()
        .flatMap(finding -> finding.getObligation().stream()).collect(ImmutableSet.toImmutableSet());

    assertThat(missed).isNotEmpty().isEqualTo(found);
  }

  @Test
  void every_finding_of_an_obligation_rule_names_its_obligation() {
    qt().withExamples(EXAMPLES).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      for (Finding finding : STANDARD.check(register).getFindings()) {
        boolean ofObligationRule = STANDARD.rule(finding.getRule()).filter(ObligationRule.class::isInstance).isPresent();
        boolean onARecord = finding.getMessageKey().equals("va.revision-at-conference.decision");
        assertThat(finding.getObligation().isPresent())
            .as("%s", finding)
            .isEqualTo(ofObligationRule && !onARecord);
      }
    });
  }
}
