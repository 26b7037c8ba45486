package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vanort.domain.organisation.Person;
import se.vanort.rules.Messages;
import se.vanort.rules.query.Coordination;
import se.vanort.rules.query.Queries;

/** {@code vanort coordinator FILE --on DATE}: who coordinates the secretaries' work (VA2021/O3). */
@Command(name = "coordinator",
    header = "Say who coordinates the twin-town secretaries' work on a date (VA2021/O3).",
    description = {
        "The coordinator is the twin-town secretary of the municipality hosting the next twin-town meeting."
            + " The answer names the meeting, its host and the secretary, or says what is missing from the"
            + " register to name one.",
        "",
        "Example:",
        "  vanort coordinator examples/vimmerby.yaml --on 2024-03-01"})
final class CoordinatorCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Parameters(paramLabel = "FILE", descriptionKey = "register-file", description = "The register (YAML or JSON).")
  Path file;

  @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class, required = true, descriptionKey = "on",
      description = "The date asked about (yyyy-mm-dd).")
  LocalDate on;

  @Override
  public Integer call() {
    Coordination coordination = Queries.of(Registers.read(file, reading.limits())).coordinatorOn(on);
    Messages messages = options.texts().messages();
    PrintWriter out = options.out();
    if (options.format == Format.JSON) {
      ObjectNode node = Json.object().put("date", on.toString()).put("clause", coordination.getClause().value());
      Json.putOptional(node, "nextMeeting", coordination.getNextMeeting());
      Json.putOptional(node, "meetingDate", coordination.getMeetingDate());
      Json.putOptional(node, "host", coordination.getHost());
      ArrayNode coordinators = node.putArray("coordinators");
      for (Person person : coordination.getCoordinators()) {
        Json.putOptional(coordinators.addObject().put("id", person.getId().toString()), "name", person.getName());
      }
      node.put("explanation", coordination.explanation(messages));
      Json.print(out, node);
    } else if (options.format == Format.MARKDOWN) {
      out.println("# " + options.texts().get("coordinator.title", options.texts().date(on)));
      out.println();
      out.println("`" + coordination.getClause() + "` " + coordination.explanation(messages));
    } else {
      out.println(coordination.getClause() + "  " + coordination.explanation(messages));
    }
    return ExitCodes.OK;
  }
}
