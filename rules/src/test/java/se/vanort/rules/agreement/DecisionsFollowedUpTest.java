package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.BodyId;
import se.vanort.rules.FactValues;

class DecisionsFollowedUpTest {
  private static final String RULE = "va.decisions-followed-up";

  private static Decision followedUpOn(Decision decision, LocalDate date) {
    return decision.withFollowUps(FollowUp.builder().date(date).build());
  }

  @Test
  void a_decision_not_followed_up_by_the_next_meeting_is_a_shall_finding() {
    var register = ChainFixture.va2021().decision("dec-2023", Decision::withFollowUps).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/O3"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.subjectIds()).containsExactly("dec-2023", "meet-2023", "meet-2025");
      assertThat(finding.getDate()).contains(LocalDate.of(2025, 6, 15));
    });
  }

  @Test
  void a_follow_up_after_the_next_meeting_is_too_late() {
    var register = ChainFixture.va2021().decision("dec-2023", d -> followedUpOn(d, LocalDate.of(2025, 6, 16))).build();

    assertThat(Checks.findings(register, RULE)).singleElement()
        .satisfies(finding -> assertThat(FactValues.of(finding, "followUps")).last().isEqualTo("2025-06-16"));
  }

  @Test
  void a_follow_up_at_the_next_meeting_is_in_time() {
    var register = ChainFixture.va2021().decision("dec-2023", d -> followedUpOn(d, LocalDate.of(2025, 6, 15))).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_decision_whose_next_meeting_lies_in_the_future_of_as_of_is_not_yet_due() {
    var register = ChainFixture.va2021().decision("dec-2023", Decision::withFollowUps)
        .asOf(LocalDate.of(2025, 6, 14)).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_decision_with_no_later_meeting_recorded_is_not_yet_due() {
    var register = ChainFixture.va2021().withoutDecision("dec-2027").withoutEvent("meet-2027")
        .decision("dec-2025", Decision::withFollowUps).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_decision_of_a_municipal_body_is_outside_this_clause() {
    var register = ChainFixture.va2021().addDecision(Decision.builder().id(DecisionId.of("ks-2022-12"))
        .body(BodyId.of("ks-vimmerby")).date(LocalDate.of(2022, 3, 1)).matter(Matter.OTHER).build()).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_decision_of_a_meeting_of_another_chain_is_not_this_agreements_business() {
    MunicipalityId tonder = MunicipalityId.of("tonder");
    var register = ChainFixture.va2021().addMunicipality(tonder)
        .addEvent(Event.builder().id(EventId.of("meet-tonder")).kind(EventKind.TWIN_TOWN_MEETING)
            .date(LocalDate.of(2022, 5, 1)).host(tonder).build())
        .addDecision(Decision.builder().id(DecisionId.of("dec-tonder")).meeting(EventId.of("meet-tonder"))
            .date(LocalDate.of(2022, 5, 1)).matter(Matter.OTHER).build())
        .build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void decisions_followed_up_in_time_are_no_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), RULE)).isEmpty();
  }
}
