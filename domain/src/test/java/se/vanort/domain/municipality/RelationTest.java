package se.vanort.domain.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class RelationTest {
  private static final Municipality RYGGE = Municipality.builder().id(MunicipalityId.of("rygge")).name("Rygge kommune")
      .country("NO").until(LocalDate.of(2019, 12, 31)).mergedInto(MunicipalityId.of("moss")).build();
  private static final Relation TWIN_TOWN = Relation.builder().id(RelationId.of("vimmerby-rygge"))
      .municipality(MunicipalityId.of("vimmerby")).partner(RYGGE.getId()).kind(RelationKind.TWIN_TOWN)
      .since(Year.of(1988)).build();

  @Test
  void a_twin_town_is_formal_while_its_partner_exists() {
    assertThat(TWIN_TOWN.isFormalTwinTownOn(LocalDate.of(2019, 12, 31), RYGGE)).isTrue();
  }

  @Test
  void a_twin_town_merged_into_another_municipality_is_no_formal_twin_town_from_the_merger_on() {
    assertThat(TWIN_TOWN.isActiveOn(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(TWIN_TOWN.isFormalTwinTownOn(LocalDate.of(2020, 1, 1), RYGGE)).isFalse();
  }

  @Test
  void a_twin_town_is_not_formal_before_the_year_it_began_nor_after_it_ended() {
    assertThat(TWIN_TOWN.isFormalTwinTownOn(LocalDate.of(1987, 12, 31), RYGGE)).isFalse();
    assertThat(TWIN_TOWN.isFormalTwinTownOn(LocalDate.of(1988, 1, 1), RYGGE)).isTrue();
    Relation ended = TWIN_TOWN.withUntil(LocalDate.of(2010, 6, 30));
    assertThat(ended.isFormalTwinTownOn(LocalDate.of(2010, 7, 1), RYGGE)).isFalse();
  }

  @Test
  void a_partnership_is_never_a_formal_twin_town() {
    assertThat(TWIN_TOWN.withKind(RelationKind.PARTNERSHIP).isFormalTwinTownOn(LocalDate.of(2010, 1, 1), RYGGE))
        .isFalse();
  }

  @Test
  void a_partnership_without_theme_or_time_limit_is_open_ended() {
    Relation partnership = TWIN_TOWN.withKind(RelationKind.PARTNERSHIP);

    assertThat(partnership.isOpenEndedWithoutTheme()).isTrue();
    assertThat(partnership.withTheme("Barnkonventionen").isOpenEndedWithoutTheme()).isFalse();
    assertThat(partnership.withUntil(LocalDate.of(2025, 12, 31)).isOpenEndedWithoutTheme()).isFalse();
    assertThat(TWIN_TOWN.isOpenEndedWithoutTheme()).as("only partnerships").isFalse();
  }
}
