package se.vanort.domain.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;

/**
 * What every {@link RegisterRepository} promises, run against each implementation by a subclass
 * whose {@link #repository()} is empty at the start of every test.
 */
public abstract class RegisterRepositoryContract {
  private static final RegisterId VIMMERBY = RegisterId.of("vimmerby");

  /** The repository under test, empty at the start of each test. */
  protected abstract RegisterRepository repository();

  @Test
  void a_register_with_every_attribute_set_loads_equal_to_the_one_saved() {
    Register register = RichRegisters.every(VIMMERBY, "Vänortskonferens i Kauhava");

    RegisterRevision saved = repository().save(register);

    StoredRegister loaded = repository().load(VIMMERBY);
    assertThat(loaded.register()).isEqualTo(register);
    assertThat(loaded.revision()).isEqualTo(saved);
  }

  @Test
  void quotes_sql_fragments_and_any_unicode_round_trip_exactly() {
    RegisterId id = RegisterId.of("Þorlákshöfn 'Joniškis'; --");
    Register register = RichRegisters.every(id, RichRegisters.TRICKY);

    repository().save(register);

    assertThat(repository().load(id).register()).isEqualTo(register);
    assertThat(repository().list()).extracting(RegisterRevision::register).containsExactly(id);
  }

  @Test
  void ids_that_differ_only_in_case_or_accents_are_different_records() {
    Register register = Register.builder()
        .perspective(RichRegisters.minimal(VIMMERBY, LocalDate.of(2025, 1, 1)).getPerspective())
        .addMunicipality(municipality("vimmerby")).addMunicipality(municipality("Vimmerby")).addMunicipality(municipality("vimmerbý"))
        .build();

    repository().save(register);

    assertThat(repository().load(VIMMERBY).register().getMunicipalities())
        .extracting(Municipality::getId)
        .containsExactly(MunicipalityId.of("vimmerby"), MunicipalityId.of("Vimmerby"), MunicipalityId.of("vimmerbý"));
  }

  @Test
  void the_first_save_is_revision_1_and_every_save_adds_one() {
    RegisterRevision first = repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2024, 1, 1)));
    RegisterRevision second = repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2025, 1, 1)));
    RegisterRevision third = repository().save(RichRegisters.every(VIMMERBY, "tre"), 2);

    assertThat(List.of(first.number(), second.number(), third.number())).containsExactly(1, 2, 3);
    assertThat(third.recordCount()).isEqualTo(RichRegisters.every(VIMMERBY, "tre").recordCount());
    assertThat(repository().revisions(VIMMERBY)).containsExactly(first, second, third);
  }

  @Test
  void an_earlier_revision_stays_loadable_and_unchanged_by_later_saves() {
    Register before = RichRegisters.every(VIMMERBY, "före");
    Register after = RichRegisters.minimal(VIMMERBY, LocalDate.of(2026, 1, 1));
    repository().save(before, RegisterRepository.NEW);

    repository().save(after, 1);

    assertThat(repository().load(VIMMERBY, 1).register()).isEqualTo(before);
    assertThat(repository().load(VIMMERBY).register()).isEqualTo(after);
    assertThat(repository().load(VIMMERBY).revision().number()).isEqualTo(2);
  }

  @Test
  void saving_on_a_revision_that_is_no_longer_the_latest_is_a_conflict_and_writes_nothing() {
    repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2024, 1, 1)));
    repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2025, 1, 1)), 1);

    assertThatThrownBy(() -> repository().save(RichRegisters.every(VIMMERBY, "stale"), 1))
        .isInstanceOfSatisfying(RevisionConflictException.class, conflict -> {
          assertThat(conflict.getRegister()).isEqualTo(VIMMERBY);
          assertThat(conflict.getExpected()).isEqualTo(1);
          assertThat(conflict.getActual()).isEqualTo(2);
        })
        .hasMessageContaining("'vimmerby'").hasMessageContaining("revision 2 is the latest");
    assertThat(repository().revisions(VIMMERBY)).hasSize(2);
    assertThat(repository().load(VIMMERBY).register().asOf()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void saving_a_register_expected_to_be_new_when_it_is_stored_is_a_conflict() {
    repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2024, 1, 1)));

    assertThatThrownBy(() -> repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2025, 1, 1)),
        RegisterRepository.NEW))
        .isInstanceOf(RevisionConflictException.class)
        .hasMessageContaining("expected it to be new");
  }

  @Test
  void saving_on_a_revision_of_a_register_that_is_not_stored_is_a_conflict() {
    assertThatThrownBy(() -> repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2024, 1, 1)), 4))
        .isInstanceOf(RevisionConflictException.class)
        .hasMessageContaining("not stored");
    assertThat(repository().list()).isEmpty();
  }

  @Test
  void two_writers_racing_on_the_same_revision_give_one_success_and_one_conflict() throws Exception {
    repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2024, 1, 1)));
    Register mine = RichRegisters.every(VIMMERBY, "mine");
    Register theirs = RichRegisters.every(VIMMERBY, "theirs");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      List<Future<RegisterRevision>> saves = new ArrayList<>();
      for (Register register : List.of(mine, theirs)) {
        saves.add(writers.submit(() -> {
          start.await();
          return repository().save(register, 1);
        }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<RegisterRevision> save : saves) {
        try {
          outcomes.add(save.get(60, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(e.getCause());
        }
      }

      assertThat(outcomes).filteredOn(RegisterRevision.class::isInstance).hasSize(1);
      assertThat(outcomes).filteredOn(RevisionConflictException.class::isInstance).hasSize(1);
      assertThat(repository().revisions(VIMMERBY)).extracting(RegisterRevision::number).containsExactly(1, 2);
      assertThat(repository().load(VIMMERBY).register()).isIn(mine, theirs);
    } finally {
      writers.shutdownNow();
    }
  }

  @Test
  void a_register_that_is_not_stored_is_not_found_by_id_or_revision() {
    repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2024, 1, 1)));
    RegisterId kauhava = RegisterId.of("kauhava");

    assertThat(repository().find(kauhava)).isEmpty();
    assertThat(repository().find(VIMMERBY, 2)).isEmpty();
    assertThat(repository().revisions(kauhava)).isEmpty();
    assertThatThrownBy(() -> repository().load(kauhava))
        .isInstanceOf(RegisterNotFoundException.class).hasMessageContaining("'kauhava'");
    assertThatThrownBy(() -> repository().load(VIMMERBY, 2))
        .isInstanceOfSatisfying(RegisterNotFoundException.class,
            missing -> assertThat(missing.getRevision()).contains(2))
        .hasMessageContaining("no revision 2");
  }

  @Test
  void the_list_holds_the_latest_revision_of_every_register_ordered_by_id() {
    RegisterId kauhava = RegisterId.of("kauhava");
    RegisterId olfus = RegisterId.of("Ölfus");
    repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2024, 1, 1)));
    repository().save(RichRegisters.minimal(olfus, LocalDate.of(2024, 1, 1)));
    repository().save(RichRegisters.minimal(kauhava, LocalDate.of(2024, 1, 1)));
    RegisterRevision latest = repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2025, 1, 1)));

    assertThat(repository().list()).extracting(RegisterRevision::register).containsExactly(kauhava, VIMMERBY, olfus);
    assertThat(repository().list()).contains(latest);
  }

  @Test
  void deleting_a_register_removes_every_revision_and_leaves_the_others() {
    RegisterId kauhava = RegisterId.of("kauhava");
    Register other = RichRegisters.every(kauhava, "kvar");
    repository().save(RichRegisters.every(VIMMERBY, "bort"));
    repository().save(RichRegisters.every(VIMMERBY, "bort igen"));
    repository().save(other);

    assertThat(repository().delete(VIMMERBY)).isTrue();
    assertThat(repository().delete(VIMMERBY)).isFalse();
    assertThat(repository().find(VIMMERBY)).isEmpty();
    assertThat(repository().revisions(VIMMERBY)).isEmpty();
    assertThat(repository().load(kauhava).register()).isEqualTo(other);
  }

  @Test
  void a_deleted_register_saved_again_starts_at_revision_1() {
    repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2024, 1, 1)));
    repository().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(2025, 1, 1)));
    repository().delete(VIMMERBY);

    assertThat(repository().save(RichRegisters.every(VIMMERBY, "ny"), RegisterRepository.NEW).number()).isEqualTo(1);
    assertThat(repository().load(VIMMERBY).register()).isEqualTo(RichRegisters.every(VIMMERBY, "ny"));
  }

  private static Municipality municipality(String id) {
    return Municipality.builder().id(MunicipalityId.of(id)).name(id).country("SE").build();
  }
}
