package se.vanort.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CycleTest {
  private static final Cycle EVERY_SECOND_YEAR_FROM_2021 = Cycle.of(2, 2021);

  @Test
  void every_second_year_from_2021_falls_in_odd_years_from_2021_on() {
    assertThat(EVERY_SECOND_YEAR_FROM_2021.includes(2021)).isTrue();
    assertThat(EVERY_SECOND_YEAR_FROM_2021.includes(2022)).isFalse();
    assertThat(EVERY_SECOND_YEAR_FROM_2021.includes(2027)).isTrue();
    assertThat(EVERY_SECOND_YEAR_FROM_2021.includes(2019)).as("before the anchor").isFalse();
  }

  @Test
  void the_years_between_two_years_start_at_the_anchor() {
    assertThat(EVERY_SECOND_YEAR_FROM_2021.yearsBetween(2018, 2026)).containsExactly(2021, 2023, 2025);
  }

  @Test
  void the_next_year_of_the_cycle_follows_any_year() {
    assertThat(EVERY_SECOND_YEAR_FROM_2021.nextAfter(2015)).isEqualTo(2021);
    assertThat(EVERY_SECOND_YEAR_FROM_2021.nextAfter(2021)).isEqualTo(2023);
    assertThat(EVERY_SECOND_YEAR_FROM_2021.nextAfter(2022)).isEqualTo(2023);
  }

  @Test
  void a_yearly_cycle_includes_every_year_from_its_anchor() {
    assertThat(Cycle.of(1, 2021).yearsBetween(2020, 2023)).containsExactly(2021, 2022, 2023);
  }

  @Test
  void a_cycle_that_never_recurs_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Cycle.of(0, 2021))
        .withMessage("a cycle recurs every 1 or more years, not every 0");
  }
}
