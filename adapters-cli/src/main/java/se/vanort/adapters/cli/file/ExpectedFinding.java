package se.vanort.adapters.cli.file;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A finding a scenario expects: the rule that reports it and the ids of the records it concerns,
 * compared as a set; no subjects matches a finding of the rule whatever it concerns.
 *
 * @param rule the rule id, e.g. {@code va.conference-every-second-year}
 * @param subjects the ids of the records concerned, in any order; empty for any
 */
public record ExpectedFinding(String rule, List<String> subjects) {
  /** Copies the subjects; refuses a missing rule. */
  public ExpectedFinding {
    checkArgument(rule != null && !rule.isBlank(), "an expected finding names its rule");
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }

  /** Whether a finding of {@code findingRule} about {@code findingSubjects} is the one expected. */
  public boolean matches(String findingRule, Collection<String> findingSubjects) {
    return rule.equals(findingRule) && (subjects.isEmpty() || Set.copyOf(subjects).equals(Set.copyOf(findingSubjects)));
  }

  /** {@code rule [subject, …]}. */
  @Override
  public String toString() {
    return subjects.isEmpty() ? rule : rule + " " + subjects;
  }
}
