package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;
import se.vanort.adapters.cli.file.FileProblem;

/**
 * Input the command cannot use: a file that is missing, a register with problems, an unknown id.
 * The command prints its lines (already in the user's language) and exits with 2; with
 * {@code --format json} it also prints its problems, each with its file, line, column and path.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> lines;
  private final ImmutableList<FileProblem> problems;

  BadInputException(String message) {
    this(ImmutableList.of(message));
  }

  BadInputException(Iterable<String> lines) {
    this(lines, ImmutableList.of());
  }

  BadInputException(Iterable<String> lines, Iterable<FileProblem> problems) {
    super(String.join("\n", lines));
    this.lines = ImmutableList.copyOf(lines);
    this.problems = ImmutableList.copyOf(problems);
  }

  /** What to tell the user, one line each. */
  ImmutableList<String> lines() {
    return lines;
  }

  /** The problems of a file, where they are known; empty for other bad input. */
  ImmutableList<FileProblem> problems() {
    return problems;
  }
}
