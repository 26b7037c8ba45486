package se.vanort.adapters.cli.file;

import java.util.List;
import java.util.Optional;

/**
 * What a scenario says of a list of results (findings, or items of the calendar): {@code expect},
 * exactly these and no others; {@code includes}, at least these; {@code excludes}, none of these.
 * Each may be left out.
 *
 * @param <E> the kind of expectation
 * @param exactly the complete list, when the scenario gives {@code expect}
 * @param includes those that must be among the results
 * @param excludes those that must not be among them
 */
public record Expectations<E>(Optional<List<E>> exactly, List<E> includes, List<E> excludes) {
  /** Copies the lists. */
  public Expectations {
    exactly = exactly.map(List::copyOf);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /** {@return whether the scenario says anything of the results at all} */
  public boolean isStated() {
    return exactly.isPresent() || !includes.isEmpty() || !excludes.isEmpty();
  }
}
