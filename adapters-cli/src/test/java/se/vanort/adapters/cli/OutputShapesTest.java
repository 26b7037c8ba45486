package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.vanort.adapters.cli.file.RepositoryFiles;
import se.vanort.domain.Kebab;

/**
 * Every command in every format and language it accepts, against the example register and a
 * database holding two revisions of it and two saved checks: JSON parses and has its documented
 * fields, Markdown tables are whole, text has no escape codes off a terminal, and a format a
 * command cannot give is refused naming those it can.
 */
class OutputShapesTest {
  @TempDir
  static Path home;

  private static final String EXAMPLE = RepositoryFiles.file("examples/vimmerby.yaml").toString();

  /** A command, the formats it gives, and the fields of its JSON object (none: a JSON array or a register). */
  private record Command(List<String> args, List<Format> formats, List<String> fields) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  private static final List<Format> ALL = List.of(Format.TEXT, Format.JSON, Format.MARKDOWN);

  static List<Command> commands() {
    List<String> scenarios = new ArrayList<>(List.of("test"));
    RepositoryFiles.scenarios().forEach(file -> scenarios.add(file.toString()));
    return List.of(
        new Command(List.of("check", EXAMPLE), ALL,
            List.of("register", "period", "asOf", "findings", "coverage", "permissions", "rulebook", "summary")),
        new Command(List.of("check", "--db", "vimmerby"), ALL,
            List.of("register", "period", "asOf", "findings", "coverage", "permissions", "rulebook", "summary")),
        new Command(List.of("due", EXAMPLE, "--year", "2025"), ALL, List.of("range", "asOf", "items")),
        new Command(List.of("who-decides", "school-exchange", "--register", EXAMPLE), ALL,
            List.of("matter", "overBudget", "decider", "deciderText", "bodyKinds", "clause", "explanation", "bodies",
                "parties")),
        new Command(List.of("coordinator", EXAMPLE, "--on", "2024-03-01"), ALL,
            List.of("date", "clause", "nextMeeting", "meetingDate", "host", "coordinators", "explanation")),
        new Command(List.of("delegation", EXAMPLE, "conf-2025"), ALL,
            List.of("event", "date", "municipality", "members", "rulesChecked", "acceptable", "findings")),
        new Command(List.of("rules"), ALL, List.of()),
        new Command(List.of("rules", "show", "va.conference-every-second-year"), ALL,
            List.of("id", "modality", "clause", "clauses", "requirement", "interpretation")),
        new Command(List.of("coverage", EXAMPLE), ALL, List.of()),
        new Command(scenarios, ALL, List.of("scenarios", "passed", "failed")),
        new Command(List.of("diff", "vimmerby", "--revisions", "1..2"), ALL,
            List.of("register", "from", "to", "fixed", "new", "open", "summary")),
        new Command(List.of("diff", "vimmerby", "--checks", "1..2"), ALL,
            List.of("register", "from", "to", "fixed", "new", "open", "summary")),
        new Command(List.of("diff", "vimmerby", "--file", EXAMPLE), ALL,
            List.of("register", "from", "to", "fixed", "new", "open", "summary")),
        new Command(List.of("db", "import", EXAMPLE), ALL, List.of("register", "revision", "records", "stored")),
        new Command(List.of("db", "export", "vimmerby"), List.of(Format.TEXT, Format.JSON),
            List.of("perspective", "municipalities")),
        new Command(List.of("db", "list"), ALL, List.of()),
        new Command(List.of("db", "show", "vimmerby"), ALL,
            List.of("register", "revision", "latest", "savedAt", "asOf", "records", "counts", "checks")),
        new Command(List.of("db", "history", "vimmerby", "--checks"), ALL, List.of("register", "revisions", "checks")),
        new Command(List.of("init"), List.of(Format.TEXT), List.of()),
        new Command(List.of("generate-completion"), List.of(Format.TEXT), List.of()));
  }

  static Stream<Arguments> runs() {
    return commands().stream().flatMap(command -> ALL.stream().flatMap(format ->
        Stream.of(Language.EN, Language.SV).map(language -> Arguments.of(command, format, language))));
  }

  @BeforeAll
  static void database() {
    Path changed = home.resolve("changed.yaml");
    Fixtures.write(home, "changed.yaml", Fixtures.read(Path.of(EXAMPLE)).replace("asOf: 2025-12-31", "asOf: 2026-06-30"));
    assertThat(run("db", "import", EXAMPLE).code()).isZero();
    assertThat(run("check", "--db", "vimmerby", "--save").code()).isEqualTo(1);
    assertThat(run("db", "import", changed.toString()).code()).isZero();
    assertThat(run("check", "--db", "vimmerby", "--save").code()).isEqualTo(1);
  }

  private static Cli.Run run(String... args) {
    return Cli.run(Map.of("VANORT_HOME", home.toString()), args);
  }

  @ParameterizedTest(name = "{0} --format {1} --lang {2}")
  @MethodSource("runs")
  void every_command_gives_each_format_it_accepts_in_its_shape_and_refuses_the_others(Command command, Format format,
      Language language) throws Exception {
    List<String> args = new ArrayList<>(command.args());
    args.addAll(List.of("--format", Kebab.of(format), "--lang", Kebab.of(language)));
    Cli.Run run = Cli.run(new Environment(Map.of("VANORT_HOME", home.toString()), Locale.ENGLISH, false, false),
        args.toArray(String[]::new));

    assertThat(run.out()).as(run.toString()).doesNotContain("\u001b[");
    assertThat(run.err()).as(run.toString()).doesNotContain("\u001b[");
    if (!command.formats().contains(format)) {
      assertThat(run.code()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).as(run.toString()).contains("--format " + Kebab.of(format))
          .contains(String.join(", ", command.formats().stream().map(Kebab::of).toList()));
      if (format == Format.JSON) {
        assertThat(new ObjectMapper().readTree(run.out()).get("error").asText()).contains("--format json");
      }
      return;
    }
    assertThat(run.code()).as(run.toString()).isBetween(0, 1);
    switch (format) {
      case JSON -> {
        JsonNode root = new ObjectMapper().readTree(run.out());
        if (command.fields().isEmpty()) {
          assertThat(root.isArray() || root.isObject()).as(run.out()).isTrue();
        } else {
          List<String> fields = new ArrayList<>();
          root.fieldNames().forEachRemaining(fields::add);
          assertThat(fields).as(run.out()).containsAll(command.fields());
        }
      }
      case MARKDOWN -> MarkdownShape.assertWhole(run.out());
      case TEXT -> assertThat(run.out()).as(run.toString()).isNotBlank();
    }
  }
}
