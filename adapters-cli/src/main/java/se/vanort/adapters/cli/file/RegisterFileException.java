package se.vanort.adapters.cli.file;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A register or scenario file could not be read: its syntax, its shape or its content is wrong.
 * The message lists every problem found, one per line, each with file, line, column and path.
 */
public final class RegisterFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<FileProblem> problems;

  /** An exception for {@code problems}, which must not be empty. */
  public RegisterFileException(List<FileProblem> problems) {
    super(describe(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String describe(List<FileProblem> problems) {
    checkArgument(problems != null && !problems.isEmpty(), "a file exception needs at least one problem");
    return problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n"));
  }

  /** Every problem found, in the order of the file where it is known. */
  public List<FileProblem> getProblems() {
    return problems;
  }
}
