package se.vanort.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import se.vanort.domain.register.Register;
import se.vanort.domain.event.EventKind;

class SyntheticRegisterTest {
  @Test
  void a_register_holds_the_number_of_records_asked_for() {
    assertThat(SyntheticRegister.of(1_000).recordCount()).isEqualTo(1_000);
    assertThat(SyntheticRegister.of(10_000).recordCount()).isEqualTo(10_000);
  }

  @Test
  void the_same_size_and_seed_give_the_same_register() {
    assertThat(SyntheticRegister.of(2_000, 7)).isEqualTo(SyntheticRegister.of(2_000, 7));
  }

  @Test
  void another_seed_gives_another_register() {
    assertThat(SyntheticRegister.of(2_000, 7)).isNotEqualTo(SyntheticRegister.of(2_000, 8));
  }

  @Test
  void the_mix_has_delegations_at_conferences_and_many_municipalities() {
    Register register = SyntheticRegister.of(10_000);
    assertThat(register.getMunicipalities()).hasSizeGreaterThanOrEqualTo(200);
    assertThat(register.getEvents()).anySatisfy(event -> {
      assertThat(event.getKind()).isEqualTo(EventKind.CONFERENCE);
      assertThat(event.getDelegations()).isNotEmpty();
    });
    assertThat(register.getAgreements()).hasSize(6);
  }

  @Test
  void no_conference_is_held_in_the_year_left_out() {
    assertThat(SyntheticRegister.of(10_000).getEvents())
        .filteredOn(event -> event.getKind() == EventKind.CONFERENCE)
        .noneMatch(event -> event.year() == SyntheticRegister.YEAR_WITHOUT_CONFERENCE);
  }

  @Test
  void a_register_too_small_for_the_mix_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> SyntheticRegister.of(100))
        .withMessageContaining("at least 500 records");
  }
}
