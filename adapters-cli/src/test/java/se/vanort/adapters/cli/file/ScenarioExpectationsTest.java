package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.vanort.rules.Finding;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;

/** The example scenarios say exactly what the rulebook finds: they are documentation that cannot drift. */
class ScenarioExpectationsTest {
  @ParameterizedTest
  @MethodSource("se.vanort.adapters.cli.file.RepositoryFiles#scenarios")
  void every_example_scenario_expects_exactly_the_findings_of_the_rulebook(Path file) throws RegisterFileException {
    Scenario scenario = ScenarioFiles.read(file);
    Report report = scenario.period()
        .map(period -> Rulebook.standard().check(scenario.register(), period))
        .orElseGet(() -> Rulebook.standard().check(scenario.register()));

    List<Finding> unexpected = new ArrayList<>(report.getFindings());
    List<ExpectedFinding> missing = new ArrayList<>();
    for (ExpectedFinding expected : scenario.expected()) {
      unexpected.stream()
          .filter(f -> expected.matches(f.getRule().value(), f.subjectIds()))
          .findFirst()
          .ifPresentOrElse(unexpected::remove, () -> missing.add(expected));
    }

    assertThat(missing).as("expected but not found").isEmpty();
    assertThat(unexpected).as("found but not expected")
        .extracting(f -> f.getRule() + " " + f.subjectIds()).isEmpty();
  }
}
