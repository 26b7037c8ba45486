package se.vanort.adapters.cli;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.vanort.adapters.cli.file.ExpectedFinding;
import se.vanort.rules.Finding;

/**
 * The outcome of one scenario: the findings expected but missing and those found but not expected,
 * each as {@code rule [record, …]}; or the problems that kept the file from being read.
 *
 * <p>An expected finding matches a finding of the same rule about the same set of records (any
 * records when it names none); each finding matches at most one expectation, so that two expected
 * findings need two findings.
 */
record ScenarioResult(String file, String name, ImmutableList<String> missing, ImmutableList<String> unexpected,
    ImmutableList<String> problems) {
  boolean passed() {
    return missing.isEmpty() && unexpected.isEmpty() && problems.isEmpty();
  }

  static ScenarioResult unreadable(String file, List<String> problems) {
    return new ScenarioResult(file, "", ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(problems));
  }

  static ScenarioResult compare(String file, String name, List<ExpectedFinding> expected, List<Finding> findings) {
    ListMultimap<String, Finding> unmatched = ArrayListMultimap.create();
    findings.forEach(finding -> unmatched.put(finding.getRule().value(), finding));
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    // Exact expectations first, so that one naming no records cannot take the finding another names.
    List<ExpectedFinding> ordered = expected.stream()
        .sorted(Comparator.comparing((ExpectedFinding e) -> e.subjects().isEmpty())).toList();
    for (ExpectedFinding expectation : ordered) {
      List<Finding> candidates = unmatched.get(expectation.rule());
      Optional<Finding> match = candidates.stream()
          .filter(finding -> expectation.matches(finding.getRule().value(), finding.subjectIds())).findFirst();
      match.ifPresentOrElse(candidates::remove, () -> missing.add(expectation.toString()));
    }
    ImmutableList<String> unexpected = findings.stream()
        .filter(finding -> unmatched.containsEntry(finding.getRule().value(), finding))
        .map(finding -> new ExpectedFinding(finding.getRule().value(), finding.subjectIds()).toString())
        .collect(ImmutableList.toImmutableList());
    return new ScenarioResult(file, name, missing.build(), unexpected, ImmutableList.of());
  }
}
