package se.vanort.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MandatePeriodTest {
  @Test
  void the_day_before_the_new_council_takes_office_belongs_to_the_old_period() {
    assertThat(MandatePeriod.containing(LocalDate.of(2022, 10, 14))).hasToString("2018–2022");
  }

  @Test
  void the_new_period_starts_on_15_october_of_the_election_year() {
    MandatePeriod period = MandatePeriod.containing(LocalDate.of(2022, 10, 15));

    assertThat(period).hasToString("2022–2026");
    assertThat(period.start()).isEqualTo(LocalDate.of(2022, 10, 15));
    assertThat(period.end()).isEqualTo(LocalDate.of(2026, 10, 14));
  }

  @Test
  void a_date_early_in_an_election_year_belongs_to_the_period_that_began_four_years_before() {
    assertThat(MandatePeriod.containing(LocalDate.of(2018, 1, 1)).electionYear()).isEqualTo(2014);
    assertThat(MandatePeriod.containing(LocalDate.of(2016, 6, 27)).electionYear()).isEqualTo(2014);
    assertThat(MandatePeriod.containing(LocalDate.of(2025, 12, 31)).electionYear()).isEqualTo(2022);
  }

  @Test
  void periods_before_the_first_known_election_follow_the_same_rhythm() {
    assertThat(MandatePeriod.containing(LocalDate.of(2012, 5, 1)).electionYear()).isEqualTo(2010);
  }

  @Test
  void a_year_without_an_election_is_refused_with_a_message_naming_it() {
    assertThatIllegalArgumentException().isThrownBy(() -> MandatePeriod.ofElectionYear(2021))
        .withMessageStartingWith("2021 is not an election year");
  }

  @Test
  void consecutive_periods_meet_without_a_gap() {
    MandatePeriod period = MandatePeriod.ofElectionYear(2018);

    assertThat(period.next()).isEqualTo(MandatePeriod.ofElectionYear(2022));
    assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
    assertThat(period.contains(period.end())).isTrue();
    assertThat(period.contains(period.next().start())).isFalse();
    assertThat(period).isLessThan(period.next());
  }
}
