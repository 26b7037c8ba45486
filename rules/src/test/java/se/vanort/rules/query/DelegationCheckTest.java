package se.vanort.rules.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.vanort.domain.register.InvalidRegisterException;
import se.vanort.domain.register.Register;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.PersonId;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.Rulebook;

class DelegationCheckTest {
  private static final Register CHAIN = Chain.register();
  private static final Delegation LEADERS =
      Delegation.of(Chain.VIMMERBY, PersonId.of("p-kso"), PersonId.of("p-kd"));

  @Test
  void an_unknown_event_is_refused_naming_it_and_the_closest_id() {
    assertThatThrownBy(() -> DelegationCheck.check(CHAIN, EventId.of("conf-2025x"), LEADERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'conf-2025x'")
        .hasMessageContaining("did you mean 'conf-2025'?");
  }

  @Test
  void an_unknown_event_with_no_close_id_is_refused_listing_known_events() {
    assertThatThrownBy(() -> Queries.of(CHAIN).checkDelegation(EventId.of("x"), LEADERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'")
        .hasMessageContaining("known events: conf-2021");
  }

  @Test
  void a_proposal_naming_someone_the_register_does_not_hold_is_refused_with_the_path() {
    Delegation stranger = Delegation.of(Chain.VIMMERBY, PersonId.of("p-nobody"));

    assertThatThrownBy(() -> DelegationCheck.check(CHAIN, EventId.of("conf-2025"), stranger))
        .isInstanceOf(InvalidRegisterException.class)
        .hasMessageContaining("p-nobody");
  }

  @Test
  void the_check_runs_exactly_the_delegation_rules_the_rulebook_has() {
    DelegationVerdict verdict = DelegationCheck.check(CHAIN, EventId.of("conf-2025"), LEADERS);

    assertThat(DelegationCheck.RULES).extracting(Object::toString).containsExactly(
        "va.delegation-has-leadership", "vis.delegation-elected-with-official", "vis.chair-represents");
    assertThat(verdict.getRulesChecked()).isSubsetOf(DelegationCheck.RULES);
    assertThat(verdict.getEvent()).isEqualTo(EventId.of("conf-2025"));
    assertThat(verdict.getEventDate()).isEqualTo(java.time.LocalDate.of(2025, 8, 20));
    assertThat(verdict.getProposed()).isEqualTo(LEADERS);
  }

  private static List<String> keys(DelegationVerdict verdict) {
    return verdict.getFindings().stream().map(Finding::getMessageKey).toList();
  }

  @Test
  void political_and_administrative_leadership_with_an_elected_chair_and_an_official_pass_every_rule() {
    DelegationVerdict verdict = DelegationCheck.check(CHAIN, EventId.of("conf-2025"), LEADERS);

    assertThat(verdict.getRulesChecked()).containsExactlyElementsOf(DelegationCheck.RULES);
    assertThat(verdict.getFindings()).isEmpty();
    assertThat(verdict.isAcceptable()).isTrue();
  }

  @Test
  void a_teacher_alone_breaches_the_agreement_twice_and_departs_from_the_strategys_advice() {
    DelegationVerdict verdict = DelegationCheck.check(CHAIN, EventId.of("conf-2025"),
        Delegation.of(Chain.VIMMERBY, PersonId.of("p-teacher")));

    assertThat(keys(verdict)).containsExactlyInAnyOrder(
        "va.delegation-has-leadership.political",
        "va.delegation-has-leadership.administrative",
        "vis.delegation-elected-with-official",
        "vis.chair-represents");
    assertThat(verdict.hasBreach()).isTrue();
    assertThat(verdict.getFindings()).isSortedAccordingTo(Finding.ORDER)
        .allSatisfy(finding -> assertThat(finding.subjectIds()).contains("conf-2025"));
    for (Finding finding : verdict.getFindings()) {
      assertThat(Messages.of(Locale.forLanguageTag("sv")).message(finding)).isNotBlank();
    }
  }

  @Test
  void the_chair_without_an_official_lacks_administrative_leadership_and_the_official_concerned() {
    DelegationVerdict verdict = DelegationCheck.check(CHAIN, EventId.of("conf-2025"),
        Delegation.of(Chain.VIMMERBY, PersonId.of("p-kso")));

    assertThat(keys(verdict)).containsExactlyInAnyOrder(
        "va.delegation-has-leadership.administrative", "vis.delegation-elected-with-official.official");
  }

  @Test
  void the_proposal_replaces_the_municipalitys_recorded_delegation() {
    DelegationVerdict verdict = DelegationCheck.check(CHAIN, EventId.of("conf-2023"),
        Delegation.of(Chain.VIMMERBY, PersonId.of("p-teacher")));

    assertThat(keys(verdict)).contains("va.delegation-has-leadership.political");
  }

  @Test
  void another_partys_delegation_answers_to_the_agreement_only() {
    DelegationVerdict verdict = DelegationCheck.check(CHAIN, EventId.of("conf-2023"),
        Delegation.of(Chain.KAUHAVA, PersonId.of("p-sec-kau")));

    assertThat(keys(verdict)).containsExactlyInAnyOrder(
        "va.delegation-has-leadership.political", "va.delegation-has-leadership.administrative");
    assertThat(verdict.getFindings()).allSatisfy(f -> assertThat(f.getMunicipality()).contains(Chain.KAUHAVA));
  }

  @Test
  void on_a_twin_town_visit_the_chair_of_the_council_or_the_board_should_represent() {
    Register withVisit = Chain.builder()
        .addEvent(Chain.event("visit-2025", EventKind.TWIN_TOWN_VISIT, LocalDate.of(2025, 9, 10), Chain.KAUHAVA)
            .build())
        .build();

    DelegationVerdict official = DelegationCheck.check(withVisit, EventId.of("visit-2025"),
        Delegation.of(Chain.VIMMERBY, PersonId.of("p-kd")));
    DelegationVerdict chair = DelegationCheck.check(withVisit, EventId.of("visit-2025"), LEADERS);

    assertThat(keys(official)).containsExactlyInAnyOrder("vis.chair-represents", "vis.delegation-elected-with-official");
    assertThat(official.hasBreach()).isFalse();
    assertThat(chair.getFindings()).isEmpty();
  }

  @Test
  void what_other_events_of_the_register_breach_is_not_the_proposals_concern() {
    Register badMeeting = CHAIN.withEvents(CHAIN.getEvents().stream()
        .map(event -> event.getId().equals(EventId.of("meet-2023"))
            ? event.withDelegations(Delegation.of(Chain.VIMMERBY, PersonId.of("p-teacher")))
            : event)
        .toList());

    assertThat(Rulebook.standard().check(badMeeting).findingsOf(RuleId.of("va.delegation-has-leadership")))
        .isNotEmpty();
    assertThat(DelegationCheck.check(badMeeting, EventId.of("conf-2023"), LEADERS).getFindings()).isEmpty();
  }
}
