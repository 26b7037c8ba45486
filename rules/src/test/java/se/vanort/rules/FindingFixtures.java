package se.vanort.rules;

import java.util.stream.Stream;
import se.vanort.domain.examples.ExampleRegisters;
import se.vanort.rules.agreement.AgreementTextFixtures;
import se.vanort.rules.strategy.StrategyTextFixtures;

/** Checks that together make every rule report each of its kinds of findings, for the tests of texts. */
final class FindingFixtures {
  private FindingFixtures() {}

  static Stream<Finding> findings() {
    return Stream.of(Stream.of(Rulebook.standard().check(ExampleRegisters.vimmerby2016())),
            AgreementTextFixtures.reports(), StrategyTextFixtures.reports())
        .flatMap(reports -> reports)
        .flatMap(report -> report.getFindings().stream());
  }
}
