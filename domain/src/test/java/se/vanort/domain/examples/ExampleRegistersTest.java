package se.vanort.domain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.vanort.domain.MandatePeriod;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Role;

class ExampleRegistersTest {
  private static final Register VIMMERBY_2016 = ExampleRegisters.vimmerby2016();
  private static final LocalDate ADOPTED = LocalDate.of(2016, 6, 27);

  @Test
  void the_register_is_vimmerbys_as_of_the_day_the_strategy_was_adopted() {
    assertThat(VIMMERBY_2016.getPerspective().getMunicipality()).isEqualTo(MunicipalityId.of("vimmerby"));
    assertThat(VIMMERBY_2016.asOf()).isEqualTo(ADOPTED);
    assertThat(MandatePeriod.containing(VIMMERBY_2016.asOf())).isEqualTo(MandatePeriod.ofElectionYear(2014));
    assertThat(VIMMERBY_2016.recordCount()).isEqualTo(27);
  }

  @Test
  void vis2016_was_adopted_by_the_council_on_2016_06_27_paragraph_172() {
    var strategy = VIMMERBY_2016.findStrategy(DocumentId.of("VIS2016")).orElseThrow();
    Decision adoption = VIMMERBY_2016.findDecision(strategy.getAdoptedBy()).orElseThrow();

    assertThat(adoption.getId()).isEqualTo(DecisionId.of("kf-2016-172"));
    assertThat(adoption.getMatter()).isEqualTo(Matter.ADOPT_STRATEGY);
    assertThat(adoption.getDate()).isEqualTo(ADOPTED);
    assertThat(adoption.getParagraph()).contains(172);
    assertThat(adoption.concerns(RecordId.of("VIS2016"))).isTrue();
    assertThat(VIMMERBY_2016.findBody(adoption.getBody().orElseThrow()).orElseThrow().getKind())
        .isEqualTo(BodyKind.COUNCIL);
  }

  @Test
  void skaerbaek_is_no_formal_twin_town_on_2016_06_27_because_it_was_merged_into_tonder() {
    Relation skaerbaek = relation("vimmerby-skaerbaek");
    Municipality partner = partnerOf(skaerbaek);

    assertThat(skaerbaek.getKind()).isEqualTo(RelationKind.TWIN_TOWN);
    assertThat(partner.getMergedInto()).contains(MunicipalityId.of("tonder"));
    assertThat(partner.getUntil()).contains(LocalDate.of(2006, 12, 31));
    assertThat(skaerbaek.isFormalTwinTownOn(ADOPTED, partner)).isFalse();
    assertThat(skaerbaek.isFormalTwinTownOn(LocalDate.of(2006, 12, 31), partner)).isTrue();
    assertThat(relation("vimmerby-tonder").getKind()).isEqualTo(RelationKind.INFORMAL_CONTACT);
    assertThat(relation("vimmerby-tonder").getChannel()).contains("Föreningen Norden");
  }

  @Test
  void rygge_is_a_formal_twin_town_in_2016_but_not_after_its_merger_into_moss() {
    Relation rygge = relation("vimmerby-rygge");
    Municipality partner = partnerOf(rygge);

    assertThat(rygge.isFormalTwinTownOn(ADOPTED, partner)).isTrue();
    assertThat(rygge.isFormalTwinTownOn(LocalDate.of(2019, 12, 31), partner)).isTrue();
    assertThat(rygge.isFormalTwinTownOn(LocalDate.of(2020, 1, 1), partner)).isFalse();
    assertThat(partner.getMergedInto()).contains(MunicipalityId.of("moss"));
  }

  @Test
  void the_relations_start_in_the_years_vis2016_gives() {
    Map<String, Optional<Year>> since = VIMMERBY_2016.getRelations().stream()
        .collect(Collectors.toMap(r -> r.getId().value(), Relation::getSince));

    assertThat(since).containsEntry("vimmerby-kauhava", Optional.empty())
        .containsEntry("vimmerby-rygge", Optional.of(Year.of(1988)))
        .containsEntry("vimmerby-olfus", Optional.of(Year.of(2000)))
        .containsEntry("vimmerby-joniskis", Optional.of(Year.of(1994)))
        .containsEntry("vimmerby-mukono-kontakter", Optional.of(Year.of(2006)))
        .containsEntry("vimmerby-mukono", Optional.of(Year.of(2007)));
    assertThat(relation("vimmerby-kauhava").getNote()).contains("Sedan andra världskriget");
  }

  @Test
  void the_mukono_partnership_has_the_rights_of_the_child_as_its_theme() {
    Relation mukono = relation("vimmerby-mukono");

    assertThat(mukono.getKind()).isEqualTo(RelationKind.PARTNERSHIP);
    assertThat(mukono.getTheme()).hasValueSatisfying(theme -> assertThat(theme).contains("Barnkonventionen"));
    assertThat(mukono.isOpenEndedWithoutTheme()).isFalse();
    assertThat(partnerOf(mukono).getCountry()).isEqualTo("UG");
  }

  @Test
  void the_partners_lie_in_the_countries_of_the_chain_and_beyond() {
    Map<String, String> countries = VIMMERBY_2016.getMunicipalities().stream()
        .collect(Collectors.toMap(m -> m.getId().value(), Municipality::getCountry));

    assertThat(countries).containsEntry("vimmerby", "SE").containsEntry("kauhava", "FI")
        .containsEntry("rygge", "NO").containsEntry("moss", "NO").containsEntry("olfus", "IS")
        .containsEntry("skaerbaek", "DK").containsEntry("tonder", "DK").containsEntry("joniskis", "LT")
        .containsEntry("mukono", "UG");
    assertThat(VIMMERBY_2016.findMunicipality(MunicipalityId.of("olfus")).orElseThrow().getName())
        .contains("Þorlákshöfn");
  }

  @Test
  void the_network_is_led_by_the_coordinator_of_the_executive_boards_administration() {
    var coordinator = VIMMERBY_2016.findPerson(PersonId.of("internationell-samordnare")).orElseThrow();

    assertThat(coordinator.getName()).isEmpty();
    assertThat(coordinator.holds(Role.INTERNATIONAL_COORDINATOR, ADOPTED)).isTrue();
    assertThat(coordinator.getPositions()).extracting(p -> p.getBody().value())
        .containsExactly("ksf", "intnet", "regnet");
    assertThat(VIMMERBY_2016.findBody(BodyId.of("ksf")).orElseThrow().getParent()).contains(BodyId.of("ks"));
    assertThat(VIMMERBY_2016.leadershipOn(coordinator.getId(), ADOPTED)).isEmpty();
  }

  @Test
  void the_example_is_the_same_value_every_time_it_is_built() {
    assertThat(ExampleRegisters.vimmerby2016()).isEqualTo(VIMMERBY_2016).hasSameHashCodeAs(VIMMERBY_2016);
  }

  private static Relation relation(String id) {
    return VIMMERBY_2016.findRelation(RelationId.of(id)).orElseThrow();
  }

  private static Municipality partnerOf(Relation relation) {
    return VIMMERBY_2016.findMunicipality(relation.getPartner()).orElseThrow();
  }
}
