package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.vanort.adapters.cli.file.RepositoryFiles;

/**
 * The build's gate on the project's own suite: {@code vanort test examples/scenarios --coverage
 * --threshold 100} passes, so every scenario holds and every rule of the rulebook is shown both
 * finding a breach and not finding one. A failure prints the command's whole output.
 */
class ProjectScenarioSuiteTest {
  @Test
  void the_project_suite_passes_and_shows_every_rule_both_ways() {
    Cli.Run run = Cli.run("test", RepositoryFiles.file("examples/scenarios").toString(), "--coverage",
        "--threshold", "100");

    assertThat(run.code()).as("vanort test examples/scenarios --coverage --threshold 100\n%s", run).isZero();
    assertThat(run.out()).contains("(100%)").doesNotContain("FAIL");
  }
}
