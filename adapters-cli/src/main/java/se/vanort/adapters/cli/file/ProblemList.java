package se.vanort.adapters.cli.file;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The problems found while reading one file, each at a path from the file's root, collected so
 * that the reader reports all of them at once and locates them at the end.
 */
final class ProblemList {
  // A problem is typed (the register reader's) or a text (a scenario file's, a value's refusal).
  private record Entry(String path, String message, Optional<ReadingProblem> reading, boolean atKey) {
    boolean isRequired() {
      return reading.map(r -> r.kind() == ReadingProblem.Kind.REQUIRED).orElse(false);
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final List<FileProblem> located = new ArrayList<>();

  /** Records {@code message} at {@code path}. */
  void add(String path, String message) {
    entries.add(new Entry(path, message, Optional.empty(), false));
  }

  /** Records {@code problem} at {@code path}, about the field's key if it is an unknown field. */
  void add(String path, ReadingProblem problem) {
    entries.add(new Entry(path, problem.english(), Optional.of(problem), problem.kind().atKey()));
  }

  /** Records {@code message} about the key of the field at {@code path}: an unknown field. */
  void addAtKey(String path, String message) {
    entries.add(new Entry(path, message, Optional.empty(), true));
  }

  /** Records a problem located elsewhere: in a register file that a scenario names. */
  void addLocated(List<FileProblem> problems) {
    located.addAll(problems);
  }

  /** How many problems there are so far: a mark to tell whether a record added any. */
  int size() {
    return entries.size() + located.size();
  }

  boolean isEmpty() {
    return size() == 0;
  }

  /** Every problem, located in {@code locations}, in the order of the file. */
  RegisterFileException exception(Locations locations) {
    // A missing required field is left out where the field has a problem of its own.
    Set<String> judged = entries.stream().filter(e -> !e.isRequired()).map(Entry::path)
        .collect(Collectors.toSet());
    List<FileProblem> all = new ArrayList<>();
    entries.stream().distinct()
        .filter(e -> !(e.isRequired() && judged.contains(e.path())))
        .forEach(e -> all.add(e.reading().map(r -> locations.problem(e.path(), r))
            .orElseGet(() -> locations.problem(e.path(), e.message(), e.atKey()))));
    all.sort(Comparator.comparingInt((FileProblem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
        .thenComparingInt(FileProblem::column)
        .thenComparing(FileProblem::path));
    all.addAll(located);
    return new RegisterFileException(all);
  }
}
