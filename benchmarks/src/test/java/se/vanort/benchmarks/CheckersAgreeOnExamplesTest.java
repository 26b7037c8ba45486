package se.vanort.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.vanort.adapters.cli.file.RegisterFileException;
import se.vanort.adapters.cli.file.RegisterFiles;
import se.vanort.adapters.cli.file.RegisterFormat;
import se.vanort.adapters.cli.file.Scenario;
import se.vanort.adapters.cli.file.ScenarioFiles;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.rules.Rulebook;

/**
 * The synthetic registers have no party that leaves or merges, no body without a municipality and no
 * record dated after the as-of date; the example register, the scenarios and the register of the
 * second round's edges ({@code second-round-edges.yaml}, seen over several periods and as-of dates)
 * have them. The three checkers must find the same there too, or the baselines would be measured on
 * an easier meaning than vanort's.
 */
class CheckersAgreeOnExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String EDGES = "second-round-edges.yaml";

  record Example(String name, Register register, DateRange period) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Register edges() throws IOException, RegisterFileException {
    try (InputStream in = CheckersAgreeOnExamplesTest.class.getResourceAsStream("/" + EDGES)) {
      return RegisterFiles.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), RegisterFormat.YAML, EDGES);
    }
  }

  static Stream<Example> edgeCases() throws IOException, RegisterFileException {
    Register edges = edges();
    Stream.Builder<Example> examples = Stream.builder();
    for (LocalDate asOf : List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2026, 12, 31))) {
      Register seen = edges.withPerspective(edges.getPerspective().withAsOf(asOf));
      for (DateRange period : List.of(Rulebook.defaultPeriod(seen), DateRange.ofYears(2019, 2026),
          DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2024, 6, 30)))) {
        examples.add(new Example(EDGES + " as of " + asOf + " over " + period, seen, period));
      }
    }
    return examples.build();
  }

  static Stream<Example> examples() throws IOException, RegisterFileException {
    Register vimmerby = RegisterFiles.read(EXAMPLES.resolve("vimmerby.yaml"));
    Stream.Builder<Example> examples = Stream.builder();
    edgeCases().forEach(examples::add);
    examples.add(new Example("vimmerby.yaml", vimmerby, Rulebook.defaultPeriod(vimmerby)));
    try (Stream<Path> files = Files.list(EXAMPLES.resolve("scenarios"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (Scenario scenario : ScenarioFiles.read(file)) {
          // a scenario that expects its register refused has no register to check
          scenario.register().ifPresent(register -> examples.add(new Example(file.getFileName() + ": "
              + scenario.name(), register, scenario.period().orElse(Rulebook.defaultPeriod(register)))));
        }
      }
    }
    return examples.build();
  }

  private static ImmutableList<Outcome> vanort(Example example) {
    return Outcome.sorted(Rulebook.standard().check(example.register(), example.period()).getFindings().stream()
        .filter(finding -> FiveRules.IDS.contains(finding.getRule().value()))
        .map(Outcome::of)
        .toList());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void the_hand_written_baseline_finds_exactly_what_vanort_finds(Example example) {
    assertThat(Outcome.sorted(HandWrittenChecker.check(example.register(), example.period())))
        .containsExactlyElementsOf(vanort(example));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void easy_rules_finds_exactly_what_vanort_finds(Example example) {
    assertThat(Outcome.sorted(EasyRulesChecker.check(example.register(), example.period())))
        .containsExactlyElementsOf(vanort(example));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void drools_finds_exactly_what_vanort_finds(Example example) {
    assertThat(Outcome.sorted(DroolsChecker.check(example.register(), example.period())))
        .containsExactlyElementsOf(vanort(example));
  }

  @Test
  void the_edges_give_every_kind_of_finding_of_the_five_rules() throws Exception {
    assertThat(edgeCases().flatMap(example -> vanort(example).stream()).map(Outcome::key).distinct())
        .containsExactlyInAnyOrder(FiveRules.CONFERENCE, FiveRules.DELEGATION + ".political",
            FiveRules.DELEGATION + ".administrative", FiveRules.TWIN_TOWN, FiveRules.TWIN_TOWN_UNDECIDED,
            FiveRules.FUNDING, FiveRules.FUNDING + FiveRules.LATE, FiveRules.PUBLISHED,
            FiveRules.PUBLISHED + FiveRules.LATE);
  }
}
