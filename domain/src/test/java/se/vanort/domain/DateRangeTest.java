package se.vanort.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  @Test
  void years_parse_as_whole_calendar_years() {
    assertThat(DateRange.parse("2021..2026"))
        .isEqualTo(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31)))
        .isEqualTo(DateRange.ofYears(2021, 2026));
  }

  @Test
  void one_year_parses_as_that_calendar_year() {
    assertThat(DateRange.parse("2023")).isEqualTo(DateRange.ofYear(2023));
  }

  @Test
  void days_parse_as_days_and_a_single_day_as_a_range_of_one_day() {
    assertThat(DateRange.parse("2021-03-01..2022-02-28"))
        .isEqualTo(DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2022, 2, 28)));
    assertThat(DateRange.parse(" 2023-06-14 ")).isEqualTo(DateRange.of(LocalDate.of(2023, 6, 14), LocalDate.of(2023, 6, 14)));
  }

  @Test
  void a_year_and_a_day_may_be_mixed() {
    assertThat(DateRange.parse("2021..2022-06-30"))
        .isEqualTo(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30)));
  }

  @Test
  void the_printed_form_parses_back_to_the_same_range() {
    DateRange range = DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2022, 2, 28));
    assertThat(range).hasToString("2021-03-01..2022-02-28");
    assertThat(DateRange.parse(range.toString())).isEqualTo(range);
  }

  @Test
  void a_malformed_period_is_refused_naming_the_forms_accepted() {
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse("2021-2026"))
        .withMessage("period '2021-2026' is not of the form 2021..2026, 2023 or 2021-03-01..2022-02-28");
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse("2021..2023..2025"))
        .withMessageContaining("has more than one '..'");
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse(" "))
        .withMessageContaining("a period is needed");
  }

  @Test
  void a_period_that_ends_before_it_starts_is_refused_when_parsed() {
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse("2026..2021"))
        .withMessage("period '2026..2021' ends before it starts");
  }

  @Test
  void a_reversed_range_can_be_built_so_that_validation_reports_it_but_contains_no_day() {
    DateRange reversed = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1));

    assertThat(reversed.isReversed()).isTrue();
    assertThat(reversed.contains(LocalDate.of(2023, 6, 1))).isFalse();
    assertThat(reversed.years()).isEmpty();
  }

  @Test
  void both_ends_are_contained() {
    DateRange range = DateRange.ofYears(2021, 2026);

    assertThat(range.contains(LocalDate.of(2021, 1, 1))).isTrue();
    assertThat(range.contains(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(range.contains(LocalDate.of(2020, 12, 31))).isFalse();
    assertThat(range.contains(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void the_years_of_a_range_are_every_calendar_year_it_touches() {
    assertThat(DateRange.parse("2021-12-31..2023-01-01").years()).containsExactly(2021, 2022, 2023);
  }

  @Test
  void ranges_overlap_when_they_share_a_day_and_intersect_in_that_part() {
    DateRange agreement = DateRange.ofYears(2021, 2026);
    DateRange project = DateRange.parse("2026-12-31..2027-06-30");

    assertThat(agreement.overlaps(project)).isTrue();
    assertThat(agreement.intersection(project)).contains(DateRange.parse("2026-12-31"));
    assertThat(agreement.overlaps(DateRange.ofYear(2027))).isFalse();
    assertThat(agreement.intersection(DateRange.ofYear(2027))).isEmpty();
    assertThat(agreement.encloses(DateRange.ofYear(2023))).isTrue();
    assertThat(agreement.encloses(project)).isFalse();
  }
}
