package se.vanort.domain.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import se.vanort.domain.register.Register;
import se.vanort.domain.generators.RegisterGenerators;

/**
 * The claims every {@link RegisterRepository} must hold for any valid register, run against each
 * implementation by a subclass; {@link #examples()} lets a slow database try fewer registers.
 */
public abstract class RegisterRepositoryPropertyContract {
  /** The repository under test, empty at the start of each test. */
  protected abstract RegisterRepository repository();

  /** How many small registers each claim tries. */
  protected abstract int examples();

  @Test
  void any_register_saved_and_loaded_is_equal_to_itself() {
    qt().withExamples(examples()).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      RegisterRevision saved = repository().save(register);

      StoredRegister loaded = repository().load(register.getId(), saved.number());

      assertThat(loaded.register()).isEqualTo(register);
      assertThat(loaded.revision()).isEqualTo(saved);
    });
  }

  @Test
  void a_later_revision_never_changes_an_earlier_one() {
    qt().withExamples(Math.max(1, examples() / 4))
        .forAll(RegisterGenerators.registers(), RegisterGenerators.registers())
        .checkAssert((earlier, later) -> {
          RegisterRevision first = repository().save(earlier);
          Register next = later.withId(earlier.getId());

          RegisterRevision second = repository().save(next, first.number());

          assertThat(repository().load(earlier.getId(), first.number()).register()).isEqualTo(earlier);
          assertThat(repository().load(earlier.getId()).register()).isEqualTo(next);
          assertThat(second.number()).isEqualTo(first.number() + 1);
        });
  }

  @Test
  void registers_larger_than_a_batch_round_trip() {
    qt().withExamples(3).forAll(RegisterGenerators.registers(1_000, 3_000)).checkAssert(register -> {
      RegisterRevision saved = repository().save(register);

      assertThat(repository().load(register.getId(), saved.number()).register()).isEqualTo(register);
    });
  }
}
