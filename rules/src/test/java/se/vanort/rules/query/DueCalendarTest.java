package se.vanort.rules.query;

import se.vanort.rules.obligation.DueStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Documents;
import se.vanort.rules.Messages;

class DueCalendarTest {
  private static final Register CHAIN = Chain.register();
  private static final Queries QUERIES = Queries.of(CHAIN);

  private static DueItem item(DueCalendar calendar, String uid) {
    return calendar.item(uid).orElseThrow(() -> new AssertionError(uid + " is not in " + uids(calendar)));
  }

  private static List<String> uids(DueCalendar calendar) {
    return calendar.getItems().stream().map(DueItem::getUid).toList();
  }

  @Test
  void a_conference_year_whose_records_are_complete_is_done_item_by_item() {
    DueCalendar calendar = QUERIES.due(DateRange.ofYear(2023));

    DueItem conference = item(calendar, "conference-2023-VA2021");
    assertThat(conference.getStatus()).isEqualTo(DueStatus.DONE);
    assertThat(conference.getDate()).isEqualTo(LocalDate.of(2023, 6, 14));
    assertThat(conference.isDateRecorded()).isTrue();
    assertThat(conference.getRecords()).containsExactly("conf-2023");
    assertThat(conference.getClause()).isEqualTo(ClauseId.of("VA2021/A1"));
    assertThat(item(calendar, "youth-camp-2023-VA2021").getRecords()).containsExactly("camp-2023");
    assertThat(item(calendar, "twin-town-meeting-2023-VA2021").getStatus()).isEqualTo(DueStatus.DONE);
    assertThat(item(calendar, "secretaries-meeting-2023-VA2021-vimmerby").getRecords()).containsExactly("sec-2023");
    assertThat(item(calendar, "secretaries-meeting-2023-VA2021-olfus").getMunicipality()).contains(Chain.OLFUS);
    assertThat(item(calendar, "nordic-meeting-2023-vimmerby").getStatus()).isEqualTo(DueStatus.DONE);
    assertThat(item(calendar, "nordic-meeting-2023-vimmerby").getMunicipality()).contains(Chain.VIMMERBY);
    assertThat(uids(calendar)).noneMatch(uid -> uid.startsWith("youth-council-forum"));
  }

  @Test
  void a_closed_year_without_records_has_its_obligations_missed_and_the_forum_is_only_optional() {
    DueCalendar calendar = QUERIES.due(DateRange.ofYear(2024));

    assertThat(uids(calendar)).noneMatch(uid -> uid.startsWith("conference-") || uid.startsWith("youth-camp-"));
    DueItem forum = item(calendar, "youth-council-forum-2024-VA2021");
    assertThat(forum.getStatus()).isEqualTo(DueStatus.OPTIONAL);
    assertThat(forum.getRecords()).containsExactly("forum-2024");
    DueItem secretaries = item(calendar, "secretaries-meeting-2024-VA2021-kauhava");
    assertThat(secretaries.getStatus()).isEqualTo(DueStatus.MISSED);
    assertThat(secretaries.getDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(secretaries.isDateRecorded()).isFalse();
    assertThat(secretaries.getRecords()).isEmpty();
    assertThat(item(calendar, "network-meeting-2024-1-vimmerby").getStatus()).isEqualTo(DueStatus.MISSED);
    assertThat(item(calendar, "regional-network-meeting-2024-vimmerby").getStatus()).isEqualTo(DueStatus.MISSED);
  }

  @Test
  void in_the_open_year_a_planned_event_gives_the_date_but_the_item_stays_due() {
    DueCalendar calendar = QUERIES.due(DateRange.ofYear(2025));

    DueItem conference = item(calendar, "conference-2025-VA2021");
    assertThat(conference.getStatus()).isEqualTo(DueStatus.DUE);
    assertThat(conference.getDate()).isEqualTo(LocalDate.of(2025, 8, 20));
    assertThat(conference.getRecords()).containsExactly("conf-2025");
    assertThat(conference.getDeadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(item(calendar, "youth-camp-2025-VA2021").getStatus()).isEqualTo(DueStatus.DUE);
    assertThat(item(calendar, "secretaries-meeting-2025-VA2021-moss").getStatus()).isEqualTo(DueStatus.DONE);
  }

  @Test
  void the_network_meets_twice_a_year_so_one_meeting_does_the_first_item_and_leaves_the_second_due() {
    DueCalendar calendar = QUERIES.due(DateRange.ofYear(2025));

    DueItem first = item(calendar, "network-meeting-2025-1-vimmerby");
    DueItem second = item(calendar, "network-meeting-2025-2-vimmerby");
    assertThat(first.getStatus()).isEqualTo(DueStatus.DONE);
    assertThat(first.getRecords()).containsExactly("net-2025-1");
    assertThat(second.getStatus()).isEqualTo(DueStatus.DUE);
    assertThat(second.getRecords()).isEmpty();
    assertThat(item(calendar, "regional-network-meeting-2025-vimmerby").getRecords()).containsExactly("region-2025");
  }

  @Test
  void every_committee_with_a_project_running_in_the_year_owes_the_council_a_report() {
    DueCalendar calendar = QUERIES.due(DateRange.ofYear(2025));

    assertThat(uids(calendar)).filteredOn(uid -> uid.startsWith("council-report-"))
        .containsExactlyInAnyOrder("council-report-2025-bun", "council-report-2025-ks");
    assertThat(item(calendar, "council-report-2025-bun").description(Messages.of(Locale.ENGLISH)))
        .contains("Barn- och utbildningsnämnden").contains("2025");
    assertThat(item(calendar, "council-report-2025-bun").getDeadline()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(uids(QUERIES.due(DateRange.ofYear(2024)))).noneMatch(uid -> uid.startsWith("council-report-"));
  }

  @Test
  void a_report_that_includes_the_international_work_does_the_item() {
    Register reported = Chain.builder().addReport(se.vanort.domain.organisation.CouncilReport.builder()
        .committee(se.vanort.domain.organisation.BodyId.of("bun")).year(2025)
        .date(LocalDate.of(2025, 5, 1)).internationalWorkIncluded(true).build()).build();

    DueItem report = item(DueCalendar.of(reported, DateRange.ofYear(2025)), "council-report-2025-bun");

    assertThat(report.getStatus()).isEqualTo(DueStatus.DONE);
    assertThat(report.getDate()).isEqualTo(LocalDate.of(2025, 5, 1));
  }

  @Test
  void the_agreement_is_revised_in_its_revision_year_even_after_its_period() {
    DueCalendar calendar = QUERIES.due(DateRange.ofYears(2026, 2027));

    DueItem revision = item(calendar, "agreement-revision-2027-VA2021");
    assertThat(revision.getStatus()).isEqualTo(DueStatus.DUE);
    assertThat(revision.getClause()).isEqualTo(ClauseId.of("VA2021/R"));
    assertThat(uids(calendar)).noneMatch(uid -> uid.startsWith("secretaries-meeting-2027-VA2021"));
    assertThat(uids(calendar)).contains("secretaries-meeting-2026-VA2021-vimmerby");
  }

  @Test
  void the_strategy_is_revised_once_per_mandate_period_and_due_by_its_end() {
    DueCalendar early = QUERIES.due(DateRange.ofYears(2016, 2019));
    DueCalendar now = QUERIES.due(DateRange.ofYears(2021, 2026));

    assertThat(item(early, "strategy-revision-2014-VIS2016").getRecords()).containsExactly("kf-2016-172");
    assertThat(item(early, "strategy-revision-2018-VIS2016").getDate()).isEqualTo(LocalDate.of(2019, 4, 29));
    DueItem open = item(now, "strategy-revision-2022-VIS2016");
    assertThat(open.getStatus()).isEqualTo(DueStatus.DUE);
    assertThat(open.getDate()).isEqualTo(LocalDate.of(2026, 10, 14));
    // The period 2018–2022 ends within the range: its revision of 2019 shows it done.
    assertThat(item(now, "strategy-revision-2018-VIS2016").getStatus()).isEqualTo(DueStatus.DONE);
    assertThat(item(now, "strategy-revision-2018-VIS2016").getRecords()).isNotEmpty();
  }

  @Test
  void without_the_strategy_only_the_chain_is_due() {
    Register noStrategy = Chain.builder().strategies(List.of()).decisions(List.of()).build();

    DueCalendar calendar = DueCalendar.of(noStrategy, DateRange.ofYears(2021, 2026));

    assertThat(calendar.getItems()).isNotEmpty()
        .allMatch(item -> item.getDocument().value().equals("VA2021"))
        .allMatch(item -> item.getMunicipality().isEmpty() || item.getKind() == DueKind.SECRETARIES_MEETING);
  }

  @Test
  void items_come_by_date_then_kind_each_with_its_own_uid() {
    DueCalendar calendar = QUERIES.due(DateRange.ofYears(2014, 2030));

    assertThat(calendar.getItems()).isSortedAccordingTo(DueItem.ORDER);
    assertThat(uids(calendar)).doesNotHaveDuplicates();
  }

  @Test
  void an_item_is_the_same_whether_its_year_is_asked_alone_or_within_a_range() {
    DueCalendar whole = QUERIES.due(DateRange.ofYears(2021, 2026));

    IntStream.rangeClosed(2021, 2026).forEach(year -> {
      for (DueItem item : QUERIES.due(DateRange.ofYear(year)).getItems()) {
        assertThat(whole.item(item.getUid())).contains(item);
      }
    });
  }

  @Test
  void every_item_cites_an_existing_clause_and_describes_itself_in_both_languages() {
    for (DueItem item : QUERIES.due(DateRange.ofYears(2014, 2030)).getItems()) {
      assertThat(Documents.findClause(item.getClause())).isPresent();
      assertThat(Documents.findRule(item.getRule())).isPresent();
      for (Locale language : Messages.LANGUAGES) {
        Messages messages = Messages.of(language);
        assertThat(item.description(messages)).isNotBlank().doesNotContain("{");
        assertThat(messages.text(item.getStatus().messageKey())).isNotBlank();
      }
    }
  }

  @Test
  void a_range_that_ends_before_it_starts_is_refused() {
    DateRange reversed = DateRange.of(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1));

    assertThatThrownBy(() -> QUERIES.due(reversed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
  }
}
