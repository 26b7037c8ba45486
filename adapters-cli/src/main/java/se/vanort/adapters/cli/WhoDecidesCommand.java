package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vanort.domain.Kebab;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.Clause;
import se.vanort.domain.document.Documents;
import se.vanort.rules.Messages;
import se.vanort.rules.query.Authority;
import se.vanort.rules.query.DecisionAuthority;

/** {@code vanort who-decides MATTER}: the deciding body and the clause that says so. */
@Command(name = "who-decides",
    header = "Say who must decide a matter, and which clause says so.",
    description = {
        "Answers who decides a matter under VIS2016 and VA2021: establish-twin-town,"
            + " partnership-application, appoint-steering-group, project, school-exchange, adopt-strategy,"
            + " revise-strategy, revise-agreement, appoint-secretary, activity-plan, other. With --register"
            + " the answer names the register's own bodies.",
        "",
        "Examples:",
        "  vanort who-decides establish-twin-town",
        "  vanort who-decides school-exchange --over-budget",
        "  vanort who-decides project --register examples/vimmerby.yaml"})
final class WhoDecidesCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Parameters(paramLabel = "MATTER", descriptionKey = "matter", converter = MatterConverter.class,
      completionCandidates = Candidates.Matters.class,
      description = "The matter, e.g. establish-twin-town or school-exchange.")
  Matter matter;

  @Option(names = "--over-budget", descriptionKey = "over-budget",
      description = "The matter does not fit the deciding unit's own budget (decides who decides a school exchange).")
  boolean overBudget;

  @Option(names = "--register", paramLabel = "FILE", descriptionKey = "register",
      description = "A register (YAML or JSON) whose bodies the answer names.")
  Path register;

  @Override
  public Integer call() {
    Authority authority = register == null
        ? DecisionAuthority.whoDecides(matter, overBudget)
        : DecisionAuthority.whoDecides(Registers.read(register, reading.limits()), matter, overBudget);
    Texts texts = options.texts();
    Messages messages = texts.messages();
    PrintWriter out = options.out();
    switch (options.format) {
      case JSON -> Json.print(out, json(authority, messages));
      case MARKDOWN, TEXT -> {
        boolean markdown = options.format == Format.MARKDOWN;
        out.println((markdown ? "# " : "") + texts.get("who.matter", texts.get("matter." + Kebab.of(matter)), Kebab.of(matter))
            + (overBudget ? " " + texts.get("who.over-budget") : ""));
        out.println();
        out.println(texts.get("who.decides", authority.decider(messages)));
        if (!authority.getBodies().isEmpty()) {
          out.println(texts.get("who.bodies", String.join(", ", authority.bodyLabels())));
        }
        if (!authority.getParties().isEmpty()) {
          out.println(texts.get("who.parties", String.join(", ", authority.getParties().stream().map(Object::toString).toList())));
        }
        out.println();
        out.println(authority.explanation(messages));
        authority.getClause().flatMap(Documents::findClause).ifPresent(clause -> quote(out, texts, clause, markdown));
      }
    }
    return ExitCodes.OK;
  }

  private static void quote(PrintWriter out, Texts texts, Clause clause, boolean markdown) {
    out.println();
    out.println((markdown ? "> " : "") + clause.getId() + " (" + clause.getSection() + "): \"" + clause.getTextSv() + "\"");
    if (texts.language() == Language.EN) {
      out.println((markdown ? "> " : "") + clause.getTextEn());
    }
  }

  private ObjectNode json(Authority authority, Messages messages) {
    ObjectNode node = Json.object().put("matter", Kebab.of(matter)).put("overBudget", overBudget)
        .put("decider", Kebab.of(authority.getDecider())).put("deciderText", authority.decider(messages));
    ArrayNode kinds = node.putArray("bodyKinds");
    authority.getBodyKinds().forEach(kind -> kinds.add(Kebab.of(kind)));
    Json.putOptional(node, "clause", authority.getClause());
    node.put("explanation", authority.explanation(messages));
    ArrayNode bodies = node.putArray("bodies");
    authority.getBodies().forEach(body -> bodies.addObject().put("id", body.getId().toString()).put("name", body.getName()));
    ArrayNode parties = node.putArray("parties");
    authority.getParties().forEach(party -> parties.add(party.toString()));
    return node;
  }

  /** Reads {@code school-exchange} (or {@code SCHOOL_EXCHANGE}) as a matter. */
  static final class MatterConverter implements ITypeConverter<Matter> {
    @Override
    public Matter convert(String value) {
      return Slugs.parse(Matter.class, value, "matter");
    }
  }
}
