package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.vanort.adapters.cli.file.RegisterFileException;
import se.vanort.adapters.cli.file.Scenario;
import se.vanort.adapters.cli.file.ScenarioFiles;
import se.vanort.domain.register.InvalidRegisterException;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;

/** {@code vanort test SCENARIO...}: a municipality's own regression tests of its records. */
@Command(name = "test",
    header = "Run scenario files: a register and the findings expected of it.",
    description = {
        "Each scenario file holds a register and the findings expected of it, by rule id and record ids."
            + " The command checks each register and prints what differs: findings expected but missing, and"
            + " findings not expected. It ends with the line 'N passed, N failed' and exits with 1 if any"
            + " scenario failed (2 if a file could not be read).",
        "",
        "Example:",
        "  vanort test examples/scenarios/*.yaml"})
final class TestCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Parameters(paramLabel = "SCENARIO", arity = "1..*", descriptionKey = "scenarios",
      description = "Scenario files (YAML or JSON).")
  List<Path> files;

  @Override
  public Integer call() {
    Texts texts = options.texts();
    List<ScenarioResult> results = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        Scenario scenario = ScenarioFiles.read(file, reading.limits());
        Report report = scenario.period().isPresent()
            ? Rulebook.standard().check(scenario.register(), scenario.period().get())
            : Rulebook.standard().check(scenario.register());
        results.add(ScenarioResult.compare(file.toString(), scenario.name(), scenario.expected(), report.getFindings()));
      } catch (RegisterFileException e) {
        unreadable = true;
        results.add(ScenarioResult.unreadable(file.toString(), Registers.lines(e.getProblems())));
      } catch (InvalidRegisterException e) {
        unreadable = true;
        results.add(ScenarioResult.unreadable(file.toString(),
            e.getProblems().stream().map(Object::toString).toList()));
      }
    }
    print(results, texts);
    long failed = results.stream().filter(r -> !r.passed()).count();
    return unreadable ? ExitCodes.BAD_INPUT : failed > 0 ? ExitCodes.BREACH : ExitCodes.OK;
  }

  private void print(List<ScenarioResult> results, Texts texts) {
    PrintWriter out = options.out();
    long passed = results.stream().filter(ScenarioResult::passed).count();
    long failed = results.size() - passed;
    if (options.format == Format.JSON) {
      ObjectNode root = Json.object();
      ArrayNode scenarios = root.putArray("scenarios");
      for (ScenarioResult result : results) {
        ObjectNode node = scenarios.addObject().put("file", result.file()).put("name", result.name())
            .put("passed", result.passed());
        ArrayNode missing = node.putArray("missing");
        result.missing().forEach(missing::add);
        ArrayNode unexpected = node.putArray("unexpected");
        result.unexpected().forEach(unexpected::add);
        ArrayNode problems = node.putArray("problems");
        result.problems().forEach(problems::add);
      }
      root.put("passed", passed).put("failed", failed);
      Json.print(out, root);
      return;
    }
    if (options.format == Format.MARKDOWN) {
      markdown(out, results, texts);
      out.println();
      out.println(texts.get("test.summary", passed, failed));
      return;
    }
    Ansi ansi = options.colour() ? Ansi.ON : Ansi.OFF;
    for (ScenarioResult result : results) {
      String verdict = result.passed() ? ansi.string("@|green " + texts.get("test.pass") + "|@")
          : ansi.string("@|bold,red " + texts.get("test.fail") + "|@");
      out.println(verdict + "  " + result.file() + (result.name().isEmpty() ? "" : "  (" + result.name() + ")"));
      result.problems().forEach(line -> out.println("      " + line));
      result.missing().forEach(line -> out.println("      " + texts.get("test.missing") + ": " + line));
      result.unexpected().forEach(line -> out.println("      " + texts.get("test.unexpected") + ": " + line));
    }
    out.println(texts.get("test.summary", passed, failed));
  }

  private static void markdown(PrintWriter out, List<ScenarioResult> results, Texts texts) {
    out.println("| " + texts.get("test.markdown.header") + " |");
    out.println("|---|---|---|---|");
    for (ScenarioResult result : results) {
      List<String> details = new ArrayList<>(result.problems());
      result.missing().forEach(line -> details.add(texts.get("test.missing") + ": " + line));
      result.unexpected().forEach(line -> details.add(texts.get("test.unexpected") + ": " + line));
      out.println("| " + (result.passed() ? texts.get("test.pass") : "**" + texts.get("test.fail") + "**") + " | `"
          + ReportWriter.cell(result.file()) + "` | " + ReportWriter.cell(result.name()) + " | "
          + ReportWriter.cell(String.join("; ", details)) + " |");
    }
  }
}
