package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vanort.domain.register.Register;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.PersonId;
import se.vanort.rules.Finding;
import se.vanort.rules.query.DelegationVerdict;
import se.vanort.rules.query.Queries;

/** {@code vanort delegation FILE EVENT_ID}: would this delegation meet the rules if it travelled? */
@Command(name = "delegation",
    header = "Pre-check a delegation to an event before it travels (VA2021/O1d, VIS2016/O2, VIS2016/O3).",
    description = {
        "Runs the delegation rules on the register as it would be if the delegation travelled: political"
            + " and administrative leadership (SHALL), elected members with the official concerned and the"
            + " chair representing the municipality (SHOULD). Without --member it checks the delegation the"
            + " register records for the event.",
        "",
        "Examples:",
        "  vanort delegation examples/vimmerby.yaml conf-2025",
        "  vanort delegation examples/vimmerby.yaml conf-2025 --member p-ks-chair --member p-kommundirektor"})
final class DelegationCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "register-file", description = "The register (YAML or JSON).")
  Path file;

  @Parameters(index = "1", paramLabel = "EVENT_ID", descriptionKey = "event", description = "The event the delegation travels to.")
  String event;

  @Option(names = "--municipality", paramLabel = "ID", descriptionKey = "municipality",
      description = "The municipality sending it (default: the register's perspective municipality).")
  String municipality;

  @Option(names = "--member", paramLabel = "PERSON_ID", descriptionKey = "member",
      description = "A member of the proposed delegation; repeat for each (default: the delegation recorded).")
  List<String> members;

  @Override
  public Integer call() {
    Texts texts = options.texts();
    Register register = Registers.read(file, reading.limits());
    DelegationVerdict verdict;
    try {
      MunicipalityId sender = municipality == null ? register.getPerspective().getMunicipality()
          : MunicipalityId.of(municipality);
      EventId eventId = EventId.of(event);
      Event recorded = register.findEvent(eventId).orElseThrow(() -> new BadInputException(
          Registers.unknown(texts, "delegation.unknown-event", event,
              register.getEvents().stream().map(e -> e.getId().value()).toList())));
      Delegation proposed = members == null || members.isEmpty()
          ? recorded.delegationOf(sender).orElseThrow(() ->
              new BadInputException(texts.get("delegation.none-recorded", sender, event)))
          : Delegation.of(sender, members.stream().map(PersonId::of).toArray(PersonId[]::new));
      verdict = Queries.of(register).checkDelegation(eventId, proposed);
    } catch (IllegalArgumentException e) {
      // a malformed id, or a member or municipality the register does not hold: the user's to fix
      throw new BadInputException(e.getMessage());
    }
    print(verdict, texts);
    return verdict.hasBreach() ? ExitCodes.BREACH : ExitCodes.OK;
  }

  private void print(DelegationVerdict verdict, Texts texts) {
    PrintWriter out = options.out();
    List<Finding> findings = verdict.getFindings();
    if (options.format == Format.JSON) {
      ObjectNode node = Json.object().put("event", verdict.getEvent().toString())
          .put("date", verdict.getEventDate().toString())
          .put("municipality", verdict.getProposed().getMunicipality().toString());
      ArrayNode members = node.putArray("members");
      verdict.getProposed().memberIds().forEach(id -> members.add(id.toString()));
      ArrayNode rules = node.putArray("rulesChecked");
      verdict.getRulesChecked().forEach(rule -> rules.add(rule.value()));
      node.put("acceptable", verdict.isAcceptable());
      node.set("findings", ReportWriter.findingsJson(findings, texts.messages()));
      Json.print(out, node);
      return;
    }
    boolean markdown = options.format == Format.MARKDOWN;
    out.println((markdown ? "# " : "") + texts.get("delegation.title", verdict.getProposed().getMunicipality(), verdict.getEvent(),
        texts.date(verdict.getEventDate()), String.join(", ", verdict.getProposed().memberIds().stream().map(Object::toString).toList())));
    if (markdown) {
      out.println();
    }
    out.println(texts.get("delegation.rules", String.join(", ", verdict.getRulesChecked().stream().map(Object::toString).toList())));
    if (verdict.isAcceptable()) {
      out.println();
      out.println(texts.get("delegation.acceptable"));
    } else if (markdown) {
      new ReportWriter(texts, false).findingsMarkdown(out, findings);
    } else {
      new ReportWriter(texts, options.colour()).findingsText(out, findings);
    }
  }
}
