package se.vanort.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;

class PositionTest {
  private static final BodyId BOARD = BodyId.of("ks");
  private static final BodyId NETWORK = BodyId.of("intnet");

  @Test
  void a_position_overlaps_a_range_when_it_is_held_on_some_day_of_it() {
    Position held = Position.builder().body(BOARD).role(Role.CHAIR)
        .from(LocalDate.of(2023, 1, 1)).until(LocalDate.of(2024, 6, 30)).build();

    assertThat(held.overlaps(DateRange.ofYear(2022))).isFalse();
    assertThat(held.overlaps(DateRange.of(LocalDate.of(2022, 6, 1), LocalDate.of(2023, 1, 1)))).isTrue();
    assertThat(held.overlaps(DateRange.of(LocalDate.of(2024, 6, 30), LocalDate.of(2025, 1, 1)))).isTrue();
    assertThat(held.overlaps(DateRange.ofYear(2025))).isFalse();
  }

  @Test
  void a_position_without_recorded_ends_overlaps_every_range() {
    Position open = Position.builder().body(BOARD).role(Role.CHAIR).build();

    assertThat(open.overlaps(DateRange.ofYear(1900))).isTrue();
    assertThat(open.overlaps(DateRange.ofYear(2100))).isTrue();
  }

  @Test
  void a_person_holds_in_a_body_when_a_position_there_overlaps_the_range() {
    Person person = Person.builder().id(PersonId.of("p"))
        .addPositions(Position.of(NETWORK, Role.MEMBER, LocalDate.of(2024, 3, 1)))
        .addPositions(Position.builder().body(BOARD).role(Role.CHAIR).until(LocalDate.of(2020, 12, 31)).build())
        .build();

    assertThat(person.holdsIn(NETWORK, DateRange.ofYear(2024))).isTrue();
    assertThat(person.holdsIn(NETWORK, DateRange.ofYear(2023))).isFalse();
    assertThat(person.holdsIn(BOARD, DateRange.ofYear(2020))).isTrue();
    assertThat(person.holdsIn(BOARD, DateRange.ofYear(2021))).isFalse();
    assertThat(person.holds(Role.MEMBER, LocalDate.of(2024, 3, 1))).isTrue();
    assertThat(person.holds(Role.CHAIR, LocalDate.of(2024, 3, 1))).isFalse();
  }
}
