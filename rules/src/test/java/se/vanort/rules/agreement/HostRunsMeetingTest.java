package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.vanort.rules.agreement.ChainFixture.KAUHAVA;
import static se.vanort.rules.agreement.ChainFixture.MOSS;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.organisation.PersonId;
import se.vanort.rules.Finding;
import se.vanort.rules.FactValues;
import java.util.List;

class HostRunsMeetingTest {
  private static final String RULE = "va.host-runs-meeting";
  private static final LocalDate MEETING_DAY = LocalDate.of(2023, 6, 15);

  @Test
  void a_notice_issued_by_another_party_is_a_shall_finding_on_the_notice() {
    var register = ChainFixture.va2021().event("meet-2023", m -> m.withNoticeIssuedBy(MOSS)).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/O1b"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.getMessageKey()).isEqualTo(RULE + ".notice");
      assertThat(finding.subjectIds()).containsExactly("meet-2023");
      assertThat(finding.getMunicipality()).contains(KAUHAVA);
      assertThat(finding.getDate()).contains(MEETING_DAY);
      assertThat(FactValues.of(finding)).contains(entry("meeting", List.of("meet-2023")),
          entry("date", List.of("2023-06-15")), entry("host", List.of("kauhava")), entry("by", List.of("moss")));
    });
  }

  @Test
  void an_agenda_set_by_nobody_on_record_is_a_finding_on_the_agenda() {
    var register = ChainFixture.va2021().event("meet-2023", m -> m.withAgendaSetBy(Optional.empty())).build();

    assertThat(Checks.findings(register, RULE)).extracting(Finding::getMessageKey).containsExactly(RULE + ".agenda");
  }

  @Test
  void a_chair_from_another_municipality_is_a_finding_naming_the_chair() {
    var register = ChainFixture.va2021().event("meet-2023", m -> m.withChair(PersonId.of("moss-chair"))).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getMessageKey()).isEqualTo(RULE + ".chair");
      assertThat(finding.subjectIds()).containsExactly("meet-2023", "moss-chair");
      assertThat(FactValues.of(finding)).containsExactly(entry("meeting", List.of("meet-2023")),
          entry("date", List.of("2023-06-15")), entry("host", List.of("kauhava")),
          entry("person", List.of("moss-chair")), entry("personMunicipality", List.of("moss")));
    });
  }

  @Test
  void a_secretary_not_recorded_is_a_finding_on_the_secretary() {
    var register = ChainFixture.va2021().event("meet-2023", m -> m.withSecretary(Optional.empty())).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getMessageKey()).isEqualTo(RULE + ".secretary");
      assertThat(finding.subjectIds()).containsExactly("meet-2023");
    });
  }

  @Test
  void each_part_the_host_did_not_provide_is_a_finding_of_its_own() {
    var register = ChainFixture.va2021().event("meet-2023", m -> m.withNoticeIssuedBy(Optional.empty())
        .withAgendaSetBy(Optional.empty()).withChair(Optional.empty()).withSecretary(Optional.empty())).build();

    assertThat(Checks.findings(register, RULE)).extracting(Finding::getMessageKey).containsExactlyInAnyOrder(
        RULE + ".notice", RULE + ".agenda", RULE + ".chair", RULE + ".secretary");
  }

  @Test
  void a_meeting_with_no_host_recorded_is_one_finding_on_the_host() {
    var register = ChainFixture.va2021().event("meet-2023", m -> m.withHost(Optional.empty())).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getMessageKey()).isEqualTo(RULE + ".host");
      assertThat(finding.getMunicipality()).isEmpty();
    });
  }

  @Test
  void a_meeting_run_by_its_host_is_no_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), RULE)).isEmpty();
  }

  @Test
  void a_meeting_in_the_future_of_as_of_is_not_a_finding() {
    var register = ChainFixture.va2021().event("meet-2025", m -> m.withChair(PersonId.of("moss-ceo"))
            .withNoticeIssuedBy(KAUHAVA))
        .asOf(LocalDate.of(2025, 6, 14)).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }
}
