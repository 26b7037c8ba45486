package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.vanort.rules.strategy.Fixture.*;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.Modality;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.ProjectKind;
import se.vanort.domain.register.Register;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.RuleId;
import se.vanort.rules.ClauseStatus;
import se.vanort.rules.Rulebook;
import se.vanort.rules.FactValues;
import java.util.List;

/**
 * The second round of interpretations of VIS2016 (decided 2026-11-30, now part of the rules'
 * interpretations in {@code VIS2016.catalogue}): for each, a register that breaches it and the same
 * register made compliant, each changing one thing.
 */
class SecondRoundTest {
  private static final LocalDate START = LocalDate.of(2023, 3, 1);
  private static final LocalDate END = LocalDate.of(2024, 6, 30);

  // The strategy's owner: bodies recorded without a municipality are the perspective's.

  @Test
  void bodies_recorded_without_a_municipality_are_the_perspectives_own() {
    var undecided = project("p1", START, END).build();
    Register.Builder register = vimmerby().addProject(undecided);
    Register.Builder withoutMunicipality = Register.builder().from(register.build())
        .bodies(register.build().getBodies().stream()
            .map(body -> body.getKind() == BodyKind.REGIONAL_NETWORK ? body : Body.builder().from(body)
                .municipality(java.util.Optional.empty()).build())
            .toList());

    single(check(new CommitteeOwnsProject(), withoutMunicipality.build()),
        "vis.committee-owns-project", "VIS2016/O5", Modality.SHALL, "p1", "bun");
    assertThat(check(new CommitteeOwnsProject(), withoutMunicipality
        .addDecision(decision("bun-1", SCHOOL_COMMITTEE, START, Matter.PROJECT, "p1")).build())).isEmpty();
  }

  // W5: a new twin town with no decision; carrying on a merged municipality's relation is not new.

  private static Relation twinTown(String id, MunicipalityId partner, int since) {
    return Relation.builder().id(RelationId.of(id)).municipality(VIMMERBY).partner(partner)
        .kind(RelationKind.TWIN_TOWN).since(Year.of(since)).build();
  }

  @Test
  void a_new_twin_town_with_no_decision_is_a_finding_and_gets_the_advice() {
    var register = vimmerby().addRelation(twinTown("vimmerby-mukono", MUKONO, 2022));

    var finding = single(check(new NewTwinTownByCouncil(), register.build()),
        "vis.new-twin-town-by-council", "VIS2016/W5", Modality.SHALL, "vimmerby-mukono", "mukono");
    assertThat(finding.getMessageKey()).isEqualTo("vis.new-twin-town-by-council.undecided");
    assertThat(finding.getYear()).contains(2022);
    assertThat(check(new PreferPartnership(), register.build()))
        .extracting(f -> f.getMessageKey()).containsExactly("vis.prefer-partnership.twin-town");

    var decided = register.addDecision(
        decision("kf-2022-12", COUNCIL, LocalDate.of(2022, 3, 1), Matter.ESTABLISH_TWIN_TOWN, "vimmerby-mukono")).build();
    assertThat(check(new NewTwinTownByCouncil(), decided)).isEmpty();
  }

  @Test
  void a_relation_carrying_on_one_with_a_municipality_merged_into_the_partner_is_not_a_new_twin_town() {
    var moss = MunicipalityId.of("moss");
    var rygge = MunicipalityId.of("rygge");
    var register = vimmerby()
        .addMunicipality(municipality(moss, "Moss", "NO"))
        .addMunicipality(Municipality.builder().id(rygge).name("Rygge").country("NO")
            .until(LocalDate.of(2019, 12, 31)).mergedInto(moss).build())
        .addRelation(Relation.builder().from(twinTown("vimmerby-rygge", rygge, 1988)).until(LocalDate.of(2019, 12, 31)).build())
        .addRelation(twinTown("vimmerby-moss", moss, 2020));
    var period = DateRange.ofYears(2020, 2025);

    assertThat(check(new NewTwinTownByCouncil(), register.build(), period)).isEmpty();
    assertThat(check(new PreferPartnership(), register.build(), period)).isEmpty();
    // Nor does the council's decision on Moss get the advice meant for a proposal of a new twin town.
    var decided = Register.builder().from(register.build())
        .addDecision(decision("kf-2020-31", COUNCIL, LocalDate.of(2020, 3, 2), Matter.ESTABLISH_TWIN_TOWN, "moss"))
        .build();
    assertThat(check(new PreferPartnership(), decided, period)).isEmpty();

    var withoutRygge = Register.builder().from(register.build())
        .relations(register.build().getRelations().stream().filter(r -> !r.getPartner().equals(rygge)).toList())
        .build();
    single(check(new NewTwinTownByCouncil(), withoutRygge, period),
        "vis.new-twin-town-by-council", "VIS2016/W5", Modality.SHALL, "vimmerby-moss", "moss");
  }

  @Test
  void a_relation_begun_years_after_the_merger_is_a_new_twin_town() {
    var tonder = MunicipalityId.of("tonder");
    var skaerbaek = MunicipalityId.of("skaerbaek");
    var register = vimmerby()
        .addMunicipality(municipality(tonder, "Tønder", "DK"))
        .addMunicipality(Municipality.builder().id(skaerbaek).name("Skærbæk").country("DK")
            .until(LocalDate.of(2006, 12, 31)).mergedInto(tonder).build())
        .addRelation(Relation.builder().from(twinTown("vimmerby-skaerbaek", skaerbaek, 1960))
            .until(LocalDate.of(2006, 12, 31)).build())
        .addRelation(twinTown("vimmerby-tonder", tonder, 2022))
        .build();

    single(check(new NewTwinTownByCouncil(), register, DateRange.ofYears(2021, 2025)),
        "vis.new-twin-town-by-council", "VIS2016/W5", Modality.SHALL, "vimmerby-tonder", "tonder");
  }

  // P3 and P4: a later phase of a partnership is not new.

  @Test
  void a_later_phase_of_a_partnership_is_not_a_new_partnership() {
    var phaseTwo = project("mukono-2", START, END).kind(ProjectKind.PARTNERSHIP).partner(MUKONO).build();
    var phaseOne = project("mukono-1", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31))
        .kind(ProjectKind.PARTNERSHIP).partner(MUKONO).build();

    var alone = vimmerby().addProject(phaseTwo).build();
    single(check(new NetworkConsultedFirst(), alone),
        "vis.network-consulted-first", "VIS2016/P3", Modality.SHOULD, "mukono-2");
    single(check(new SeekPeerMunicipalities(), alone),
        "vis.seek-peer-municipalities", "VIS2016/P4", Modality.SHOULD, "mukono-2");

    var laterPhase = vimmerby().addProject(phaseOne).addProject(phaseTwo).build();
    assertThat(check(new NetworkConsultedFirst(), laterPhase, DateRange.ofYears(2021, 2026))).isEmpty();
    assertThat(check(new SeekPeerMunicipalities(), laterPhase, DateRange.ofYears(2021, 2026))).isEmpty();
  }

  @Test
  void a_partnership_with_a_partner_of_an_earlier_partnership_relation_is_not_new() {
    var project = project("mukono-3", START, END).kind(ProjectKind.PARTNERSHIP).partner(MUKONO).build();
    var relation = Relation.builder().id(RelationId.of("mukono-partnerskap")).municipality(VIMMERBY).partner(MUKONO)
        .kind(RelationKind.PARTNERSHIP).since(Year.of(2007)).theme("barnkonventionen").build();

    assertThat(check(new NetworkConsultedFirst(), vimmerby().addProject(project).addRelation(relation).build())).isEmpty();
    assertThat(check(new NetworkConsultedFirst(), vimmerby().addProject(project)
        .addRelation(relation.withSince(Year.of(2023))).build())).hasSize(1);
  }

  // O2: an elected member and an official, who are different people.

  private static Person electedOfficial() {
    return Person.builder().id(PersonId.of("p-bada")).municipality(VIMMERBY)
        .addPosition(Position.of(COUNCIL, Role.MEMBER, LocalDate.of(2010, 1, 1)))
        .addPosition(Position.of(SCHOOL_ADMINISTRATION, Role.OFFICIAL, LocalDate.of(2010, 1, 1)))
        .build();
  }

  @Test
  void one_person_who_is_both_elected_and_official_is_not_a_delegation_of_both() {
    var visit = event("besok", EventKind.TWIN_TOWN_VISIT, LocalDate.of(2023, 5, 1)).host(KAUHAVA);
    var alone = vimmerby().addPerson(electedOfficial())
        .addEvent(visit.addDelegation(delegation(PersonId.of("p-bada"))).build()).build();

    var finding = single(check(new DelegationElectedWithOfficial(), alone),
        "vis.delegation-elected-with-official", "VIS2016/O2", Modality.SHOULD, "besok");
    assertThat(finding.getMessageKey()).isEqualTo("vis.delegation-elected-with-official.same-person");

    var withOfficial = vimmerby().addPerson(electedOfficial())
        .addEvent(event("besok", EventKind.TWIN_TOWN_VISIT, LocalDate.of(2023, 5, 1)).host(KAUHAVA)
            .addDelegation(delegation(PersonId.of("p-bada"), OFFICIAL)).build()).build();
    assertThat(check(new DelegationElectedWithOfficial(), withOfficial)).isEmpty();
  }

  // O3: every twin-town event the municipality takes part in, not only visits.

  @Test
  void a_conference_without_either_chair_in_the_delegation_gets_the_should_finding() {
    var conference = event("konf-2023", EventKind.CONFERENCE, LocalDate.of(2023, 6, 14)).host(KAUHAVA);

    single(check(new ChairRepresents(), vimmerby().addEvent(conference.addDelegation(delegation(OFFICIAL)).build()).build()),
        "vis.chair-represents", "VIS2016/O3", Modality.SHOULD, "konf-2023");
    assertThat(check(new ChairRepresents(), vimmerby().addEvent(event("konf-2023", EventKind.CONFERENCE,
        LocalDate.of(2023, 6, 14)).host(KAUHAVA).addDelegation(delegation(OFFICIAL, BOARD_CHAIR)).build()).build()))
        .isEmpty();
  }

  @Test
  void a_meeting_the_municipality_hosts_is_judged_by_its_own_people_there_and_not_when_it_records_none() {
    var meeting = event("mote-2024", EventKind.TWIN_TOWN_MEETING, LocalDate.of(2024, 5, 2)).host(VIMMERBY)
        .addDelegation(Delegation.of(KAUHAVA, PersonId.of("kauhava-kso")));

    var guest = Person.builder().id(PersonId.of("kauhava-kso")).municipality(KAUHAVA).build();

    assertThat(check(new ChairRepresents(), vimmerby().addPerson(guest).addEvent(meeting.build()).build())).isEmpty();
    single(check(new ChairRepresents(), vimmerby().addPerson(guest).addEvent(meeting.addParticipant(OFFICIAL).build()).build()),
        "vis.chair-represents", "VIS2016/O3", Modality.SHOULD, "mote-2024");
    assertThat(check(new ChairRepresents(), vimmerby().addPerson(guest)
        .addEvent(meeting.addParticipant(COUNCIL_CHAIR).build()).build())).isEmpty();
  }

  // O5: the owning committee's decision on the partnership application is its decision on the project.

  @Test
  void the_owners_decision_on_the_partnership_application_counts_as_its_decision_on_the_project() {
    var partnership = project("pp", START, END).kind(ProjectKind.PARTNERSHIP).build();

    single(check(new CommitteeOwnsProject(), vimmerby().addProject(partnership).build()),
        "vis.committee-owns-project", "VIS2016/O5", Modality.SHALL, "pp", "bun");
    assertThat(check(new CommitteeOwnsProject(), vimmerby().addProject(partnership)
        .addDecision(decision("bun-ansokan", SCHOOL_COMMITTEE, START.minusMonths(2), Matter.PARTNERSHIP_APPLICATION, "pp"))
        .build())).isEmpty();
    assertThat(check(new CommitteeOwnsProject(), vimmerby().addProject(partnership)
        .addDecision(decision("kfn-ansokan", CULTURE_COMMITTEE, START.minusMonths(2), Matter.PARTNERSHIP_APPLICATION, "pp"))
        .build())).hasSize(1);
  }

  // N1: every administration of the municipality, and the council; the finding names those missing.

  private static final BodyId CULTURE_ADMINISTRATION = BodyId.of("kff");

  private static Person networkMember(String id, BodyId home, Role homeRole, Role networkRole) {
    return Person.builder().id(PersonId.of(id)).municipality(VIMMERBY)
        .addPosition(Position.of(home, homeRole, LocalDate.of(2015, 1, 1)))
        .addPosition(Position.of(NETWORK, networkRole, LocalDate.of(2015, 1, 1)))
        .build();
  }

  private static Register.Builder threeAdministrations() {
    return vimmerby()
        .addBody(body(CULTURE_ADMINISTRATION, BodyKind.ADMINISTRATION, "Kultur- och fritidsförvaltningen", CULTURE_COMMITTEE))
        .addPerson(networkMember("n-samordnare", BOARD_ADMINISTRATION, Role.INTERNATIONAL_COORDINATOR, Role.CHAIR))
        .addPerson(networkMember("n-buf", SCHOOL_ADMINISTRATION, Role.OFFICIAL, Role.MEMBER))
        .addPerson(networkMember("n-kf", COUNCIL, Role.MEMBER, Role.MEMBER));
  }

  @Test
  void a_network_without_a_representative_of_every_administration_names_those_missing() {
    var finding = single(check(new NetworkConstituted(), threeAdministrations().build()),
        "vis.network-constituted", "VIS2016/N1", Modality.SHALL, "int-natverk", "kff");
    assertThat(finding.getMessageKey()).isEqualTo("vis.network-constituted.administrations");
    assertThat(FactValues.of(finding, "administrations")).containsExactly("kff");

    assertThat(check(new NetworkConstituted(), threeAdministrations()
        .addPerson(networkMember("n-kff", CULTURE_ADMINISTRATION, Role.OFFICIAL, Role.MEMBER)).build())).isEmpty();
  }

  // W3: one finding per administration with no international activity in the period.

  @Test
  void an_administration_with_no_international_activity_in_the_period_is_a_should_finding() {
    var period = DateRange.ofYears(2021, 2024);
    var register = vimmerby().addProject(project("p1", START, END).build());

    var finding = single(check(new InternationalInEveryAdministration(), register.build(), period),
        "vis.international-in-every-administration", "VIS2016/W3", Modality.SHOULD, "ksf");
    assertThat(FactValues.of(finding)).containsExactly(entry("administration", List.of("ksf")),
        entry("period", List.of("2021–2024")));

    var coordinatorTravels = register.addEvent(event("besok", EventKind.TWIN_TOWN_VISIT, LocalDate.of(2022, 5, 1))
        .host(KAUHAVA).addDelegation(delegation(COORDINATOR)).build()).build();
    assertThat(check(new InternationalInEveryAdministration(), coordinatorTravels, period)).isEmpty();
  }

  @Test
  void a_member_of_the_international_network_is_international_activity_of_the_administration() {
    var period = DateRange.ofYears(2021, 2024);
    var register = vimmerby().addProject(project("p1", START, END).build())
        .addPerson(networkMember("n-ksf", BOARD_ADMINISTRATION, Role.OFFICIAL, Role.MEMBER)).build();

    assertThat(check(new InternationalInEveryAdministration(), register, period)).isEmpty();
  }

  @Test
  void the_administrations_are_judged_only_once_the_period_has_ended() {
    assertThat(check(new InternationalInEveryAdministration(), vimmerby().build(), DateRange.ofYears(2021, 2026)))
        .isEmpty();
    assertThat(check(new InternationalInEveryAdministration(), vimmerby().build(), DateRange.ofYears(2021, 2025)))
        .extracting(f -> f.subjectIds().get(0)).containsExactly("ksf", "buf");
  }

  // Coverage: W3 is checked, E1 is a permission, and VA2021/A5 is SHALL.

  @Test
  void w3_is_checked_and_the_may_clause_e1_is_a_permission_never_not_checkable() {
    var coverage = Rulebook.standard().check(vimmerby().build(), PERIOD).getCoverage();

    assertThat(coverage).filteredOn(line -> line.getClause().equals(ClauseId.of("VIS2016/E1")))
        .singleElement().satisfies(line -> assertThat(line.getStatus()).isEqualTo(ClauseStatus.PERMISSION));
    assertThat(coverage).filteredOn(line -> line.getClause().equals(ClauseId.of("VIS2016/W3")))
        .singleElement().satisfies(line -> {
          assertThat(line.getStatus()).isEqualTo(ClauseStatus.CHECKED);
          assertThat(line.getRules()).containsExactly(RuleId.of("vis.international-in-every-administration"));
        });
    assertThat(coverage).filteredOn(line -> line.getStatus() == ClauseStatus.NOT_CHECKABLE)
        .allSatisfy(line -> assertThat(Documents.findClause(line.getClause()).orElseThrow().getModality())
            .isNotEqualTo(Modality.MAY));
  }

  @Test
  void the_development_exchange_of_va2021_a5_is_shall() {
    assertThat(Documents.findRule(RuleId.of("va.development-exchange")).orElseThrow().getModality())
        .isEqualTo(Modality.SHALL);
    assertThat(Documents.findClause(ClauseId.of("VA2021/A5")).orElseThrow().getModality()).isEqualTo(Modality.SHALL);
  }
}
