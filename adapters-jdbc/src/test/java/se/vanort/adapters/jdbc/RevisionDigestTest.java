package se.vanort.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.examples.ExampleRegisters;
import se.vanort.domain.register.Register;

/**
 * The canonical form of a revision does not move: the digest of the example register is the one the
 * writer gave before its tables were described as data (the positional writer of V4's time), so
 * every revision already stored keeps verifying.
 */
class RevisionDigestTest {
  @Test
  void the_example_registers_digest_is_the_one_stored_revisions_were_given() {
    assertThat(RegisterWriter.digest(ExampleRegisters.vimmerby2016()))
        .isEqualTo("74c6eb3269355994b7d32730d366ddc93bc4799c92c1ed1b710fbe595ff09b32");
  }

  @Test
  void a_column_added_later_counts_in_the_digest_once_it_holds_a_value() {
    Event visit = Event.builder().id(EventId.of("visit-2016")).kind(EventKind.STUDY_VISIT)
        .date(LocalDate.of(2016, 5, 2)).build();
    Register without = Register.builder().from(ExampleRegisters.vimmerby2016()).addEvent(visit).build();
    Register located = without.withEvents(visit.withLocation("Vimmerby stadshus"));

    assertThat(RegisterWriter.digest(located)).isNotEqualTo(RegisterWriter.digest(without));
  }
}
