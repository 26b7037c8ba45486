package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.vanort.rules.strategy.Fixture.*;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.document.Modality;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.rules.FactValues;
import java.util.List;

class PeriodRulesTest {
  private static final DateRange YEARS = DateRange.ofYears(2022, 2023);
  private static final LocalDate AFTER = LocalDate.of(2024, 1, 15);

  private static Register.Builder withJoniskis(LocalDate asOf) {
    return vimmerby(asOf).addRelation(Relation.builder().id(RelationId.of("joniskis-vanort")).municipality(VIMMERBY)
        .partner(JONISKIS).kind(RelationKind.TWIN_TOWN).since(Year.of(1994)).build());
  }

  @Test
  void cooperation_with_joniskis_in_one_area_is_a_should_finding_once_the_period_has_ended() {
    var register = withJoniskis(AFTER)
        .addProject(project("j1", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1)).partner(JONISKIS)
            .addOperationalArea("skola").build())
        .addProject(project("j2", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 1))
            .relation(RelationId.of("joniskis-vanort")).addOperationalArea("skola").build())
        .build();

    var finding = single(check(new JoniskisBroadExchange(), register, YEARS),
        "vis.joniskis-broad-exchange", "VIS2016/V3", Modality.SHOULD, "joniskis");
    assertThat(FactValues.of(finding)).containsExactly(entry("partners", List.of("joniskis")),
        entry("areaCount", List.of("1")), entry("areas", List.of("skola")), entry("period", List.of("2022–2023")));
    assertThat(check(new JoniskisBroadExchange(), register.withPerspective(
        register.getPerspective().withAsOf(LocalDate.of(2023, 12, 30))), YEARS)).isEmpty();
  }

  @Test
  void cooperation_with_joniskis_across_two_areas_is_broad() {
    var register = withJoniskis(AFTER)
        .addProject(project("j1", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1)).partner(JONISKIS)
            .addOperationalAreas("skola", "äldreomsorg").build())
        .build();

    assertThat(check(new JoniskisBroadExchange(), register, YEARS)).isEmpty();
  }

  @Test
  void no_activity_with_joniskis_is_a_finding_and_without_the_relation_nothing_is_judged() {
    var findings = check(new JoniskisBroadExchange(), withJoniskis(AFTER).build(), YEARS);

    assertThat(findings).extracting(f -> f.getMessageKey()).containsExactly("vis.joniskis-broad-exchange.none");
    assertThat(check(new JoniskisBroadExchange(), vimmerby(AFTER).build(), YEARS)).isEmpty();
  }

  @Test
  void a_period_whose_projects_each_involve_one_committee_is_a_should_finding() {
    var register = vimmerby(AFTER)
        .addProject(project("p1", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1)).addParticipatingBody(SCHOOL).build())
        .build();

    var finding = single(check(new CrossCommitteeCooperation(), register, YEARS),
        "vis.cross-committee-cooperation", "VIS2016/O5", Modality.SHOULD, "vimmerby");
    assertThat(finding.getYear()).contains(2023);
  }

  @Test
  void a_project_of_two_committees_is_cooperation_and_an_open_period_is_not_yet_judged() {
    var register = vimmerby(AFTER)
        .addProject(project("p1", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1))
            .addParticipatingBody(CULTURE_COMMITTEE).build())
        .build();

    assertThat(check(new CrossCommitteeCooperation(), register, YEARS)).isEmpty();
    assertThat(check(new CrossCommitteeCooperation(), vimmerby(AFTER).build(), DateRange.ofYears(2022, 2024))).isEmpty();
  }

  @Test
  void a_committee_with_a_project_and_no_report_for_the_year_is_a_shall_finding() {
    var register = vimmerby(AFTER)
        .addProject(project("p1", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1)).owner(SCHOOL)
            .addParticipatingBody(CULTURE_COMMITTEE).build())
        .addReport(CouncilReport.builder().committee(SCHOOL_COMMITTEE).year(2022).internationalWorkIncluded(true).build())
        .addReport(CouncilReport.builder().committee(CULTURE_COMMITTEE).year(2022).internationalWorkIncluded(false).build())
        .build();

    var finding = single(check(new InternationalWorkReported(), register, YEARS),
        "vis.international-work-reported", "VIS2016/R2", Modality.SHALL, "kfn");
    assertThat(finding.getMessageKey()).isEqualTo("vis.international-work-reported.not-included");
    assertThat(finding.getYear()).contains(2022);
  }

  @Test
  void every_year_a_project_runs_needs_its_report_and_a_year_not_closed_does_not() {
    var register = vimmerby(LocalDate.of(2023, 6, 30))
        .addProject(project("p1", LocalDate.of(2022, 3, 1), LocalDate.of(2023, 9, 1)).build())
        .build();

    var finding = single(check(new InternationalWorkReported(), register, YEARS),
        "vis.international-work-reported", "VIS2016/R2", Modality.SHALL, "bun");
    assertThat(finding.getYear()).contains(2022);
    assertThat(finding.getMessageKey()).isEqualTo("vis.international-work-reported");
  }

  @Test
  void reports_with_the_international_work_are_no_finding() {
    var register = vimmerby(AFTER)
        .addProject(project("p1", LocalDate.of(2022, 3, 1), LocalDate.of(2023, 9, 1)).build())
        .addReport(CouncilReport.builder().committee(SCHOOL_COMMITTEE).year(2022).internationalWorkIncluded(true).build())
        .addReport(CouncilReport.builder().committee(SCHOOL_COMMITTEE).year(2023).internationalWorkIncluded(true).build())
        .build();

    assertThat(check(new InternationalWorkReported(), register, YEARS)).isEmpty();
  }
}
