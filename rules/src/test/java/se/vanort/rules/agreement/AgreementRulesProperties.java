package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.organisation.Person;
import se.vanort.rules.Chain;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;

class AgreementRulesProperties {
  private static final int EXAMPLES = 1000;
  private static final DateRange PERIOD = DateRange.ofYears(2019, 2027);
  private static final String CONFERENCE = "va.conference-every-second-year";
  private static final String CAMP = "va.youth-camp-with-conference";
  private static final String SECRETARIES = "va.secretaries-meet-yearly";

  /** VA2021's base with up to 60 random records around it: the chain, mostly but not always kept. */
  private static Gen<Register> chains() {
    return RegisterGenerators.registersExtending(RegisterGenerators.validBase().build(), 0, 60);
  }

  /** Any small register, with or without an agreement. */
  private static Gen<Register> anyRegisters() {
    return RegisterGenerators.registers();
  }

  private static ImmutableList<Finding> findingsOf(Register register, String rule) {
    return Checks.findings(register, PERIOD, rule);
  }

  /**
   * {@code register} with every list of records, and every list inside a record the rules read,
   * reversed; built once, as every copy of a register is validated in full.
   */
  private static Register reversed(Register register) {
    return Register.builder().from(register)
        .municipalities(Lists.reverse(register.getMunicipalities()))
        .agreements(Lists.reverse(register.getAgreements()))
        .bodies(Lists.reverse(register.getBodies()))
        .people(Lists.reverse(register.getPeople()).stream()
            .map(person -> person.withPositions(Lists.reverse(person.getPositions())))
            .toList())
        .events(Lists.reverse(register.getEvents()).stream()
            .map(event -> event.withDelegations(Lists.reverse(event.getDelegations())))
            .toList())
        .decisions(Lists.reverse(register.getDecisions()).stream()
            .map(decision -> decision.withFollowUps(Lists.reverse(decision.getFollowUps())))
            .toList())
        .projects(Lists.reverse(register.getProjects()))
        .relations(Lists.reverse(register.getRelations()))
        .build();
  }

  @Test
  void findings_do_not_depend_on_record_order() {
    qt().withExamples(EXAMPLES).forAll(chains()).checkAssert(register ->
        assertThat(Checks.findings(reversed(register), PERIOD)).isEqualTo(Checks.findings(register, PERIOD)));
  }

  @Test
  void findings_of_any_register_do_not_depend_on_record_order() {
    qt().withExamples(EXAMPLES).forAll(anyRegisters()).checkAssert(register ->
        assertThat(Checks.findings(reversed(register), PERIOD)).isEqualTo(Checks.findings(register, PERIOD)));
  }

  @Test
  void every_kind_of_finding_renders_in_both_languages() {
    var english = Messages.of(Locale.ENGLISH);
    var swedish = Messages.of(Locale.forLanguageTag("sv"));
    qt().withExamples(EXAMPLES).forAll(chains()).checkAssert(register -> {
      Map<String, Finding> oneOfEachKey = new HashMap<>();
      Checks.findings(register, PERIOD).forEach(finding -> oneOfEachKey.putIfAbsent(finding.getMessageKey(), finding));
      for (Finding finding : oneOfEachKey.values()) {
        for (var messages : List.of(english, swedish)) {
          assertThat(messages.message(finding) + messages.facts(finding) + messages.remedy(finding))
              .doesNotContain("{");
        }
      }
    });
  }

  /**
   * Adding the record a finding of {@code rule} asks for ({@code fix} gives the records for a
   * finding and the register) removes that finding and adds none of the rule; adding the records of
   * every finding leaves none. Findings are compared by what they are about, not by their facts,
   * which name the records present.
   */
  private static void addingTheRecordRemovesTheFinding(String rule, BiFunction<Finding, Register, List<Event>> fix) {
    qt().withExamples(EXAMPLES).forAll(chains()).checkAssert(register -> {
      ImmutableList<Finding> before = findingsOf(register, rule);
      if (before.isEmpty()) {
        return;
      }
      Finding first = before.get(0);
      assertThat(findingsOf(withEvents(register, fix.apply(first, register)), rule))
          .extracting(AgreementRulesProperties::about)
          .doesNotContain(about(first))
          .isSubsetOf(before.stream().map(AgreementRulesProperties::about).toList());
      List<Event> all = new ArrayList<>();
      before.forEach(finding -> all.addAll(fix.apply(finding, register)));
      assertThat(findingsOf(withEvents(register, all), rule)).isEmpty();
    });
  }

  /** What a finding is about: everything but the facts its arguments report. */
  private static Finding about(Finding finding) {
    return finding.withFacts(java.util.Map.of());
  }

  private static Register withEvents(Register register, List<Event> added) {
    return added.isEmpty() ? register
        : register.withEvents(ImmutableList.<Event>builder().addAll(register.getEvents()).addAll(added).build());
  }

  private static Agreement agreementOf(Register register, Finding finding) {
    return register.getAgreements().stream().filter(a -> a.getId().value().equals(finding.subjectIds().get(0)))
        .findFirst().orElseThrow();
  }

  private static Event event(String id, EventKind kind, int year, Optional<Agreement> hostingAgreement) {
    return Event.builder().id(EventId.of(id)).kind(kind).date(LocalDate.of(year, 5, 20))
        .host(hostingAgreement.map(a -> a.partyIds().get(0))).build();
  }

  private static Optional<Event> chainConference(Register register, Agreement agreement, int year) {
    return Chain.of(new Evaluation(register, PERIOD)).events(agreement, EventKind.CONFERENCE, year).stream().findFirst();
  }

  @Test
  void recording_the_missing_conference_removes_its_finding_and_adds_none() {
    addingTheRecordRemovesTheFinding(CONFERENCE, (finding, register) -> {
      int year = finding.getYear().orElseThrow();
      Agreement agreement = agreementOf(register, finding);
      return List.of(event("added-conf-" + year, EventKind.CONFERENCE, year, Optional.of(agreement)));
    });
  }

  @Test
  void recording_the_camp_linked_to_the_years_conference_removes_its_finding_and_adds_none() {
    addingTheRecordRemovesTheFinding(CAMP, (finding, register) -> {
      int year = finding.getYear().orElseThrow();
      Agreement agreement = register.getAgreements().get(0);
      List<Event> events = new ArrayList<>();
      Optional<Event> conference = chainConference(register, agreement, year);
      EventId linked = conference.map(Event::getId).orElse(EventId.of("added-conf-" + year));
      if (conference.isEmpty()) {
        events.add(event(linked.value(), EventKind.CONFERENCE, year, Optional.of(agreement)));
      }
      events.add(event("added-camp-" + year, EventKind.YOUTH_CAMP, year, Optional.empty()).withLinkedTo(linked));
      return events;
    });
  }

  @Test
  void recording_the_missing_secretaries_meeting_removes_its_finding_and_adds_none() {
    addingTheRecordRemovesTheFinding(SECRETARIES, (finding, register) -> {
      int year = finding.getYear().orElseThrow();
      String party = finding.getMunicipality().orElseThrow().value();
      return List.of(event("added-sec-" + year + "-" + party, EventKind.SECRETARIES_MEETING, year, Optional.empty()));
    });
  }

  @Test
  void a_next_agreement_that_is_kept_has_no_finding() {
    qt().withExamples(EXAMPLES).forAll(ChainGenerators.nextChains()).checkAssert(chain ->
        assertThat(Checks.findings(chain.build(), ChainGenerators.periodOf(chain.agreement()))).isEmpty());
  }

  @Test
  void a_next_agreement_missing_a_conference_has_exactly_that_finding_once_the_year_is_closed() {
    qt().withExamples(EXAMPLES).forAll(ChainGenerators.nextChains()).checkAssert(chain -> {
      Agreement agreement = chain.agreement();
      int year = agreement.conferenceYearsIn(agreement.getPeriod()).findFirst().orElseThrow();
      Register register = chain.withoutEvent("camp-" + year).withoutEvent("conf-" + year).build();
      ImmutableList<Finding> findings = Checks.findings(register, ChainGenerators.periodOf(agreement), CONFERENCE);
      if (new Evaluation(register, agreement.getPeriod()).isClosed(year)) {
        assertThat(findings).singleElement().satisfies(finding -> {
          assertThat(finding.getYear()).contains(year);
          assertThat(finding.subjectIds()).containsExactly(agreement.getId().value());
        });
      } else {
        assertThat(findings).isEmpty();
      }
    });
  }

  @Test
  void a_next_agreement_whose_secretary_leaves_has_a_gap_from_the_next_day_up_to_as_of() {
    qt().withExamples(EXAMPLES).forAll(ChainGenerators.nextChains()).checkAssert(chain -> {
      Agreement agreement = chain.agreement();
      var party = agreement.partyIds().get(1);
      LocalDate left = agreement.getPeriod().from().plusMonths(7);
      Register register = chain.person(party + "-sec",
          (Person s) -> s.withPositions(s.getPositions().get(0).withUntil(left))).build();
      ImmutableList<Finding> findings = Checks.findings(register, ChainGenerators.periodOf(agreement),
          "va.secretary-appointed");
      if (register.asOf().isAfter(left)) {
        assertThat(findings).singleElement().satisfies(finding -> {
          assertThat(finding.getMunicipality()).contains(party);
          assertThat(finding.getDate()).contains(left.plusDays(1));
        });
      } else {
        assertThat(findings).isEmpty();
      }
    });
  }
}
