package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.vanort.rules.agreement.ChainFixture.MOSS;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.organisation.PersonId;
import se.vanort.rules.Finding;
import se.vanort.rules.FactValues;
import java.util.List;

class CoordinatorIsNextHostSecretaryTest {
  private static final String RULE = "va.coordinator-is-next-host-secretary";

  @Test
  void a_secretaries_meeting_chaired_by_another_partys_secretary_is_a_shall_finding() {
    var register = ChainFixture.va2021().event("sec-2024", s -> s.withChair(PersonId.of("kauhava-sec"))).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/O3"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.getMessageKey()).isEqualTo(RULE);
      assertThat(finding.subjectIds()).containsExactly("sec-2024", "meet-2025", "kauhava-sec");
      assertThat(finding.getMunicipality()).contains(MOSS);
      assertThat(finding.getDate()).contains(LocalDate.of(2024, 2, 1));
      assertThat(FactValues.of(finding)).containsExactly(
          entry("meeting", List.of("sec-2024")), entry("date", List.of("2024-02-01")),
          entry("nextMeeting", List.of("meet-2025")), entry("host", List.of("moss")),
          entry("chair", List.of("kauhava-sec")), entry("chairMunicipality", List.of("kauhava")));
    });
  }

  @Test
  void a_chair_of_the_next_host_who_is_not_its_secretary_is_a_finding() {
    var register = ChainFixture.va2021().event("sec-2024", s -> s.withChair(PersonId.of("moss-chair"))).build();

    assertThat(Checks.findings(register, RULE)).extracting(Finding::subjectIds)
        .containsExactly(ImmutableList.of("sec-2024", "meet-2025", "moss-chair"));
  }

  @Test
  void a_secretaries_meeting_with_no_chair_recorded_is_an_unrecorded_finding() {
    var register = ChainFixture.va2021().event("sec-2022", s -> s.withChair(Optional.empty())).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getMessageKey()).isEqualTo(RULE + ".unrecorded");
      assertThat(finding.subjectIds()).containsExactly("sec-2022", "meet-2023");
      assertThat(finding.getMunicipality()).contains(ChainFixture.KAUHAVA);
    });
  }

  @Test
  void with_no_later_meeting_recorded_the_coordinator_cannot_be_known_yet() {
    var register = ChainFixture.va2021().withoutDecision("dec-2027").withoutEvent("meet-2027")
        .event("sec-2026", s -> s.withChair(Optional.empty())).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_secretaries_meeting_in_the_future_of_as_of_is_not_a_finding() {
    var register = ChainFixture.va2021().event("sec-2024", s -> s.withChair(PersonId.of("kauhava-sec")))
        .asOf(LocalDate.of(2024, 1, 31)).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void secretaries_meetings_chaired_by_the_next_hosts_secretary_are_no_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), RULE)).isEmpty();
  }
}
