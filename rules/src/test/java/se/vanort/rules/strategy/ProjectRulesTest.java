package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.vanort.rules.strategy.Fixture.*;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.Modality;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.project.Budget;
import se.vanort.domain.project.Consultation;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.activity.FundingSource;
import se.vanort.domain.project.Project;
import se.vanort.domain.project.ProjectKind;
import se.vanort.domain.activity.Publication;
import se.vanort.rules.FactValues;
import java.util.List;

class ProjectRulesTest {
  private static final LocalDate START = LocalDate.of(2023, 3, 1);
  private static final LocalDate END = LocalDate.of(2024, 6, 30);

  private static Register with(Project... projects) {
    return vimmerby().addProjects(projects).build();
  }

  @Test
  void a_started_project_without_a_funding_investigation_is_a_shall_finding() {
    var findings = check(new ExternalFundingInvestigated(), with(project("p1", START, END).build()));

    var finding = single(findings, "vis.external-funding-investigated", "VIS2016/W4", Modality.SHALL, "p1");
    assertThat(finding.getDate()).contains(START);
  }

  @Test
  void a_project_with_a_funding_investigation_is_no_finding() {
    var investigated = project("p1", START, END).fundingInvestigation(FundingInvestigation.builder()
        .date(START.minusMonths(2)).addSources(FundingSource.EU, FundingSource.ICLD).build()).build();

    assertThat(check(new ExternalFundingInvestigated(), with(investigated))).isEmpty();
  }

  @Test
  void a_project_that_starts_after_the_as_of_date_is_not_yet_due() {
    var planned = project("p1", AS_OF.plusDays(1), AS_OF.plusYears(1)).build();

    assertThat(check(new ExternalFundingInvestigated(), with(planned))).isEmpty();
    assertThat(check(new ProjectsPublished(), with(planned))).isEmpty();
  }

  @Test
  void a_project_that_started_before_the_adoption_is_not_judged() {
    var old = project("p1", LocalDate.of(2015, 1, 1), LocalDate.of(2022, 12, 31)).build();

    assertThat(check(new ExternalFundingInvestigated(), with(old))).isEmpty();
  }

  @Test
  void a_project_of_another_municipality_is_not_judged() {
    var register = vimmerby()
        .addBody(Body.builder().id(BodyId.of("kauhava-kh"))
            .kind(BodyKind.COMMITTEE).name("Kauhavan kaupunginhallitus")
            .municipality(KAUHAVA).build())
        .addProject(project("p1", START, END).owner(BodyId.of("kauhava-kh")).build())
        .build();

    assertThat(check(new ExternalFundingInvestigated(), register)).isEmpty();
  }

  @Test
  void an_unpublished_project_is_a_shall_finding_and_a_published_one_is_not() {
    var unpublished = project("p1", START, END).build();
    var published = project("p2", START, END)
        .publication(Publication.builder().url("https://vimmerby.se/p2").date(START).build()).build();

    var findings = check(new ProjectsPublished(), with(unpublished, published));

    single(findings, "vis.projects-published", "VIS2016/N1", Modality.SHALL, "p1");
  }

  @Test
  void a_project_without_elected_participants_is_a_should_finding() {
    var officialsOnly = project("p1", START, END).addParticipants(OFFICIAL, COORDINATOR).build();

    var finding = single(check(new MixedLevels(), with(officialsOnly)),
        "vis.mixed-levels", "VIS2016/O4", Modality.SHOULD, "p1");
    assertThat(FactValues.of(finding)).containsExactly(entry("project", List.of("p1")), entry("elected", List.of("0")),
        entry("officials", List.of("2")));
  }

  @Test
  void a_project_with_an_elected_participant_and_an_official_is_mixed() {
    var mixed = project("p1", START, END).addParticipants(COMMITTEE_MEMBER, OFFICIAL).build();

    assertThat(check(new MixedLevels(), with(mixed))).isEmpty();
  }

  @Test
  void a_school_exchange_is_not_asked_for_mixed_levels() {
    var exchange = project("p1", START, END).kind(ProjectKind.SCHOOL_EXCHANGE).owner(SCHOOL)
        .addParticipant(TEACHER).build();

    assertThat(check(new MixedLevels(), with(exchange))).isEmpty();
  }

  @Test
  void a_project_without_any_decision_is_undecided() {
    var findings = check(new CommitteeOwnsProject(), with(project("p1", START, END).build()));

    var finding = single(findings, "vis.committee-owns-project", "VIS2016/O5", Modality.SHALL, "p1", "bun");
    assertThat(finding.getMessageKey()).isEqualTo("vis.committee-owns-project.undecided");
  }

  @Test
  void a_project_decided_by_another_body_than_its_owner_is_a_shall_finding() {
    var register = vimmerby().addProject(project("p1", START, END).build())
        .addDecision(decision("ks-1", BOARD, START.minusDays(30), Matter.PROJECT, "p1")).build();

    var finding = single(check(new CommitteeOwnsProject(), register),
        "vis.committee-owns-project", "VIS2016/O5", Modality.SHALL, "p1", "bun", "ks-1");
    assertThat(finding.getMessageKey()).isEqualTo("vis.committee-owns-project");
  }

  @Test
  void a_project_decided_by_its_owner_is_no_finding() {
    var register = vimmerby().addProject(project("p1", START, END).build())
        .addDecision(decision("bun-1", SCHOOL_COMMITTEE, START.minusDays(30), Matter.PROJECT, "p1")).build();

    assertThat(check(new CommitteeOwnsProject(), register)).isEmpty();
  }

  @Test
  void a_decision_dated_after_the_as_of_date_does_not_count_yet() {
    var register = vimmerby().addProject(project("p1", START, END).build())
        .addDecision(decision("bun-1", SCHOOL_COMMITTEE, AS_OF.plusDays(3), Matter.PROJECT, "p1")).build();

    assertThat(check(new CommitteeOwnsProject(), register)).extracting(f -> f.getMessageKey())
        .containsExactly("vis.committee-owns-project.undecided");
  }

  @Test
  void a_school_exchange_within_budget_is_decided_by_the_school() {
    var exchange = project("s1", START, END).kind(ProjectKind.SCHOOL_EXCHANGE).owner(SCHOOL)
        .budget(Budget.builder().amount(20_000).withinOwnBudget(true).build()).build();
    var undecided = vimmerby().addProject(exchange).build();
    var decided = vimmerby().addProject(exchange)
        .addDecision(decision("skola-1", SCHOOL, START.minusDays(10), Matter.SCHOOL_EXCHANGE, "s1")).build();

    var finding = single(check(new SchoolExchangeDecision(), undecided),
        "vis.school-exchange-decision", "VIS2016/E2", Modality.SHALL, "s1", "sodra-skolan");
    assertThat(finding.getMessageKey()).isEqualTo("vis.school-exchange-decision");
    assertThat(check(new SchoolExchangeDecision(), decided)).isEmpty();
  }

  @Test
  void a_school_exchange_over_budget_needs_the_responsible_committee() {
    var exchange = project("s1", START, END).kind(ProjectKind.SCHOOL_EXCHANGE).owner(SCHOOL)
        .budget(Budget.builder().amount(400_000).withinOwnBudget(false).build()).build();
    var bySchool = vimmerby().addProject(exchange)
        .addDecision(decision("skola-1", SCHOOL, START.minusDays(10), Matter.SCHOOL_EXCHANGE, "s1")).build();
    var byCommittee = vimmerby().addProject(exchange)
        .addDecision(decision("bun-7", SCHOOL_COMMITTEE, START.minusDays(10), Matter.SCHOOL_EXCHANGE, "s1")).build();

    var finding = single(check(new SchoolExchangeDecision(), bySchool),
        "vis.school-exchange-decision", "VIS2016/E2", Modality.SHALL, "s1", "sodra-skolan");
    assertThat(finding.getMessageKey()).isEqualTo("vis.school-exchange-decision.over-budget");
    assertThat(check(new SchoolExchangeDecision(), byCommittee)).isEmpty();
  }

  @Test
  void a_partnership_without_a_record_of_peers_sought_is_a_should_finding() {
    var partnership = project("pp", START, END).kind(ProjectKind.PARTNERSHIP);

    single(check(new SeekPeerMunicipalities(), with(partnership.build())),
        "vis.seek-peer-municipalities", "VIS2016/P4", Modality.SHOULD, "pp");
    assertThat(check(new SeekPeerMunicipalities(), with(partnership.peerMunicipalitiesSought(true).build())))
        .isEmpty();
  }

  @Test
  void a_partnership_recording_that_no_peers_were_sought_gets_the_finding_like_one_recording_nothing() {
    var partnership = project("pp", START, END).kind(ProjectKind.PARTNERSHIP);

    var finding = single(check(new SeekPeerMunicipalities(), with(partnership.peerMunicipalitiesSought(false).build())),
        "vis.seek-peer-municipalities", "VIS2016/P4", Modality.SHOULD, "pp");
    assertThat(finding.getMessageKey()).isEqualTo("vis.seek-peer-municipalities.not-sought");
  }

  @Test
  void a_partnership_committed_to_before_consulting_the_network_is_a_should_finding() {
    var decided = decision("bun-2", SCHOOL_COMMITTEE, START.minusMonths(3), Matter.PARTNERSHIP_APPLICATION, "pp");
    var late = project("pp", START, END).kind(ProjectKind.PARTNERSHIP)
        .addConsultation(Consultation.builder().network(NETWORK).date(START.minusMonths(1)).build()).build();
    var early = late.withConsultations(Consultation.builder().network(NETWORK).date(START.minusMonths(4)).build());

    var finding = single(check(new NetworkConsultedFirst(), vimmerby().addProject(late).addDecision(decided).build()),
        "vis.network-consulted-first", "VIS2016/P3", Modality.SHOULD, "pp");
    assertThat(finding.getDate()).contains(START.minusMonths(3));
    assertThat(check(new NetworkConsultedFirst(), vimmerby().addProject(early).addDecision(decided).build())).isEmpty();
  }

  @Test
  void a_mukono_project_paid_from_the_own_budget_and_not_grounded_in_child_rights_has_two_findings() {
    var register = vimmerby()
        .addRelation(Relation.builder().id(RelationId.of("mukono-partnerskap")).municipality(VIMMERBY).partner(MUKONO)
            .kind(RelationKind.PARTNERSHIP).since(Year.of(2007)).theme("Barnkonventionen").build())
        .addProject(project("m1", START, END).partner(MUKONO).addFinancing(FundingSource.OWN_BUDGET, FundingSource.ICLD).build())
        .build();

    var findings = check(new MukonoExternalFunding(), register);

    assertThat(findings).extracting(f -> f.getMessageKey()).containsExactlyInAnyOrder(
        "vis.mukono-external-funding", "vis.mukono-external-funding.child-rights");
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.getClause().toString()).isEqualTo("VIS2016/P1");
      assertThat(f.subjectIds()).containsExactly("m1");
      assertThat(f.isBreach()).isTrue();
    });
  }

  @Test
  void a_mukono_project_on_child_rights_financed_by_icld_is_no_finding() {
    var register = vimmerby()
        .addRelation(Relation.builder().id(RelationId.of("mukono-partnerskap")).municipality(VIMMERBY).partner(MUKONO)
            .kind(RelationKind.PARTNERSHIP).since(Year.of(2007)).theme("Barnkonventionen").build())
        .addProject(project("m1", START, END).relation(RelationId.of("mukono-partnerskap"))
            .groundedInChildRights(true).addFinancing(FundingSource.ICLD).build())
        .build();

    assertThat(check(new MukonoExternalFunding(), register)).isEmpty();
  }

  @Test
  void a_project_with_another_partner_is_not_a_mukono_project() {
    var register = vimmerby()
        .addRelation(Relation.builder().id(RelationId.of("mukono-partnerskap")).municipality(VIMMERBY).partner(MUKONO)
            .kind(RelationKind.PARTNERSHIP).build())
        .addProject(project("k1", START, END).partner(KAUHAVA).addFinancing(FundingSource.OWN_BUDGET).build())
        .build();

    assertThat(check(new MukonoExternalFunding(), register)).isEmpty();
    assertThat(check(new MukonoExternalFunding(), register, DateRange.ofYears(2023, 2023))).isEmpty();
  }
}
