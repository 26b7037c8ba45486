package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import se.vanort.adapters.cli.file.RepositoryFiles;

/**
 * Every example in every command's help, in English and in Swedish, runs against the example
 * register and a database holding it: it ends with 0 or 1, never with a usage error or a bad id.
 */
class HelpExamplesTest {
  @TempDir
  static Path home;

  private static final String EXAMPLE = RepositoryFiles.file("examples/vimmerby.yaml").toString();

  static Stream<String> examples() {
    Set<String> examples = new LinkedHashSet<>();
    for (Language language : Language.values()) {
      CommandLine root = Main.commandLine(new Environment(Map.of(), Locale.ENGLISH, false, false),
          new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), language);
      collect(root, examples);
    }
    return examples.stream();
  }

  private static void collect(CommandLine command, Set<String> examples) {
    for (String line : command.getCommandSpec().usageMessage().description()) {
      if (line.startsWith("  vanort ")) {
        examples.add(line.strip());
      }
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, examples));
  }

  @BeforeAll
  static void database() {
    Fixtures.write(home, "changed.yaml", Fixtures.read(Path.of(EXAMPLE)).replace("asOf: 2025-12-31", "asOf: 2026-06-30"));
    assertThat(run("db", "import", EXAMPLE).code()).isZero();
    assertThat(run("check", "--db", "vimmerby", "--save").code()).isEqualTo(1);
    assertThat(run("db", "import", home.resolve("changed.yaml").toString()).code()).isZero();
    assertThat(run("check", "--db", "vimmerby", "--save").code()).isEqualTo(1);
  }

  private static Cli.Run run(String... args) {
    return Cli.run(Map.of("VANORT_HOME", home.toString()), args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_example_in_the_help_runs(String example) throws IOException {
    Cli.Run run = run(arguments(example));

    assertThat(run.code()).as(example + "\n" + run).isBetween(0, 1);
    assertThat(run.err()).as(example + "\n" + run).doesNotContain("vanort: ");
  }

  /**
   * The example as arguments: the shell's redirection left out, the repository's files found from
   * here, a glob expanded, and every file it writes put in the test's directory.
   */
  private static String[] arguments(String example) throws IOException {
    List<String> words = new ArrayList<>(List.of(example.split(" +")));
    int redirect = words.indexOf(">");
    if (redirect >= 0) {
      words = new ArrayList<>(words.subList(0, redirect));
    }
    List<String> args = new ArrayList<>();
    for (String word : words.subList(1, words.size())) {
      if (word.startsWith("examples/") && word.contains("*")) {
        try (Stream<Path> files = Files.list(RepositoryFiles.file(word.substring(0, word.lastIndexOf('/'))))) {
          files.filter(file -> file.toString().endsWith(".yaml")).sorted().forEach(file -> args.add(file.toString()));
        }
      } else if (word.startsWith("examples/")) {
        args.add(RepositoryFiles.file(word).toString());
      } else if (word.matches("[\\w.-]+\\.(ics|json|yaml|xml|html)")) {
        args.add(home.resolve(word).toString());
      } else {
        args.add(word);
      }
    }
    return args.toArray(String[]::new);
  }
}
