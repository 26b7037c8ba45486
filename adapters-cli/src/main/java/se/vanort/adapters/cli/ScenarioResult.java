package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import se.vanort.adapters.cli.file.FlowText;

/**
 * The outcome of one scenario: the differences between what it expects and what was found, each
 * with the check it belongs to; or the problems that kept its file from being read. It also keeps
 * the rules whose findings the scenario showed, and those it showed not to fire, for coverage.
 *
 * @param file the scenario file
 * @param name the scenario's name; empty when the file could not be read
 * @param path where the scenario stands in the file; empty for a file of one scenario
 * @param found the findings of the check, in the file's form; empty when the scenario states none
 * @param differences what differs from the expectations; empty when the scenario passed
 * @param problems what kept the file from being read, or a query from being asked
 * @param rulesFound the rules of findings the scenario expected and got
 * @param rulesClear the rules the scenario showed not to fire
 */
record ScenarioResult(String file, String name, String path, ImmutableList<FlowText> found,
    ImmutableList<Difference> differences, ImmutableList<String> problems, ImmutableSet<String> rulesFound,
    ImmutableSet<String> rulesClear) {

  /** How an expectation and what was found differ. */
  enum Kind {
    /** Expected (expect, includes) and not found. */
    MISSING,
    /** Found, and not in the exact list (expect). */
    UNEXPECTED,
    /** Found, and excluded (excludes). */
    EXCLUDED,
    /** A query's answer differs in a field. */
    ANSWER,
    /** The register was read, and the scenario expected it refused. */
    NOT_REFUSED
  }

  /**
   * One difference.
   *
   * @param check the part of the scenario: {@code findings}, {@code due[0]}, {@code refused}, …
   * @param kind how it differs
   * @param expected what the scenario expects, in its form; absent for a finding not expected
   * @param found what was found, in the file's form (for a missing one: the nearest of its rule); absent when nothing
   * @param fields the fields in which the nearest found differs from the expected
   */
  record Difference(String check, Kind kind, Optional<FlowText> expected, Optional<FlowText> found,
      ImmutableList<String> fields) {}

  boolean passed() {
    return differences.isEmpty() && problems.isEmpty();
  }

  /** The problems of a file that could not be read. */
  static ScenarioResult unreadable(String file, List<String> problems) {
    return new ScenarioResult(file, "", "", ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(problems),
        ImmutableSet.of(), ImmutableSet.of());
  }
}
