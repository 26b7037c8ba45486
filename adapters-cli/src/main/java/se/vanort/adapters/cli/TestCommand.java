package se.vanort.adapters.cli;

import java.util.Collection;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vanort.adapters.cli.ScenarioResult.Difference;
import se.vanort.adapters.cli.file.FlowText;
import se.vanort.adapters.cli.file.RegisterFileException;
import se.vanort.adapters.cli.file.RegisterFormat;
import se.vanort.adapters.cli.file.Scenario;
import se.vanort.adapters.cli.file.ScenarioFiles;
import se.vanort.domain.Kebab;
import se.vanort.domain.register.InvalidRegisterException;

/** {@code vanort test SCENARIO...}: a municipality's own regression tests of its records. */
@Command(name = "test",
    header = "Run scenario files: registers and what is expected of them.",
    description = {
        "Each scenario names a register (a base register with changes: records added, replaced or removed"
            + " by id) and what it expects: findings exactly (expect), at least (includes) or not (excludes),"
            + " the answers of due, who-decides, coordinator and delegation, or that the register is refused."
            + " A file holds one scenario or a list of them; a directory stands for its scenario files. The"
            + " command prints what differs and ends with 'N passed, N failed'. Exit 0 when all passed, 1 when"
            + " a scenario failed (or the coverage is below --threshold), 2 when a file is invalid.",
        "",
        "Examples:",
        "  vanort test examples/scenarios",
        "  vanort test examples/scenarios --run secretar --format json",
        "  vanort test examples/scenarios --coverage --threshold 100 --junit scenarios.xml"})
final class TestCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Parameters(paramLabel = "SCENARIO", arity = "1..*", descriptionKey = "scenario-files",
      description = "Scenario files (YAML or JSON), or directories of them.")
  List<Path> files;

  @Option(names = "--run", paramLabel = "REGEX", descriptionKey = "run",
      description = "Run only the scenarios whose name contains a match of REGEX.")
  String run;

  @Option(names = "--junit", paramLabel = "FILE", descriptionKey = "junit",
      description = "Also write the results as JUnit XML, as CI servers read them.")
  Path junit;

  @Option(names = "--force", descriptionKey = "test-force", description = "Overwrite the --junit file if it exists.")
  boolean force;

  @Option(names = "--coverage", descriptionKey = "coverage",
      description = "List every rule of the catalogue with whether the scenarios showed it finding and not finding.")
  boolean coverage;

  @Option(names = "--threshold", paramLabel = "PERCENT", descriptionKey = "threshold",
      description = "With --coverage: fail (exit 1) when fewer than PERCENT of the rules are shown both ways.")
  Integer threshold;

  @Override
  public Integer call() throws IOException {
    Texts texts = options.texts();
    Optional<Pattern> selected = selection(texts);
    if (threshold != null && (threshold < 0 || threshold > 100)) {
      throw new BadInputException(texts.get("test.threshold-range", threshold));
    }
    if (junit != null) {
      OutputFiles.checkWritable(junit, force, texts);
    }
    List<ScenarioResult> results = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : scenarioFiles(texts)) {
      try {
        for (Scenario scenario : ScenarioFiles.read(file, reading.limits())) {
          if (selected.isEmpty() || selected.get().matcher(scenario.name()).find()) {
            ScenarioResult result = ScenarioRun.run(scenario, texts);
            unreadable |= !result.problems().isEmpty();
            results.add(result);
          }
        }
      } catch (RegisterFileException e) {
        unreadable = true;
        results.add(ScenarioResult.unreadable(file.toString(), Registers.lines(e.getProblems())));
      } catch (InvalidRegisterException e) {
        unreadable = true;
        results.add(ScenarioResult.unreadable(file.toString(),
            e.getProblems().stream().map(Object::toString).toList()));
      }
    }
    if (results.isEmpty() && selected.isPresent()) {
      throw new BadInputException(texts.get("test.run-none", run));
    }
    Optional<ScenarioCoverage> covered = coverage || threshold != null
        ? Optional.of(ScenarioCoverage.of(results)) : Optional.empty();
    print(results, covered, texts);
    if (junit != null) {
      Files.writeString(junit, JunitReport.of(results, texts));
      options.err().println(texts.get("test.junit-written", junit));
    }
    long failed = results.stream().filter(r -> !r.passed()).count();
    boolean below = threshold != null && covered.get().percent() < threshold;
    if (below) {
      options.err().println(texts.get("test.coverage.below", covered.get().percent(), threshold));
    }
    return unreadable ? ExitCodes.BAD_INPUT : failed > 0 || below ? ExitCodes.BREACH : ExitCodes.OK;
  }

  private Optional<Pattern> selection(Texts texts) {
    if (run == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(run));
    } catch (PatternSyntaxException e) {
      throw new BadInputException(texts.get("test.run-invalid", run, e.getDescription()));
    }
  }

  /** The files named, with each directory standing for its scenario files (not those of its subdirectories). */
  private List<Path> scenarioFiles(Texts texts) throws IOException {
    List<Path> scenarioFiles = new ArrayList<>();
    for (Path file : files) {
      if (Files.isDirectory(file)) {
        try (Stream<Path> listed = Files.list(file)) {
          List<Path> found = listed.filter(f -> Files.isRegularFile(f) && RegisterFormat.ofFile(f).isPresent())
              .sorted().toList();
          if (found.isEmpty()) {
            throw new BadInputException(texts.get("test.no-files", file));
          }
          scenarioFiles.addAll(found);
        }
      } else {
        scenarioFiles.add(file);
      }
    }
    return scenarioFiles;
  }

  private void print(List<ScenarioResult> results, Optional<ScenarioCoverage> covered, Texts texts) {
    PrintWriter out = options.out();
    long passed = results.stream().filter(ScenarioResult::passed).count();
    long failed = results.size() - passed;
    switch (options.format) {
      case JSON -> {
        ObjectNode root = json(results);
        root.put("passed", passed).put("failed", failed);
        covered.ifPresent(c -> root.set("coverage", c.json(threshold)));
        Json.print(out, root);
      }
      case MARKDOWN -> {
        markdown(out, results, texts);
        covered.ifPresent(c -> c.markdown(out, texts));
        out.println();
        out.println(texts.get("test.summary", passed, failed));
      }
      case TEXT -> {
        text(out, results, texts);
        covered.ifPresent(c -> c.text(out, texts));
        out.println(texts.get("test.summary", passed, failed));
      }
    }
  }

  private void text(PrintWriter out, List<ScenarioResult> results, Texts texts) {
    Ansi ansi = options.colour() ? Ansi.ON : Ansi.OFF;
    for (ScenarioResult result : results) {
      String verdict = result.passed() ? ansi.string("@|green " + texts.get("test.pass") + "|@")
          : ansi.string("@|bold,red " + texts.get("test.fail") + "|@");
      out.println(verdict + "  " + result.file() + (result.name().isEmpty() ? "" : "  (" + result.name() + ")"));
      result.problems().forEach(line -> out.println("      " + line));
      details(result, texts).forEach(line -> out.println("      " + line));
    }
  }

  /** Each difference of {@code result} as lines of text: what was expected, what was found, and how they differ. */
  static List<String> details(ScenarioResult result, Texts texts) {
    List<String> lines = new ArrayList<>();
    for (Difference difference : result.differences()) {
      String check = difference.check().equals("findings") ? "" : difference.check() + ": ";
      String expected = difference.expected().map(FlowText::toString).orElse("");
      String found = difference.found().map(FlowText::toString).orElse("");
      switch (difference.kind()) {
        case MISSING -> {
          lines.add(check + texts.get("test.missing") + ": " + expected);
          difference.found().ifPresent(nearest -> lines.add("    " + texts.get("test.nearest", nearest,
              String.join(", ", difference.fields()))));
        }
        case UNEXPECTED -> lines.add(check + texts.get("test.unexpected") + ": " + found);
        case EXCLUDED -> lines.add(check + texts.get("test.excluded", expected) + ": " + found);
        case ANSWER -> lines.add(check + texts.get("test.answer", expected, found));
        case NOT_REFUSED -> lines.add(check + texts.get("test.not-refused") + ": " + expected);
      }
    }
    return lines;
  }

  private static ObjectNode json(List<ScenarioResult> results) {
    ObjectNode root = Json.object();
    ArrayNode scenarios = root.putArray("scenarios");
    for (ScenarioResult result : results) {
      ObjectNode node = scenarios.addObject().put("file", result.file()).put("name", result.name())
          .put("path", result.path()).put("passed", result.passed());
      ArrayNode found = node.putArray("found");
      result.found().forEach(finding -> found.add(json(finding)));
      ArrayNode differences = node.putArray("differences");
      ArrayNode missing = node.putArray("missing");
      ArrayNode unexpected = node.putArray("unexpected");
      for (Difference difference : result.differences()) {
        ObjectNode entry = differences.addObject().put("check", difference.check())
            .put("kind", Kebab.of(difference.kind()));
        entry.set("expected", difference.expected().map(TestCommand::json).orElse(null));
        entry.set("found", difference.found().map(TestCommand::json).orElse(null));
        ArrayNode fields = entry.putArray("fields");
        difference.fields().forEach(fields::add);
        switch (difference.kind()) {
          case MISSING -> missing.add(difference.check() + ": " + difference.expected().orElseThrow());
          case UNEXPECTED, EXCLUDED -> unexpected.add(difference.check() + ": " + difference.found().orElseThrow());
          default -> { }
        }
      }
      ArrayNode problems = node.putArray("problems");
      result.problems().forEach(problems::add);
    }
    return root;
  }

  /** A finding, an item or an answer in the file's form as JSON: numbers as numbers, lists as lists, the rest as text. */
  private static ObjectNode json(FlowText form) {
    ObjectNode node = Json.object();
    form.fields().forEach((name, value) -> {
      if (value instanceof Integer number) {
        node.put(name, number);
      } else if (value instanceof Collection<?> list) {
        ArrayNode array = node.putArray(name);
        list.forEach(element -> array.add(String.valueOf(element)));
      } else {
        node.put(name, String.valueOf(value));
      }
    });
    return node;
  }

  private static void markdown(PrintWriter out, List<ScenarioResult> results, Texts texts) {
    out.println("# " + texts.get("test.markdown.title"));
    out.println();
    out.println("| " + texts.get("test.markdown.header") + " |");
    out.println("|---|---|---|---|");
    for (ScenarioResult result : results) {
      List<String> details = new ArrayList<>(result.problems());
      details.addAll(details(result, texts));
      out.println("| " + (result.passed() ? texts.get("test.pass") : "**" + texts.get("test.fail") + "**") + " | `"
          + ReportWriter.cell(result.file()) + "` | " + ReportWriter.cell(result.name()) + " | "
          + ReportWriter.cell(details.size() + "") + " |");
    }
    for (ScenarioResult result : results) {
      if (result.passed()) {
        continue;
      }
      out.println();
      out.println("## " + texts.get("test.fail") + ": " + (result.name().isEmpty() ? result.file() : result.name()));
      out.println();
      out.println("`" + result.file() + "`" + (result.path().isEmpty() ? "" : " `" + result.path() + "`"));
      out.println();
      result.problems().forEach(line -> out.println("- " + ReportWriter.cell(line)));
      details(result, texts).forEach(line -> out.println((line.startsWith("    ") ? "  - " : "- ")
          + ReportWriter.cell(line.strip())));
    }
  }
}
