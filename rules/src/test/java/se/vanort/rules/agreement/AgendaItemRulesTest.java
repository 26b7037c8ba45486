package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.rules.FactValues;
import java.util.List;

class AgendaItemRulesTest {
  private static final String NORDEN = "va.norden-meeting-at-conference";
  private static final String DEVELOPMENT = "va.development-exchange";
  private static final String ACTIVITY_PLAN = "va.meeting-evaluates-activity-plan";

  private static Event without(Event event, AgendaItem item) {
    return event.withAgendaItems(event.getAgendaItems().stream().filter(i -> i != item)
        .collect(ImmutableSet.toImmutableSet()));
  }

  @Test
  void a_conference_without_room_for_norden_is_a_shall_finding_on_that_conference() {
    var register = ChainFixture.va2021().event("conf-2023", c -> without(c, AgendaItem.NORDEN_MEETING)).build();

    assertThat(Checks.findings(register, NORDEN)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/A4"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.subjectIds()).containsExactly("conf-2023");
      assertThat(finding.getDate()).contains(LocalDate.of(2023, 6, 14));
      assertThat(FactValues.of(finding)).containsExactly(entry("event", List.of("conf-2023")),
          entry("date", List.of("2023-06-14")), entry("host", List.of("kauhava")),
          entry("agenda", List.of("development-exchange")));
    });
  }

  @Test
  void a_conference_without_a_development_exchange_is_a_shall_finding() {
    var register = ChainFixture.va2021().event("conf-2021", c -> without(c, AgendaItem.DEVELOPMENT_EXCHANGE)).build();

    assertThat(Checks.findings(register, DEVELOPMENT)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/A5"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.subjectIds()).containsExactly("conf-2021");
      assertThat(finding.getDate()).contains(LocalDate.of(2021, 6, 14));
    });
  }

  @Test
  void a_meeting_that_does_not_evaluate_the_activity_plan_is_a_shall_finding() {
    var register = ChainFixture.va2021().event("meet-2025", m -> without(m, AgendaItem.EVALUATE_ACTIVITY_PLAN)).build();

    assertThat(Checks.findings(register, ACTIVITY_PLAN)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/O1a"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.subjectIds()).containsExactly("meet-2025");
      assertThat(finding.getDate()).contains(LocalDate.of(2025, 6, 15));
    });
  }

  @Test
  void the_conference_agenda_does_not_count_for_the_meeting() {
    var register = ChainFixture.va2021()
        .event("conf-2023", c -> c.withAgendaItems(AgendaItem.values()))
        .event("meet-2023", m -> without(m, AgendaItem.EVALUATE_ACTIVITY_PLAN)).build();

    assertThat(Checks.findings(register, ACTIVITY_PLAN)).extracting(f -> f.subjectIds()).containsExactly(
        ImmutableList.of("meet-2023"));
  }

  @Test
  void agendas_with_every_item_are_no_finding() {
    var register = ChainFixture.va2021().build();

    assertThat(Checks.findings(register, NORDEN)).isEmpty();
    assertThat(Checks.findings(register, DEVELOPMENT)).isEmpty();
    assertThat(Checks.findings(register, ACTIVITY_PLAN)).isEmpty();
  }

  @Test
  void an_agenda_of_an_event_in_the_future_of_as_of_is_not_a_finding() {
    var register = ChainFixture.va2021()
        .event("conf-2025", c -> c.withAgendaItems())
        .event("meet-2025", m -> m.withAgendaItems())
        .asOf(LocalDate.of(2025, 6, 13)).build();

    assertThat(Checks.findings(register, NORDEN)).isEmpty();
    assertThat(Checks.findings(register, DEVELOPMENT)).isEmpty();
    assertThat(Checks.findings(register, ACTIVITY_PLAN)).isEmpty();
  }

  @Test
  void a_conference_of_another_chain_is_not_checked() {
    MunicipalityId tonder = MunicipalityId.of("tonder");
    var chain = ChainFixture.va2021().addMunicipality(tonder);
    var register = chain.addEvent(chain.conference("conf-tonder", 2022, tonder).withAgendaItems()).build();

    assertThat(Checks.findings(register, NORDEN)).isEmpty();
  }
}
