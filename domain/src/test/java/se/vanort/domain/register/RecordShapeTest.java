package se.vanort.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.CouncilReport;

class RecordShapeTest {
  @Test
  void an_events_attributes_are_its_settable_getters_in_declared_order_derived_ones_left_out() {
    RecordShape event = RecordShape.of(Event.class);

    assertThat(event.attributes()).extracting(RecordShape.Attribute::name).startsWith("id", "kind", "title", "date")
        .contains("agendaItems", "noticeIssuedBy", "tags")
        .doesNotContain("activityOfItsOwn", "year");
    assertThat(event.attribute("date").orElseThrow().required()).isTrue();
    assertThat(event.attribute("host").orElseThrow().required()).isFalse();
    assertThat(event.attribute("host").orElseThrow().valueType()).isEqualTo(MunicipalityId.class);
    assertThat(event.attribute("tags").orElseThrow().isCollection()).isTrue();
    assertThat(RecordShape.of(CouncilReport.class).attribute("internationalWorkIncluded").orElseThrow().required())
        .isTrue();
  }

  @Test
  void a_record_is_built_through_its_builder_and_refuses_what_its_builder_refuses() {
    RecordShape event = RecordShape.of(Event.class);
    LocalDate day = LocalDate.of(2023, 6, 14);

    assertThat(event.build(Map.of("id", EventId.of("conf-2023"), "kind", EventKind.CONFERENCE, "date", day,
        "host", MunicipalityId.of("kauhava"))))
        .isEqualTo(Event.builder().id(EventId.of("conf-2023")).kind(EventKind.CONFERENCE).date(day)
            .host(MunicipalityId.of("kauhava")).build());
    assertThatThrownBy(() -> event.build(Map.of("id", EventId.of("conf-2023")))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("date");
  }

  @Test
  void a_default_is_worked_out_on_the_record_and_java_records_are_shapes_too() {
    Agreement agreement = Agreement.builder().id(se.vanort.domain.document.DocumentId.of("VA2021"))
        .period(DateRange.ofYears(2021, 2026)).conferenceCycle(Cycle.of(2, 2021)).revisionEveryYears(6).build();
    RecordShape.Attribute meetings = RecordShape.of(Agreement.class).attribute("meetingCycle").orElseThrow();

    assertThat(meetings.isDefaulted()).isTrue();
    assertThat(meetings.defaultIn(agreement)).isEqualTo(Cycle.of(2, 2021));
    assertThat(RecordShape.isRecord(EventId.class)).as("an id is a value, not a record").isFalse();
    assertThat(RecordShape.of(Cycle.class).build(Map.of("everyYears", 2, "anchorYear", 2021))).isEqualTo(Cycle.of(2, 2021));
    assertThatThrownBy(() -> RecordShape.of(Cycle.class).build(Map.of("everyYears", 0, "anchorYear", 2021)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
