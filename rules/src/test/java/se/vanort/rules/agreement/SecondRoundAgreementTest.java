package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vanort.rules.agreement.ChainFixture.KAUHAVA;
import static se.vanort.rules.agreement.ChainFixture.MOSS;
import static se.vanort.rules.agreement.ChainFixture.OLFUS;
import static se.vanort.rules.agreement.ChainFixture.VIMMERBY;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Party;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.DateRange;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.obligation.DueStatus;
import se.vanort.rules.query.DueItem;
import se.vanort.rules.query.Queries;

/**
 * The catalogue's second round of interpretations for VA2021, each shown both ways on the compliant
 * chain of {@link ChainFixture} with one record changed.
 */
class SecondRoundAgreementTest {
  private static final MunicipalityId JONISKIS = MunicipalityId.of("joniskis");

  // Parties over time: Moss joins on 2026-01-01, so the conference it hosts in 2025 is not the chain's.
  private static final Agreement MOSS_FROM_2026 = ChainFixture.VA2021.withParties(
      Party.of(VIMMERBY), Party.of(KAUHAVA),
      Party.builder().municipality(MOSS).from(LocalDate.of(2026, 1, 1)).build(), Party.of(OLFUS));

  @Test
  void a_conference_hosted_by_a_party_before_its_membership_starts_is_not_the_chains() {
    var findings = Checks.findings(ChainFixture.of(MOSS_FROM_2026, LocalDate.of(2027, 12, 31)).build(),
        Checks.VA2021_AND_REVISION, "va.conference-every-second-year");

    assertThat(findings).extracting(f -> f.getYear().orElseThrow()).containsExactly(2025);
  }

  @Test
  void a_party_is_bound_only_while_it_is_a_member() {
    var register = ChainFixture.of(MOSS_FROM_2026, LocalDate.of(2027, 12, 31))
        .person("moss-sec", secretary -> secretary.withPositions(
            secretary.getPositions().get(0).withFrom(LocalDate.of(2026, 1, 1))))
        .build();

    assertThat(Checks.findings(register, Checks.VA2021_AND_REVISION, "va.secretary-appointed")).isEmpty();
    assertThat(Checks.findings(ChainFixture.va2021()
            .person("moss-sec", secretary -> secretary.withPositions(
                secretary.getPositions().get(0).withFrom(LocalDate.of(2026, 1, 1))))
            .build(), Checks.VA2021_AND_REVISION, "va.secretary-appointed"))
        .singleElement().satisfies(finding -> assertThat(finding.getMunicipality()).contains(MOSS));
  }

  // The chain's next meeting: a twin-town meeting hosted by Joniškis, not a party, is not it.
  private static ChainFixture withJoniskisMeeting(LocalDate date) {
    return ChainFixture.va2021().addMunicipality(JONISKIS).addEvent(Event.builder()
        .id(EventId.of("joniskis-meeting")).kind(EventKind.TWIN_TOWN_MEETING).date(date).host(JONISKIS).build());
  }

  @Test
  void a_meeting_hosted_outside_the_chain_is_not_the_next_meeting_for_follow_up() {
    var register = withJoniskisMeeting(LocalDate.of(2021, 9, 1)).build();

    assertThat(Checks.findings(register, Checks.VA2021_AND_REVISION, "va.decisions-followed-up")).isEmpty();
  }

  @Test
  void a_decision_not_followed_up_by_the_chains_next_meeting_is_a_finding() {
    var register = ChainFixture.va2021().decision("dec-2021", decision -> decision.withFollowUps()).build();

    assertThat(Checks.findings(register, Checks.VA2021_AND_REVISION, "va.decisions-followed-up"))
        .singleElement().satisfies(finding -> assertThat(finding.subjectIds())
            .containsExactly("dec-2021", "meet-2021", "meet-2023"));
  }

  @Test
  void a_meeting_hosted_outside_the_chain_does_not_make_its_host_the_coordinator() {
    var register = withJoniskisMeeting(LocalDate.of(2022, 5, 1)).build();

    assertThat(Checks.findings(register, Checks.VA2021_AND_REVISION, "va.coordinator-is-next-host-secretary"))
        .isEmpty();
  }

  // A camp "i anknytning till konferensen": linked by the register, or held by the host within 7 days.
  @Test
  void an_unlinked_camp_held_by_the_conference_host_within_a_week_is_linked_to_it() {
    var register = ChainFixture.va2021().event("camp-2023", camp -> camp.withLinkedTo(java.util.Optional.empty())
        .withHost(ChainFixture.va2021().hostOf(2023)).withDate(LocalDate.of(2023, 6, 8))).build();

    assertThat(Checks.findings(register, Checks.VA2021_AND_REVISION, "va.youth-camp-with-conference")).isEmpty();
    DueItem camp = Queries.of(register).due(DateRange.ofYear(2023)).item("youth-camp-2023-VA2021").orElseThrow();
    assertThat(camp.getStatus()).isEqualTo(DueStatus.DONE);
    assertThat(camp.description(Messages.of(Locale.ENGLISH))).contains("linked to it because the conference's host");
    assertThat(camp.description(Messages.of(Locale.forLanguageTag("sv")))).contains("bedömd utifrån värd och datum");
  }

  @Test
  void an_unlinked_camp_held_weeks_from_the_conference_is_not_linked() {
    var register = ChainFixture.va2021().event("camp-2023", camp -> camp.withLinkedTo(java.util.Optional.empty())
        .withHost(ChainFixture.va2021().hostOf(2023)).withDate(LocalDate.of(2023, 8, 1))).build();

    assertThat(Checks.findings(register, Checks.VA2021_AND_REVISION, "va.youth-camp-with-conference"))
        .singleElement().satisfies(finding -> assertThat(finding.getMessageKey())
            .isEqualTo("va.youth-camp-with-conference.unlinked"));
  }

  // Leadership is the delegation's own municipality's.
  @Test
  void another_partys_chief_executive_is_not_the_delegations_administrative_leadership() {
    var register = ChainFixture.va2021().event("conf-2023", conference -> conference.withDelegations(
            conference.getDelegations().stream().map(delegation -> delegation.getMunicipality().equals(VIMMERBY)
                ? Delegation.of(VIMMERBY, PersonId.of("vimmerby-chair"), PersonId.of("kauhava-ceo"))
                : delegation).toList()))
        .build();

    assertThat(Checks.findings(register, Checks.VA2021_AND_REVISION, "va.delegation-has-leadership"))
        .singleElement().satisfies(finding -> {
          assertThat(finding.getMessageKey()).isEqualTo("va.delegation-has-leadership.administrative");
          assertThat(finding.getMunicipality()).contains(VIMMERBY);
        });
  }

  @Test
  void the_delegations_own_chief_executive_is_its_administrative_leadership() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), Checks.VA2021_AND_REVISION,
        "va.delegation-has-leadership")).isEmpty();
  }

  @Test
  void a_missed_obligation_is_a_finding_that_names_its_calendar_item() {
    var register = ChainFixture.va2021().withoutEvent("meet-2023").withoutDecision("dec-2023").build();

    assertThat(Checks.findings(register, Checks.VA2021_AND_REVISION, "va.meeting-every-second-year"))
        .singleElement().extracting(Finding::getObligation).isEqualTo(java.util.Optional.of("twin-town-meeting-2023-VA2021"));
  }
}
