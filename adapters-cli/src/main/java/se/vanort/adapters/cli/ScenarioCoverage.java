package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.vanort.rules.Rule;
import se.vanort.rules.Rulebook;

/**
 * Which rules of the rulebook a suite of scenarios exercises, as {@code opa test --coverage} tells
 * which policies a suite evaluates: for every rule that reports findings (SHALL and SHOULD), whether
 * a scenario expected one of its findings and got it ("found"), and whether a scenario showed it not
 * to fire where it could (an exclusion that held, or an exact list without it that held: "not
 * found"). The percentage counts the rules shown both ways. The rules are the rulebook's, not a list
 * of this class: a new rule is never exercised until a scenario exercises it.
 */
final class ScenarioCoverage {
  /** How far one rule is exercised. */
  record RuleCoverage(Rule rule, boolean found, boolean clear) {
    String status() {
      return found && clear ? "both" : found ? "found" : clear ? "clear" : "never";
    }
  }

  private final List<RuleCoverage> rules;

  private ScenarioCoverage(List<RuleCoverage> rules) {
    this.rules = rules;
  }

  /** The coverage of {@code results}: only what passing checks showed counts. */
  static ScenarioCoverage of(List<ScenarioResult> results) {
    Set<String> found = new HashSet<>();
    Set<String> clear = new HashSet<>();
    results.forEach(result -> {
      found.addAll(result.rulesFound());
      clear.addAll(result.rulesClear());
    });
    return new ScenarioCoverage(Rulebook.standard().rules().stream()
        .filter(rule -> rule.modality().producesFindings())
        .map(rule -> new RuleCoverage(rule, found.contains(rule.id().value()), clear.contains(rule.id().value())))
        .toList());
  }

  /** The share of the rules shown both ways, in whole percent, rounded down. */
  int percent() {
    long both = rules.stream().filter(r -> r.found() && r.clear()).count();
    return rules.isEmpty() ? 100 : (int) (both * 100 / rules.size());
  }

  private long both() {
    return rules.stream().filter(r -> r.found() && r.clear()).count();
  }

  void text(PrintWriter out, Texts texts) {
    out.println();
    out.println(texts.get("test.coverage.title", both(), rules.size(), percent()));
    Table table = new Table("  ", picocli.CommandLine.Help.Ansi.OFF);
    for (RuleCoverage rule : rules) {
      table.row(rule.rule().id().value(), rule.rule().modality().name(), rule.rule().definition().getPrimaryClause()
          .toString(), texts.get("test.coverage." + rule.status()));
    }
    table.print(out);
    out.println();
  }

  void markdown(PrintWriter out, Texts texts) {
    out.println();
    out.println("## " + texts.get("test.coverage.title", both(), rules.size(), percent()));
    out.println();
    out.println("| " + texts.get("test.coverage.header") + " |");
    out.println("|---|---|---|---|");
    for (RuleCoverage rule : rules) {
      out.println("| `" + rule.rule().id() + "` | " + rule.rule().modality() + " | `"
          + rule.rule().definition().getPrimaryClause() + "` | " + texts.get("test.coverage." + rule.status()) + " |");
    }
  }

  ObjectNode json(Integer threshold) {
    ObjectNode node = Json.object().put("rules", rules.size()).put("both", both()).put("percent", percent());
    if (threshold == null) {
      node.putNull("threshold");
    } else {
      node.put("threshold", threshold);
    }
    ArrayNode list = node.putArray("byRule");
    for (RuleCoverage rule : rules) {
      list.addObject().put("rule", rule.rule().id().value()).put("modality", rule.rule().modality().name())
          .put("clause", rule.rule().definition().getPrimaryClause().toString())
          .put("found", rule.found()).put("notFound", rule.clear());
    }
    return node;
  }
}
