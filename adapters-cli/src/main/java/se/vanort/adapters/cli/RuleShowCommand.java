package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.vanort.domain.document.Clause;
import se.vanort.domain.document.Document;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.RuleDefinition;

/** {@code vanort rules show ID}: one rule (or clause) in full. */
@Command(name = "show",
    header = "Show a rule or a clause: the Swedish text, its English rendering, the interpretation.",
    description = {
        "Prints the rule's modality and requirement, the text of each clause it cites in Swedish (quoted"
            + " from the source) and in English, and how the catalogue interprets it. A clause id prints the"
            + " clause and the rules that check it.",
        "",
        "Examples:",
        "  vanort rules show va.conference-every-second-year",
        "  vanort rules show VIS2016/W4"})
final class RuleShowCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Parameters(paramLabel = "ID", descriptionKey = "rule-or-clause", description = "A rule id (va.conference-every-second-year) or clause id (VA2021/A1).")
  String id;

  @Override
  public Integer call() {
    Optional<RuleDefinition> rule = Documents.allRules().stream().filter(r -> r.getId().value().equals(id)).findFirst();
    if (rule.isPresent()) {
      print(List.of(rule.get()), Optional.empty());
      return ExitCodes.OK;
    }
    Optional<Clause> clause = clauses().filter(c -> c.getId().value().equalsIgnoreCase(id)).findFirst();
    if (clause.isPresent()) {
      Document document = Documents.document(clause.get().getId().getDocument());
      print(document.rulesOf(clause.get().getId()), clause);
      return ExitCodes.OK;
    }
    List<String> known = Stream.concat(Documents.allRules().stream().map(r -> r.getId().value()),
        clauses().map(c -> c.getId().value())).toList();
    Texts texts = options.texts();
    throw new BadInputException(Registers.unknown(texts, "rules.unknown", id, known) + " " + texts.get("rules.list-hint"));
  }

  private static Stream<Clause> clauses() {
    return Documents.all().stream().flatMap(document -> document.getClauses().stream());
  }

  private void print(List<RuleDefinition> rules, Optional<Clause> clause) {
    PrintWriter out = options.out();
    Texts texts = options.texts();
    if (options.format == Format.JSON) {
      ArrayNode array = Json.array();
      rules.forEach(rule -> array.add(json(rule)));
      Json.print(out, clause.<Object>map(c -> Json.object().<ObjectNode>set("clause", clauseJson(c))
          .<ObjectNode>set("rules", array)).orElse(array.size() == 1 ? array.get(0) : array));
      return;
    }
    boolean markdown = options.format == Format.MARKDOWN;
    clause.ifPresent(c -> printClause(out, texts, c, markdown));
    for (RuleDefinition rule : rules) {
      if (clause.isPresent() || rules.size() > 1) {
        out.println();
      }
      out.println((markdown ? "## " : "") + rule.getId() + "  " + RulesCommand.modality(texts, rule.getModality()));
      out.println();
      out.println(rule.requirement(texts.language().locale()));
      if (clause.isEmpty()) {
        rule.getClauses().forEach(id -> printClause(out, texts, Documents.findClause(id).orElseThrow(), markdown));
      }
      rule.interpretation(texts.language().locale()).ifPresent(interpretation -> {
        out.println();
        out.println(texts.get("rules.interpretation") + ": " + interpretation);
      });
    }
  }

  private static void printClause(PrintWriter out, Texts texts, Clause clause, boolean markdown) {
    out.println();
    out.println((markdown ? "### " : "") + clause.getId() + "  " + clause.getSection() + "  "
        + RulesCommand.modality(texts, clause.getModality()));
    String quote = markdown ? "> " : "  ";
    out.println(quote + texts.get("rules.swedish") + ": " + clause.getTextSv());
    if (markdown) {
      // a line of its own, or Markdown joins the two quotes into one paragraph
      out.println(">");
    }
    out.println(quote + texts.get("rules.english") + ": " + clause.getTextEn());
    // The reason already says that the clause cannot be checked, in its own words.
    clause.notCheckableReason(texts.language().locale()).ifPresent(reason -> out.println(quote + reason));
  }

  /**
   * One rule as JSON: id, modality, clauses with their texts, requirement and interpretation in English
   * (as before) and in Swedish ({@code requirementSv}, {@code interpretationSv}), whatever --lang says.
   */
  static ObjectNode json(RuleDefinition rule) {
    ObjectNode node = Json.object().put("id", rule.getId().value()).put("modality", rule.getModality().name())
        .put("clause", rule.getPrimaryClause().value());
    ArrayNode clauses = node.putArray("clauses");
    rule.getClauses().forEach(id -> clauses.add(clauseJson(Documents.findClause(id).orElseThrow())));
    node.put("requirement", rule.getRequirement()).put("requirementSv", rule.getRequirementSv());
    Json.putOptional(node, "interpretation", rule.getInterpretation());
    return Json.putOptional(node, "interpretationSv", rule.getInterpretationSv());
  }

  private static ObjectNode clauseJson(Clause clause) {
    ObjectNode node = Json.object().put("id", clause.getId().value()).put("section", clause.getSection())
        .put("modality", clause.getModality().name()).put("sv", clause.getTextSv()).put("en", clause.getTextEn());
    Json.putOptional(node, "notCheckable", clause.getNotCheckableReason());
    return Json.putOptional(node, "notCheckableSv", clause.getNotCheckableReasonSv());
  }
}
