package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.register.Register;
import se.vanort.rules.Chain;
import se.vanort.rules.Evaluation;

class EvaluationIndexTest {
  private static final Register REGISTER = ChainFixture.va2021().build();

  @Test
  void an_index_is_built_once_per_evaluation_and_told_apart_by_identity_not_by_name() {
    AtomicInteger built = new AtomicInteger();
    Evaluation.Index<Integer> one = Evaluation.Index.of("same name", e -> built.incrementAndGet());
    Evaluation.Index<Integer> other = Evaluation.Index.of("same name", e -> 100 + built.incrementAndGet());
    Evaluation evaluation = new Evaluation(REGISTER, DateRange.ofYears(2021, 2027));

    assertThat(evaluation.get(one)).isEqualTo(1);
    assertThat(evaluation.get(one)).isEqualTo(1);
    assertThat(evaluation.get(other)).isEqualTo(102);
    assertThat(new Evaluation(REGISTER, DateRange.ofYears(2021, 2027)).get(one)).isEqualTo(3);
    assertThat(one).hasToString("same name");
  }

  @Test
  void the_events_of_a_year_and_after_a_day_are_the_sorted_events_cut_at_the_day() {
    Evaluation evaluation = new Evaluation(REGISTER, DateRange.ofYears(2021, 2027));

    for (EventKind kind : EventKind.values()) {
      for (int year = 2020; year <= 2028; year++) {
        int of = year;
        assertThat(evaluation.events(kind, year))
            .containsExactlyElementsOf(evaluation.eventsByDate(kind).stream().filter(e -> e.year() == of).toList());
      }
      for (Event event : evaluation.eventsByDate(kind)) {
        assertThat(evaluation.eventsAfter(kind, event.getDate())).allMatch(after -> after.getDate().isAfter(event.getDate()))
            .containsExactlyElementsOf(evaluation.eventsByDate(kind).stream()
                .filter(after -> after.getDate().isAfter(event.getDate())).toList());
      }
      assertThat(evaluation.eventsByDate(kind)).containsExactlyInAnyOrderElementsOf(evaluation.events(kind));
    }
  }

  @Test
  void the_chain_answers_from_its_bits_what_its_definition_says() {
    Evaluation evaluation = new Evaluation(REGISTER, DateRange.ofYears(2021, 2027));
    Chain chain = Chain.of(evaluation);

    assertThat(REGISTER.getEvents()).isNotEmpty().allSatisfy(event -> assertThat(chain.includes(event))
        .isEqualTo(REGISTER.getAgreements().stream().anyMatch(agreement -> chain.belongsTo(agreement, event))));
    assertThat(chain.events(EventKind.CONFERENCE, 2023)).isNotEmpty().allMatch(chain::includes);
  }
}
