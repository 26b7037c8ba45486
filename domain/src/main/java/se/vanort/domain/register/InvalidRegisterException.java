package se.vanort.domain.register;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/** A register (or one of its values) was refused; {@link #getProblems()} lists every reason. */
public final class InvalidRegisterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every reason the register was refused. */
  private final ImmutableList<Problem> problems;

  /**
   * An exception for {@code problems}, which must not be empty.
   *
   * @param problems every problem found
   */
  public InvalidRegisterException(Iterable<Problem> problems) {
    super(describe(ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String describe(ImmutableList<Problem> problems) {
    checkArgument(!problems.isEmpty(), "an invalid register has at least one problem");
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the register:\n"
        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
  }

  /** {@return every problem found, in a stable order} */
  public ImmutableList<Problem> getProblems() {
    return problems;
  }
}
