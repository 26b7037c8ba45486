package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.register.Register;
import se.vanort.rules.Messages;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordNames;
import se.vanort.rules.RecordRef;
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
    Register register = Registers.read(file, reading.limits());
    Coordination coordination = Queries.of(register).coordinatorOn(on);
    String explanation = explanation(coordination, register);
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
      node.put("explanation", explanation);
      Json.print(out, node);
    } else if (options.format == Format.MARKDOWN) {
      out.println("# " + options.texts().get("coordinator.title", options.texts().date(on)));
      out.println();
      out.println("`" + coordination.getClause() + "` " + explanation);
    } else {
      out.println(coordination.getClause() + "  " + explanation);
    }
    return ExitCodes.OK;
  }

  /**
   * The answer's explanation with its records named as the texts of findings name them
   * ({@link RecordNames}): the meeting by its title, the host by its name; the days written out.
   * The arguments keep the order {@link Coordination#getArguments()} gives them: the date, the
   * meeting, its day, its host, the coordinators.
   */
  private String explanation(Coordination coordination, Register register) {
    Texts texts = options.texts();
    Messages messages = texts.messages();
    RecordNames names = RecordNames.of(register);
    List<String> arguments = new ArrayList<>(List.of(texts.date(coordination.getDate())));
    coordination.getNextMeeting().ifPresent(meeting ->
        arguments.add(messages.name(names.name(RecordRef.of(RecordKind.EVENT, meeting)))));
    coordination.getMeetingDate().ifPresent(day -> arguments.add(texts.date(day)));
    coordination.getHost().ifPresent(host ->
        arguments.add(messages.name(names.name(RecordRef.of(RecordKind.MUNICIPALITY, host)))));
    List<String> given = coordination.getArguments();
    arguments.addAll(given.subList(arguments.size(), given.size()));
    return messages.text(coordination.getExplanationKey(), arguments);
  }
}
