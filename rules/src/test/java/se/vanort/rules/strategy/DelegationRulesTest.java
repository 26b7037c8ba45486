package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vanort.rules.strategy.Fixture.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.EventKind;

class DelegationRulesTest {
  private static final LocalDate VISIT = LocalDate.of(2024, 5, 20);

  private static Register.Builder withAgreement(LocalDate asOf) {
    return vimmerby(asOf).addAgreement(Agreement.builder().id(DocumentId.of("VA2021"))
        .period(DateRange.ofYears(2021, 2026)).addParties(VIMMERBY, KAUHAVA)
        .conferenceCycle(Cycle.of(2, 2021)).revisionEveryYears(6).build());
  }

  @Test
  void a_conference_year_without_a_vimmerby_delegation_is_a_shall_finding() {
    var register = withAgreement(AS_OF)
        .addEvent(event("konf-2021", EventKind.CONFERENCE, LocalDate.of(2021, 6, 14)).host(KAUHAVA)
            .addDelegation(delegation(BOARD_CHAIR)).build())
        .addEvent(event("konf-2023", EventKind.CONFERENCE, LocalDate.of(2023, 6, 14)).host(KAUHAVA)
            .addDelegation(Delegation.of(KAUHAVA, OFFICIAL)).build())
        .build();

    var findings = check(new NordicMeetingEverySecondYear(), register);

    assertThat(findings).extracting(f -> f.getYear().orElseThrow()).containsExactly(2023, 2025);
    var delegationMissing = findings.get(0);
    assertThat(delegationMissing.getMessageKey()).isEqualTo("vis.nordic-meeting-every-second-year.delegation");
    single(findings.subList(0, 1), "vis.nordic-meeting-every-second-year", "VIS2016/V2", Modality.SHALL, "konf-2023");
    assertThat(findings.get(1).getMessageKey()).isEqualTo("vis.nordic-meeting-every-second-year");
    assertThat(findings.get(1).subjectIds()).isEmpty();
  }

  @Test
  void a_vimmerby_delegation_at_every_conference_of_a_closed_year_is_no_finding() {
    var register = withAgreement(LocalDate.of(2024, 12, 31))
        .addEvent(event("konf-2021", EventKind.CONFERENCE, LocalDate.of(2021, 6, 14)).addDelegation(delegation(BOARD_CHAIR)).build())
        .addEvent(event("konf-2023", EventKind.CONFERENCE, LocalDate.of(2023, 6, 14)).addDelegation(delegation(OFFICIAL)).build())
        .build();

    assertThat(check(new NordicMeetingEverySecondYear(), register)).isEmpty();
  }

  @Test
  void without_an_agreement_there_is_no_conference_year() {
    assertThat(check(new NordicMeetingEverySecondYear(), vimmerby().build())).isEmpty();
  }

  @Test
  void a_delegation_of_officials_only_lacks_elected_members() {
    var register = vimmerby()
        .addEvent(event("konf-2023", EventKind.CONFERENCE, LocalDate.of(2023, 6, 14)).addDelegation(delegation(OFFICIAL, COORDINATOR)).build())
        .build();

    var finding = single(check(new DelegationElectedWithOfficial(), register),
        "vis.delegation-elected-with-official", "VIS2016/O2", Modality.SHOULD, "konf-2023");
    assertThat(finding.getMessageKey()).isEqualTo("vis.delegation-elected-with-official");
  }

  @Test
  void a_delegation_of_politicians_only_lacks_the_official() {
    var register = vimmerby()
        .addEvent(event("besok", EventKind.TWIN_TOWN_VISIT, VISIT).addDelegation(delegation(BOARD_CHAIR, COUNCILLOR)).build())
        .build();

    var finding = single(check(new DelegationElectedWithOfficial(), register),
        "vis.delegation-elected-with-official", "VIS2016/O2", Modality.SHOULD, "besok");
    assertThat(finding.getMessageKey()).isEqualTo("vis.delegation-elected-with-official.official");
  }

  @Test
  void a_committee_member_is_not_elected_to_the_council_or_the_board() {
    var register = vimmerby()
        .addEvent(event("besok", EventKind.STUDY_VISIT, VISIT).addDelegation(delegation(COMMITTEE_MEMBER, OFFICIAL)).build())
        .build();

    assertThat(check(new DelegationElectedWithOfficial(), register)).extracting(f -> f.getMessageKey())
        .containsExactly("vis.delegation-elected-with-official");
  }

  @Test
  void a_delegation_of_a_councillor_with_the_official_is_no_finding_and_youth_camps_are_not_judged() {
    var register = vimmerby()
        .addEvent(event("besok", EventKind.TWIN_TOWN_VISIT, VISIT).addDelegation(delegation(COUNCILLOR, OFFICIAL)).build())
        .addEvent(event("lager", EventKind.YOUTH_CAMP, VISIT).addDelegation(delegation(TEACHER)).build())
        .build();

    assertThat(check(new DelegationElectedWithOfficial(), register)).isEmpty();
  }

  @Test
  void a_future_event_is_not_yet_judged() {
    var register = vimmerby()
        .addEvent(event("besok", EventKind.TWIN_TOWN_VISIT, AS_OF.plusDays(20)).addDelegation(delegation(TEACHER)).build())
        .build();

    assertThat(check(new DelegationElectedWithOfficial(), register)).isEmpty();
    assertThat(check(new ChairRepresents(), register)).isEmpty();
  }

  @Test
  void a_twin_town_visit_without_either_chair_is_a_should_finding() {
    var register = vimmerby()
        .addEvent(event("besok", EventKind.TWIN_TOWN_VISIT, VISIT).host(KAUHAVA).addDelegation(delegation(COUNCILLOR, OFFICIAL)).build())
        .build();

    var finding = single(check(new ChairRepresents(), register),
        "vis.chair-represents", "VIS2016/O3", Modality.SHOULD, "besok");
    assertThat(finding.getDate()).contains(VISIT);
  }

  @Test
  void a_twin_town_visit_with_the_council_chair_or_hosted_with_the_board_chair_present_is_no_finding() {
    var register = vimmerby()
        .addEvent(event("besok-ut", EventKind.TWIN_TOWN_VISIT, VISIT).host(KAUHAVA).addDelegation(delegation(COUNCIL_CHAIR)).build())
        .addEvent(event("besok-hem", EventKind.TWIN_TOWN_VISIT, VISIT).host(VIMMERBY).addParticipant(BOARD_CHAIR).build())
        .build();

    assertThat(check(new ChairRepresents(), register)).isEmpty();
  }

  @Test
  void a_hosted_twin_town_visit_without_a_chair_is_a_finding_and_a_visit_vimmerby_had_no_part_in_is_not() {
    var register = vimmerby()
        .addEvent(event("besok-hem", EventKind.TWIN_TOWN_VISIT, VISIT).host(VIMMERBY).addParticipant(OFFICIAL).build())
        .addEvent(event("besok-annan", EventKind.TWIN_TOWN_VISIT, VISIT).host(KAUHAVA).build())
        .build();

    single(check(new ChairRepresents(), register), "vis.chair-represents", "VIS2016/O3", Modality.SHOULD, "besok-hem");
  }
}
