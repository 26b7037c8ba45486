package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.vanort.domain.Kebab;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.RuleId;
import se.vanort.rules.ClauseCoverage;
import se.vanort.rules.ClauseStatus;

/** Prints the coverage of the clauses: which are checked, permissions, covered by tagging, not checkable. */
final class CoverageWriter {
  private final Texts texts;

  CoverageWriter(Texts texts) {
    this.texts = texts;
  }

  /** One line: how many clauses of each status, and the strategies and goals with no activity. */
  void summaryLine(PrintWriter out, List<ClauseCoverage> coverage) {
    Map<ClauseStatus, Long> counts = coverage.stream()
        .collect(Collectors.groupingBy(ClauseCoverage::getStatus, () -> new TreeMap<>(), Collectors.counting()));
    String line = texts.get("coverage.summary", counts.getOrDefault(ClauseStatus.CHECKED, 0L),
        counts.getOrDefault(ClauseStatus.PERMISSION, 0L), counts.getOrDefault(ClauseStatus.COVERAGE, 0L),
        counts.getOrDefault(ClauseStatus.NOT_CHECKABLE, 0L));
    List<String> gaps = coverage.stream().filter(ClauseCoverage::isGap).map(c -> c.getClause().value()).toList();
    out.println(gaps.isEmpty() ? line : line + "; " + texts.get("coverage.gaps", String.join(", ", gaps)));
  }

  /** Every clause on a line of its own, aligned. */
  void text(PrintWriter out, List<ClauseCoverage> coverage, boolean counted) {
    Table table = new Table("");
    for (ClauseCoverage line : coverage) {
      table.row(line.getClause().value(), status(line.getStatus()), rules(line), detail(line, counted));
    }
    table.print(out);
    out.println();
    summaryLine(out, coverage);
  }

  /** A Markdown table of every clause; {@code counted} shows the tagged activities of a register. */
  void markdown(PrintWriter out, List<ClauseCoverage> coverage, boolean counted) {
    out.println("| " + texts.get("coverage.markdown.header") + " |");
    out.println("|---|---|---|---|");
    for (ClauseCoverage line : coverage) {
      out.println("| `" + line.getClause() + "` | " + status(line.getStatus()) + " | " + rules(line) + " | "
          + ReportWriter.cell(detail(line, counted)) + " |");
    }
  }

  String status(ClauseStatus status) {
    return texts.get("coverage.status." + Kebab.of(status));
  }

  static String rules(ClauseCoverage line) {
    return line.getRules().isEmpty() ? "-" : line.getRules().stream().map(RuleId::value).collect(Collectors.joining(", "));
  }

  String detail(ClauseCoverage line, boolean counted) {
    if (line.getReason().isPresent()) {
      return reason(line);
    }
    return counted ? line.getTaggedActivities().map(n -> texts.get("coverage.activities", n)).orElse("") : "";
  }

  /**
   * Why a clause cannot be checked, in the language of the texts: the catalogue's reason for the
   * clause, or that no rule of the rulebook reads it, or that it is information only.
   */
  String reason(ClauseCoverage line) {
    return Documents.findClause(line.getClause())
        .flatMap(clause -> clause.notCheckableReason(texts.language().locale()))
        .orElseGet(() -> texts.get(line.getRules().isEmpty() ? "coverage.reason.no-rule" : "coverage.reason.information-only"));
  }

  /** The coverage as a JSON array: {@code [{"clause", "status", "rules", "reason", "taggedActivities"}]}. */
  static ArrayNode json(List<ClauseCoverage> coverage) {
    ArrayNode array = Json.array();
    for (ClauseCoverage line : coverage) {
      ObjectNode node = array.addObject().put("clause", line.getClause().value()).put("status", line.getStatus().name());
      ArrayNode rules = node.putArray("rules");
      line.getRules().forEach(rule -> rules.add(rule.value()));
      Json.putOptional(node, "reason", line.getReason());
      Json.putOptional(node, "taggedActivities", line.getTaggedActivities());
    }
    return array;
  }
}
