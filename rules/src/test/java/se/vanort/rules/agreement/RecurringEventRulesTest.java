package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vanort.rules.agreement.ChainFixture.KAUHAVA;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.DateRange;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.FactValues;

class RecurringEventRulesTest {
  private static final String CONFERENCE = "va.conference-every-second-year";
  private static final String MEETING = "va.meeting-every-second-year";
  private static final String SECRETARIES = "va.secretaries-meet-yearly";

  @Test
  void conference_missing_in_2023_is_a_shall_finding() {
    var register = ChainFixture.va2021().withoutEvent("camp-2023").withoutEvent("conf-2023").build();

    assertThat(Checks.findings(register, CONFERENCE)).singleElement().satisfies(finding -> {
      assertThat(finding.getRule().value()).isEqualTo(CONFERENCE);
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/A1"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.subjectIds()).containsExactly("VA2021");
      assertThat(finding.getYear()).contains(2023);
      assertThat(finding.getMunicipality()).isEmpty();
    });
  }

  @Test
  void a_missing_conference_is_explained_in_english_and_swedish() {
    var register = ChainFixture.va2021().withoutEvent("camp-2023").withoutEvent("conf-2023").build();
    Finding finding = Checks.findings(register, CONFERENCE).get(0);

    Messages english = Messages.of(Locale.ENGLISH);
    assertThat(english.message(finding)).isEqualTo("No twin-town conference is recorded in 2023.");
    assertThat(english.facts(finding)).isEqualTo("Conference years of VA2021 in the period: 2021, 2023 and 2025"
        + " (every 2 years from 2021); conferences recorded: conf-2021 and conf-2025.");
    assertThat(english.remedy(finding)).startsWith("Record the 2023 conference");
    Messages swedish = Messages.of(Locale.forLanguageTag("sv"));
    assertThat(swedish.message(finding)).isEqualTo("Ingen vänortskonferens är registrerad för 2023.");
    assertThat(swedish.facts(finding)).isEqualTo("Konferensår enligt VA2021 under perioden: 2021, 2023 och 2025"
        + " (vart 2:e år räknat från 2021); registrerade vänortskonferenser: conf-2021 och conf-2025.");
  }

  @Test
  void a_conference_hosted_outside_the_chain_does_not_count() {
    MunicipalityId tonder = MunicipalityId.of("tonder");
    var chain = ChainFixture.va2021().withoutEvent("camp-2023").withoutEvent("conf-2023").addMunicipality(tonder);
    var register = chain.addEvent(chain.conference("conf-tonder-2023", 2023, tonder)).build();

    assertThat(Checks.findings(register, CONFERENCE)).extracting(Finding::getYear).containsExactly(Optional.of(2023));
  }

  @Test
  void a_conference_held_a_year_late_does_not_make_up_for_the_missing_year() {
    var chain = ChainFixture.va2021().withoutEvent("camp-2023").withoutEvent("conf-2023");
    var register = chain.addEvent(chain.conference("conf-2024", 2024, KAUHAVA)).build();

    assertThat(Checks.findings(register, CONFERENCE)).singleElement()
        .satisfies(finding -> assertThat(FactValues.of(finding, "recorded"))
            .containsExactly("conf-2021", "conf-2024", "conf-2025"));
  }

  @Test
  void a_conference_required_in_the_future_of_as_of_is_not_a_finding() {
    var register = ChainFixture.va2021().withoutEvent("camp-2025").withoutEvent("conf-2025")
        .asOf(LocalDate.of(2025, 11, 30)).build();

    assertThat(Checks.findings(register, CONFERENCE)).isEmpty();
  }

  @Test
  void the_conference_of_the_year_after_the_agreement_is_not_this_rules_business() {
    var register = ChainFixture.va2021().withoutEvent("camp-2027").withoutEvent("conf-2027").build();

    assertThat(Checks.findings(register, CONFERENCE)).isEmpty();
  }

  @Test
  void only_the_conference_years_of_the_evaluated_period_are_checked() {
    var register = ChainFixture.va2021().withoutEvent("camp-2021").withoutEvent("conf-2021").build();

    assertThat(Checks.findings(register, DateRange.ofYears(2022, 2026), CONFERENCE)).isEmpty();
    assertThat(Checks.findings(register, DateRange.ofYears(2021, 2021), CONFERENCE)).hasSize(1);
  }

  @Test
  void meeting_missing_in_2023_is_a_shall_finding_and_a_conference_does_not_stand_in() {
    var register = ChainFixture.va2021().withoutDecision("dec-2023").withoutEvent("meet-2023").build();

    assertThat(Checks.findings(register, MEETING)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/O1"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.subjectIds()).containsExactly("VA2021");
      assertThat(finding.getYear()).contains(2023);
    });
  }

  @Test
  void a_chain_with_every_meeting_has_no_meeting_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), MEETING)).isEmpty();
  }

  @Test
  void a_meeting_required_in_the_future_of_as_of_is_not_a_finding() {
    var register = ChainFixture.va2021().withoutDecision("dec-2025").withoutEvent("meet-2025")
        .asOf(LocalDate.of(2025, 12, 30)).build();

    assertThat(Checks.findings(register, MEETING)).isEmpty();
  }

  @Test
  void secretaries_not_meeting_in_2024_is_a_shall_finding_for_every_party() {
    var register = ChainFixture.va2021().withoutEvent("sec-2024").build();

    assertThat(Checks.findings(register, SECRETARIES)).hasSize(4).allSatisfy(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/O2"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.subjectIds()).contains("VA2021");
      assertThat(finding.getYear()).contains(2024);
    }).extracting(finding -> finding.getMunicipality().orElseThrow().value())
        .containsExactlyInAnyOrder("vimmerby", "kauhava", "moss", "olfus");
  }

  @Test
  void a_secretaries_meeting_with_participants_counts_only_for_the_parties_whose_secretary_took_part() {
    var register = ChainFixture.va2021()
        .event("sec-2024", meeting -> meeting.withParticipants(PersonId.of("vimmerby-sec"), PersonId.of("kauhava-sec")))
        .build();

    assertThat(Checks.findings(register, SECRETARIES))
        .extracting(finding -> finding.getMunicipality().orElseThrow().value() + " " + finding.getYear().orElseThrow())
        .containsExactlyInAnyOrder("moss 2024", "olfus 2024");
  }

  @Test
  void a_secretaries_meeting_with_no_participants_recorded_counts_for_every_party() {
    assertThat(ChainFixture.va2021().build().getEvents()).filteredOn(e -> e.getId().value().equals("sec-2024"))
        .singleElement().satisfies(meeting -> assertThat(meeting.getParticipants()).isEmpty());
    assertThat(Checks.findings(ChainFixture.va2021().build(), SECRETARIES)).isEmpty();
  }

  @Test
  void secretaries_meeting_every_year_is_no_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), SECRETARIES)).isEmpty();
  }

  @Test
  void a_secretaries_meeting_due_in_the_future_of_as_of_is_not_a_finding() {
    var register = ChainFixture.va2021().withoutEvent("sec-2024").asOf(LocalDate.of(2024, 1, 15)).build();

    assertThat(Checks.findings(register, SECRETARIES)).isEmpty();
  }
}
