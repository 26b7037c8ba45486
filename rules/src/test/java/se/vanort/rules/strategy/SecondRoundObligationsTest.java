package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vanort.rules.strategy.Fixture.COORDINATOR;
import static se.vanort.rules.strategy.Fixture.KAUHAVA;
import static se.vanort.rules.strategy.Fixture.OFFICIAL;
import static se.vanort.rules.strategy.Fixture.REGIONAL_NETWORK;
import static se.vanort.rules.strategy.Fixture.VIMMERBY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.activity.FundingSource;
import se.vanort.domain.activity.Publication;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.register.Register;
import se.vanort.rules.FactValues;

/**
 * The catalogue's second round for the recurring and deadline rules of VIS2016, each shown both ways.
 */
class SecondRoundObligationsTest {
  private static final Agreement VA2021 = Agreement.builder().id(DocumentId.of("VA2021"))
      .period(DateRange.ofYears(2021, 2026)).addParties(VIMMERBY, KAUHAVA)
      .conferenceCycle(Cycle.of(2, 2021)).revisionEveryYears(6).build();

  // VIS2016/V2: taking part is hosting or sending a delegation.
  @Test
  void vimmerby_hosting_the_conference_takes_part_in_it_without_a_delegation() {
    Register register = Fixture.vimmerby(LocalDate.of(2021, 12, 31)).addAgreement(VA2021)
        .addEvent(Fixture.event("conf-2021", EventKind.CONFERENCE, LocalDate.of(2021, 6, 14)).host(VIMMERBY).build())
        .build();

    assertThat(Fixture.check(new NordicMeetingEverySecondYear(), register, DateRange.ofYear(2021))).isEmpty();
  }

  @Test
  void a_conference_that_vimmerby_neither_hosts_nor_attends_is_a_finding() {
    Register register = Fixture.vimmerby(LocalDate.of(2021, 12, 31)).addAgreement(VA2021)
        .addEvent(Fixture.event("conf-2021", EventKind.CONFERENCE, LocalDate.of(2021, 6, 14)).host(KAUHAVA).build())
        .build();

    assertThat(Fixture.check(new NordicMeetingEverySecondYear(), register, DateRange.ofYear(2021)))
        .singleElement().satisfies(finding -> assertThat(finding.getMessageKey())
            .isEqualTo("vis.nordic-meeting-every-second-year.delegation"));
  }

  // VIS2016/R2: the report back on a year is due by 30 June of the next year.
  private static Register withProjectIn2023(LocalDate asOf) {
    return Fixture.vimmerby(asOf)
        .addProject(Fixture.project("p-2023", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 10, 31)).build())
        .build();
  }

  @Test
  void the_report_back_on_2023_is_not_missed_before_30_june_2024() {
    assertThat(Fixture.check(new InternationalWorkReported(), withProjectIn2023(LocalDate.of(2024, 6, 29)),
        DateRange.ofYears(2023, 2024))).isEmpty();
  }

  @Test
  void the_report_back_on_2023_is_missed_after_30_june_2024() {
    assertThat(Fixture.check(new InternationalWorkReported(), withProjectIn2023(LocalDate.of(2024, 7, 1)),
        DateRange.ofYears(2023, 2024)))
        .singleElement().satisfies(finding -> {
          assertThat(finding.getYear()).contains(2023);
          assertThat(FactValues.of(finding, "deadline")).containsExactly("2024-06-30");
        });
  }

  @Test
  void a_report_dated_after_the_as_of_date_does_not_exist_yet() {
    Register register = Register.builder().from(withProjectIn2023(LocalDate.of(2024, 8, 1)))
        .addReport(CouncilReport.builder().committee(Fixture.SCHOOL_COMMITTEE).year(2023)
            .date(LocalDate.of(2024, 9, 1)).internationalWorkIncluded(true).build())
        .build();

    assertThat(Fixture.check(new InternationalWorkReported(), register, DateRange.ofYears(2023, 2024)))
        .singleElement().satisfies(finding -> assertThat(finding.getMessageKey())
            .isEqualTo("vis.international-work-reported"));
  }

  // VIS2016/W4 and N1: every form of contact, with its deadline.
  @Test
  void an_exchange_recorded_as_an_event_of_its_own_needs_its_funding_investigation() {
    Register register = Fixture.vimmerby()
        .addEvent(Fixture.event("exchange-2024", EventKind.EXCHANGE, LocalDate.of(2024, 4, 10))
            .host(KAUHAVA).addDelegation(Fixture.delegation(OFFICIAL)).build())
        .build();

    assertThat(Fixture.check(new ExternalFundingInvestigated(), register))
        .singleElement().satisfies(finding -> assertThat(finding.subjectIds()).containsExactly("exchange-2024"));
  }

  @Test
  void a_funding_investigation_dated_after_the_start_is_a_finding_that_it_came_late() {
    Register register = Fixture.vimmerby()
        .addProject(Fixture.project("p-2024", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 10, 31))
            .fundingInvestigation(FundingInvestigation.builder().date(LocalDate.of(2024, 5, 1))
                .addSources(FundingSource.EU).build())
            .publication(Publication.builder().url("https://vimmerby.se/p").date(LocalDate.of(2024, 3, 1)).build())
            .build())
        .build();

    assertThat(Fixture.check(new ExternalFundingInvestigated(), register))
        .singleElement().satisfies(finding -> assertThat(finding.getMessageKey())
            .isEqualTo("vis.external-funding-investigated.late"));
  }

  @Test
  void a_funding_investigation_dated_before_the_start_satisfies_it() {
    Register register = Fixture.vimmerby()
        .addProject(Fixture.project("p-2024", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 10, 31))
            .fundingInvestigation(FundingInvestigation.builder().date(LocalDate.of(2024, 2, 1))
                .addSources(FundingSource.EU).build())
            .build())
        .build();

    assertThat(Fixture.check(new ExternalFundingInvestigated(), register)).isEmpty();
  }

  @Test
  void a_publication_dated_after_the_as_of_date_does_not_exist_yet() {
    Register register = Fixture.vimmerby(LocalDate.of(2025, 1, 31))
        .addProject(Fixture.project("p-2024", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31))
            .publication(Publication.builder().url("https://vimmerby.se/p").date(LocalDate.of(2025, 5, 1)).build())
            .build())
        .build();

    assertThat(Fixture.check(new ProjectsPublished(), register))
        .singleElement().satisfies(finding -> assertThat(finding.getMessageKey()).isEqualTo("vis.projects-published"));
  }

  @Test
  void a_publication_is_not_due_before_the_project_ends() {
    Register register = Fixture.vimmerby(LocalDate.of(2024, 6, 30))
        .addProject(Fixture.project("p-2024", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)).build())
        .build();

    assertThat(Fixture.check(new ProjectsPublished(), register)).isEmpty();
  }

  // VIS2016/N2: holding a position in the regional network during the year is taking part.
  @Test
  void a_coordinator_holding_a_position_in_the_regional_network_takes_part_that_year() {
    Register register = Fixture.vimmerby()
        .people(Fixture.vimmerby().build().getPeople().stream().map(person -> person.getId().equals(COORDINATOR)
            ? person.withPositions(person.getPositions().get(0),
                Position.of(REGIONAL_NETWORK, Role.MEMBER, LocalDate.of(2020, 1, 1)))
            : person).toList())
        .build();

    assertThat(Fixture.check(new CoordinatorInRegionalNetwork(), register)).isEmpty();
  }

  @Test
  void a_coordinator_with_no_meeting_and_no_position_in_the_regional_network_is_a_finding_each_year() {
    assertThat(Fixture.check(new CoordinatorInRegionalNetwork(), Fixture.vimmerby().build()))
        .extracting(finding -> finding.getYear().orElseThrow()).containsExactly(2021, 2022, 2023, 2024, 2025);
  }
}
