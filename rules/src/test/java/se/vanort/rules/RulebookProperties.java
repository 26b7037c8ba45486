package se.vanort.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.municipality.MunicipalityId;

/** Claims about the whole standard rulebook, over generated registers: they cover every rule, present and future. */
class RulebookProperties {
  private static final int EXAMPLES = 1000;
  private static final Rulebook STANDARD = Rulebook.standard();

  @Test
  void findings_do_not_depend_on_the_order_of_records() {
    qt().withExamples(EXAMPLES).forAll(RegisterGenerators.registers(), longs().all()).checkAssert((register, seed) -> {
      Register shuffled = shuffled(register, new Random(seed));

      assertThat(STANDARD.check(shuffled)).isEqualTo(STANDARD.check(register));
    });
  }

  // Every list of records in another order; the register is the same set of facts.
  private static Register shuffled(Register register, Random random) {
    return Register.builder().from(register)
        .municipalities(shuffle(register.getMunicipalities(), random))
        .agreements(shuffle(register.getAgreements(), random))
        .strategies(shuffle(register.getStrategies(), random))
        .relations(shuffle(register.getRelations(), random))
        .bodies(shuffle(register.getBodies(), random))
        .people(shuffle(register.getPeople(), random))
        .events(shuffle(register.getEvents(), random))
        .decisions(shuffle(register.getDecisions(), random))
        .projects(shuffle(register.getProjects(), random))
        .reports(shuffle(register.getReports(), random))
        .build();
  }

  private static <T> List<T> shuffle(List<T> records, Random random) {
    List<T> copy = new ArrayList<>(records);
    Collections.shuffle(copy, random);
    return copy;
  }

  @Test
  void checking_twice_gives_equal_reports() {
    qt().withExamples(EXAMPLES).forAll(RegisterGenerators.registers(), RegisterGenerators.dateRanges())
        .checkAssert((register, period) ->
            assertThat(STANDARD.check(register, period)).isEqualTo(STANDARD.check(register, period)));
  }

  @Test
  void every_finding_cites_an_existing_clause_of_its_rule_with_the_rules_modality() {
    qt().withExamples(EXAMPLES).forAll(RegisterGenerators.registers(), RegisterGenerators.dateRanges())
        .checkAssert((register, period) -> {
          Report report = STANDARD.check(register, period);
          assertThat(report.getFindings()).isSortedAccordingTo(Finding.ORDER);
          for (Finding finding : report.getFindings()) {
            Optional<Rule> rule = STANDARD.rule(finding.getRule());
            assertThat(rule).as("rule of %s", finding).isPresent();
            assertThat(Documents.findClause(finding.getClause())).as("clause of %s", finding).isPresent();
            assertThat(rule.get().definition().getClauses()).contains(finding.getClause());
            assertThat(finding.getModality()).isEqualTo(rule.get().modality());
            assertThat(finding.getModality().producesFindings()).isTrue();
          }
        });
  }

  @Test
  void no_rule_throws_on_a_valid_register_and_no_permission_or_information_rule_finds_anything() {
    qt().withExamples(EXAMPLES).forAll(RegisterGenerators.registers(), RegisterGenerators.dateRanges())
        .checkAssert((register, period) -> {
          Evaluation evaluation = new Evaluation(register, period);
          for (Rule rule : STANDARD.rules()) {
            List<Finding> findings = rule.check(evaluation).toList();
            if (!rule.modality().producesFindings()) {
              assertThat(findings).as("findings of %s (%s)", rule.id(), rule.modality()).isEmpty();
            }
          }
        });
  }

  @Test
  void large_registers_are_checked_without_exceptions_and_in_order() {
    qt().withExamples(30).forAll(RegisterGenerators.registers(100, 400)).checkAssert(register ->
        assertThat(STANDARD.check(register).getFindings()).isSortedAccordingTo(Finding.ORDER));
  }

  @Test
  void a_may_rule_is_listed_as_a_permission_and_never_reported() {
    qt().withExamples(EXAMPLES).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      Report report = STANDARD.check(register);
      assertThat(report.getFindings()).noneMatch(f -> STANDARD.rule(f.getRule()).orElseThrow().modality() == Modality.MAY);
      assertThat(report.getPermissions()).allMatch(d -> d.getModality() == Modality.MAY);
    });
  }

  /** The parameters of an agreement: any cycle, anchor, first year, revision interval, own meeting cycle or not. */
  private record Terms(int every, int anchor, int firstYear, int revisionEvery, Optional<Integer> meetingEvery) {
    Agreement build() {
      Agreement.Builder builder = Agreement.builder()
          .id(DocumentId.of("VA" + firstYear))
          .period(DateRange.ofYears(firstYear, firstYear + 5))
          .addParties(MunicipalityId.of("vimmerby"), MunicipalityId.of("kauhava"))
          .conferenceCycle(Cycle.of(every, anchor))
          .revisionEveryYears(revisionEvery);
      meetingEvery.ifPresent(years -> builder.meetingCycle(Cycle.of(years, anchor)));
      return builder.build();
    }

    /** The same terms with the revision interval stretched to the first conference year it can fall in. */
    Terms revisedAtTheNextConference() {
      int revisionYear = Cycle.of(every, anchor).nextAfter(firstYear + revisionEvery - 1);
      return new Terms(every, anchor, firstYear, revisionYear - firstYear, meetingEvery);
    }

    boolean revisedAtAConference() {
      return Cycle.of(every, anchor).includes(firstYear + revisionEvery);
    }
  }

  private static Gen<Terms> terms() {
    Gen<Integer> every = integers().between(1, 4);
    Gen<Integer> years = integers().between(2000, 2040);
    Gen<Integer> revisionEvery = integers().between(1, 12);
    Gen<Boolean> ownMeetingCycle = booleans().all();
    return in -> new Terms(every.generate(in), years.generate(in), years.generate(in), revisionEvery.generate(in),
        ownMeetingCycle.generate(in) ? Optional.of(every.generate(in)) : Optional.empty());
  }

  @Test
  void a_year_is_a_conference_or_meeting_year_exactly_when_its_cycle_says_so() {
    Gen<Agreement> agreements = terms().map(Terms::revisedAtTheNextConference).map(Terms::build);
    qt().withExamples(EXAMPLES).forAll(agreements, integers().between(1990, 2060)).checkAssert((agreement, year) -> {
      assertThat(agreement.isConferenceYear(year)).isEqualTo(agreement.getConferenceCycle().includes(year));
      assertThat(agreement.isMeetingYear(year)).isEqualTo(agreement.getMeetingCycle().includes(year));
      if (agreement.getMeetingCycle().equals(agreement.getConferenceCycle())) {
        assertThat(agreement.isMeetingYear(year)).isEqualTo(agreement.isConferenceYear(year));
      }
    });
  }

  @Test
  void an_agreement_can_be_built_exactly_when_its_revision_year_is_a_conference_year() {
    qt().withExamples(EXAMPLES).forAll(terms()).checkAssert(terms -> {
      Optional<Agreement> built;
      try {
        built = Optional.of(terms.build());
      } catch (IllegalArgumentException refused) {
        assertThat(refused).hasMessageContaining("not a conference year");
        built = Optional.empty();
      }
      assertThat(built.isPresent()).isEqualTo(terms.revisedAtAConference());
      built.ifPresent(agreement -> assertThat(agreement.isConferenceYear(agreement.getRevisionYear())).isTrue());
    });
  }
}
