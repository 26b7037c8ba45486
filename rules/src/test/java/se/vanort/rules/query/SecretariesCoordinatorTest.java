package se.vanort.rules.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.vanort.domain.register.Register;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.rules.Messages;

class SecretariesCoordinatorTest {
  private static final Queries QUERIES = Queries.of(Chain.register());
  private static final Messages EN = Messages.of(Locale.ENGLISH);
  private static final Messages SV = Messages.of(Locale.forLanguageTag("sv"));

  @Test
  void the_secretary_of_the_next_meetings_host_coordinates() {
    Coordination coordination = QUERIES.coordinatorOn(LocalDate.of(2024, 3, 1));

    assertThat(coordination.isKnown()).isTrue();
    assertThat(coordination.getNextMeeting()).contains(EventId.of("meet-2025"));
    assertThat(coordination.getHost()).contains(Chain.KAUHAVA);
    assertThat(coordination.getCoordinators()).extracting(Person::getId).containsExactly(PersonId.of("p-sec-kau"));
    assertThat(coordination.getClause()).isEqualTo(ClauseId.of("VA2021/O3"));
    assertThat(coordination.explanation(EN)).contains("Aino Mäki").contains("meet-2025").contains("kauhava");
    assertThat(coordination.explanation(SV)).contains("Aino Mäki").contains("vänortsmöte");
  }

  @Test
  void the_coordinator_is_whoever_holds_the_hosts_secretaryship_on_the_day_asked() {
    Coordination coordination = QUERIES.coordinatorOn(LocalDate.of(2025, 3, 1));

    assertThat(coordination.getCoordinators()).extracting(Person::getId).containsExactly(PersonId.of("p-sec-kau2"));
  }

  @Test
  void on_the_day_of_a_meeting_the_next_one_counts() {
    Coordination coordination = QUERIES.coordinatorOn(LocalDate.of(2023, 6, 15));

    assertThat(coordination.getNextMeeting()).contains(EventId.of("meet-2025"));
  }

  @Test
  void with_no_later_meeting_no_one_is_named_and_the_answer_says_why() {
    Coordination coordination = QUERIES.coordinatorOn(LocalDate.of(2025, 9, 1));

    assertThat(coordination.isKnown()).isFalse();
    assertThat(coordination.getNextMeeting()).isEmpty();
    assertThat(coordination.getExplanationKey()).isEqualTo("query.coordinator.no-next-meeting");
    assertThat(coordination.explanation(EN)).contains("2025-09-01").contains("no later twin-town meeting");
    assertThat(coordination.explanation(SV)).contains("inget senare vänortsmöte");
  }

  @Test
  void a_host_without_a_secretary_on_the_day_is_named_with_the_reason() {
    Register register = Chain.builder()
        .addEvent(Chain.event("meet-2027", EventKind.TWIN_TOWN_MEETING, LocalDate.of(2027, 6, 1), Chain.OLFUS)
            .build())
        .build();

    Coordination coordination = Queries.of(register).coordinatorOn(LocalDate.of(2026, 1, 1));

    assertThat(coordination.isKnown()).isFalse();
    assertThat(coordination.getHost()).contains(Chain.OLFUS);
    assertThat(coordination.getExplanationKey()).isEqualTo("query.coordinator.no-secretary");
    assertThat(coordination.explanation(EN)).contains("olfus has no twin-town secretary");
  }

  @Test
  void a_meeting_without_a_host_is_named_with_the_reason() {
    Register register = Chain.builder()
        .addEvent(se.vanort.domain.event.Event.builder().id(EventId.of("meet-2027"))
            .kind(EventKind.TWIN_TOWN_MEETING).date(LocalDate.of(2027, 6, 1)).build())
        .build();

    Coordination coordination = SecretariesCoordinator.on(register, LocalDate.of(2026, 1, 1));

    assertThat(coordination.getNextMeeting()).contains(EventId.of("meet-2027"));
    assertThat(coordination.getHost()).isEmpty();
    assertThat(coordination.getExplanationKey()).isEqualTo("query.coordinator.no-host");
    assertThat(coordination.explanation(SV)).contains("värdkommunen är inte registrerad");
  }
}
