package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.vanort.adapters.cli.file.RepositoryFiles;

/**
 * The scenario examples of the README, docs/cli.md and docs/scenario-format.md run and pass: each
 * scenario shown is written next to the shared base register (registers/base.yaml) and the example
 * register (vimmerby.yaml) and run, and each {@code vanort test} command shown is run on the
 * repository's files.
 */
class DocumentedScenariosTest {
  private static final List<String> DOCUMENTS = List.of("README.md", "docs/cli.md", "docs/scenario-format.md");
  private static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern COMMAND = Pattern.compile("^(?:bin/)?(vanort test .*)$", Pattern.MULTILINE);

  @TempDir
  Path directory;

  static Stream<Arguments> scenarios() throws IOException {
    List<Arguments> scenarios = new ArrayList<>();
    for (String document : DOCUMENTS) {
      Matcher block = YAML.matcher(Files.readString(RepositoryFiles.file(document)));
      for (int i = 1; block.find(); i++) {
        String yaml = block.group(1);
        if (yaml.lines().anyMatch(line -> line.startsWith("register:"))) {
          scenarios.add(Arguments.of(document + " example " + i, yaml));
        }
      }
    }
    return scenarios.stream();
  }

  static Stream<Arguments> commands() throws IOException {
    List<Arguments> commands = new ArrayList<>();
    for (String document : DOCUMENTS) {
      Matcher command = COMMAND.matcher(Files.readString(RepositoryFiles.file(document)));
      while (command.find()) {
        commands.add(Arguments.of(document, command.group(1)));
      }
    }
    return commands.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void every_scenario_shown_runs_and_passes(String where, String yaml) throws IOException {
    Path registers = Files.createDirectories(directory.resolve("registers"));
    Files.copy(RepositoryFiles.file("examples/scenarios/registers/base.yaml"), registers.resolve("base.yaml"));
    Files.copy(RepositoryFiles.file("examples/vimmerby.yaml"), directory.resolve("vimmerby.yaml"));
    String file = Fixtures.write(directory, "shown.yaml", yaml);

    Cli.Run run = Cli.run("test", file);

    assertThat(run.code()).as(where + "\n" + yaml + "\n" + run).isZero();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("commands")
  void every_test_command_shown_runs_and_passes(String where, String command) {
    List<String> args = new ArrayList<>();
    for (String word : command.split(" +")) {
      if (word.startsWith("examples/")) {
        args.add(RepositoryFiles.file(word).toString());
      } else if (word.endsWith(".xml")) {
        args.add(directory.resolve(word).toString());
      } else {
        args.add(word);
      }
    }

    Cli.Run run = Cli.run(args.subList(1, args.size()).toArray(String[]::new));

    assertThat(run.code()).as(where + ": " + command + "\n" + run).isZero();
  }
}
