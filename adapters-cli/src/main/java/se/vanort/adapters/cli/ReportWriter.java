package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import se.vanort.domain.Kebab;
import se.vanort.domain.document.Modality;
import se.vanort.rules.Fact;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.RecordRef;
import se.vanort.rules.Report;

/**
 * Prints a report as aligned text grouped by modality, as the documented JSON shape, or as Markdown.
 *
 * <p>JSON: {@code {"register", "period": {"from", "to"}, "asOf", "findings": [{"rule", "clause",
 * "modality", "subjects", "names", "records", "municipality", "municipalityName", "year", "date",
 * "obligation", "message", "facts", "remedy", "data"}], "coverage": [...], "yearsWithoutAgreement": [...],
 * "permissions": [...], "rulebook", "summary": {"shall", "should"}}}; see docs/cli.md. Text and Markdown
 * name the records by their recorded names.
 */
final class ReportWriter {
  private final Texts texts;
  private final Ansi ansi;

  ReportWriter(Texts texts, boolean colour) {
    this.texts = texts;
    this.ansi = colour ? Ansi.ON : Ansi.OFF;
  }

  /** Prints {@code findings} (those of {@code report} shown) in {@code format}. */
  void print(PrintWriter out, Format format, Report report, List<Finding> findings) {
    switch (format) {
      case JSON -> Json.print(out, json(report, findings));
      case MARKDOWN -> markdown(out, report, findings);
      case TEXT -> text(out, report, findings);
    }
  }

  private void text(PrintWriter out, Report report, List<Finding> findings) {
    out.println(title(report));
    findingsText(out, findings);
    out.println();
    new CoverageWriter(texts).summaryLine(out, report.getCoverage());
    uncovered(report).ifPresent(out::println);
    out.println(summary(report, findings));
  }

  private String title(Report report) {
    return texts.get("report.title", report.getRegister(), texts.period(report.getPeriod()),
        texts.date(report.getAsOf()), report.getRulebookVersion());
  }

  /** The line naming the years in which no agreement is in force, if the period has any. */
  private java.util.Optional<String> uncovered(Report report) {
    return report.getYearsWithoutAgreement().isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(texts.get("report.no-agreement", report.getYearsWithoutAgreement().stream()
            .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
  }

  /** The findings as aligned text, grouped by modality: SHALL first, then SHOULD. */
  void findingsText(PrintWriter out, List<Finding> findings) {
    Messages messages = texts.messages();
    int whenWidth = findings.stream().mapToInt(f -> when(f).length()).max().orElse(0);
    int clauseWidth = findings.stream().mapToInt(f -> f.getClause().value().length()).max().orElse(0);
    String indent = " ".repeat(2 + whenWidth + 2 + clauseWidth + 2);
    for (Modality modality : List.of(Modality.SHALL, Modality.SHOULD)) {
      List<Finding> group = findings.stream().filter(f -> f.getModality() == modality).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.println();
      String colour = modality == Modality.SHALL ? "bold,red" : "bold,yellow";
      out.println(ansi.string("@|" + colour + " " + texts.get("report.heading." + Kebab.of(modality),
          group.size()) + "|@"));
      for (Finding finding : group) {
        out.println("  " + Strings.padEnd(when(finding), whenWidth, ' ') + "  "
            + Strings.padEnd(finding.getClause().value(), clauseWidth, ' ') + "  "
            + ansi.string("@|bold " + finding.getRule() + "|@") + subjects(finding, messages));
        out.println(indent + messages.message(finding));
        out.println(indent + ansi.string("@|faint " + texts.get("report.facts") + ":|@ ") + messages.facts(finding));
        out.println(indent + ansi.string("@|faint " + texts.get("report.remedy") + ":|@ ") + messages.remedy(finding));
      }
    }
  }

  private String summary(Report report, List<Finding> shown) {
    long shall = count(report.getFindings(), Modality.SHALL);
    long should = count(report.getFindings(), Modality.SHOULD);
    String line = shall + should == 0 ? texts.get("report.summary.none")
        : texts.get("report.summary", shall, should);
    int hidden = report.getFindings().size() - shown.size();
    return hidden > 0 ? line + " " + texts.get("report.summary.hidden", hidden) : line;
  }

  private static long count(List<Finding> findings, Modality modality) {
    return findings.stream().filter(f -> f.getModality() == modality).count();
  }

  /** The municipality and the records a finding concerns, by their recorded names (ids where none is recorded). */
  private static String subjects(Finding finding, Messages messages) {
    ImmutableList.Builder<String> parts = ImmutableList.builder();
    finding.getMunicipality().ifPresent(m -> parts.add(finding.getMunicipalityName().orElse(m.value())));
    finding.getSubjects().forEach(ref -> parts.add(NamedFindings.listed(ref, messages)));
    ImmutableList<String> all = parts.build().stream().distinct().collect(ImmutableList.toImmutableList());
    return all.isEmpty() ? "" : "  (" + String.join(", ", all) + ")";
  }

  /** The year or day a finding concerns, or a dash. */
  static String when(Finding finding) {
    return finding.getDate().map(LocalDate::toString)
        .orElse(finding.getYear().map(String::valueOf).orElse("-"));
  }

  /**
   * The findings as the documented JSON array: {@code [{"rule", "clause", "modality", "subjects",
   * "names", "records", "municipality", "municipalityName", "year", "date", "obligation", "message",
   * "facts", "remedy", "data"}]}, absent values as null. {@code subjects} are the records' ids (as
   * before), {@code names} how the texts name them, {@code records} each with its kind, id and
   * recorded name; {@code data} the finding's named facts, typed, as stored.
   */
  static ArrayNode findingsJson(List<Finding> findings, Messages messages) {
    ArrayNode array = Json.array();
    for (Finding finding : findings) {
      ObjectNode node = array.addObject().put("rule", finding.getRule().value())
          .put("clause", finding.getClause().value()).put("modality", finding.getModality().name());
      ArrayNode subjects = node.putArray("subjects");
      finding.subjectIds().forEach(subjects::add);
      ArrayNode names = node.putArray("names");
      finding.getSubjects().forEach(ref -> names.add(messages.name(ref)));
      ArrayNode records = node.putArray("records");
      finding.getSubjects().forEach(ref -> record(records.addObject(), ref));
      Json.putOptional(node, "municipality", finding.getMunicipality());
      Json.putOptional(node, "municipalityName", finding.getMunicipalityName());
      Json.putOptional(node, "year", finding.getYear());
      Json.putOptional(node, "date", finding.getDate());
      Json.putOptional(node, "obligation", finding.getObligation());
      node.put("message", messages.message(finding)).put("facts", messages.facts(finding))
          .put("remedy", messages.remedy(finding));
      ObjectNode data = node.putObject("data");
      finding.getFacts().forEach((name, fact) -> {
        ObjectNode value = data.putObject(name).put("type", fact.type().name());
        fact.vocabulary().ifPresent(vocabulary -> value.put("vocabulary", vocabulary));
        ArrayNode values = value.putArray("values");
        fact.values().forEach(values::add);
        if (fact.type() == Fact.Type.REF || fact.type() == Fact.Type.REFS) {
          ArrayNode refs = value.putArray("records");
          fact.refs().forEach(ref -> record(refs.addObject(), ref));
        }
        value.put("text", messages.format(fact));
      });
    }
    return array;
  }

  private static void record(ObjectNode node, RecordRef ref) {
    node.put("kind", ref.kind().slug()).put("id", ref.id());
    Json.putOptional(node, "name", ref.name());
    Json.putOptional(node, "role", ref.role());
  }

  private ObjectNode json(Report report, List<Finding> findings) {
    ObjectNode root = Json.object().put("register", report.getRegister().value());
    root.putObject("period").put("from", report.getPeriod().from().toString())
        .put("to", report.getPeriod().to().toString());
    root.put("asOf", report.getAsOf().toString());
    root.set("findings", findingsJson(findings, texts.messages()));
    root.set("coverage", CoverageWriter.json(report.getCoverage()));
    report.getYearsWithoutAgreement().forEach(root.withArray("yearsWithoutAgreement")::add);
    ArrayNode permissions = root.putArray("permissions");
    report.getPermissions().forEach(p -> permissions.addObject().put("rule", p.getId().value())
        .put("clause", p.getPrimaryClause().value()));
    root.put("rulebook", report.getRulebookVersion());
    root.putObject("summary").put("shall", count(report.getFindings(), Modality.SHALL))
        .put("should", count(report.getFindings(), Modality.SHOULD));
    return root;
  }

  private void markdown(PrintWriter out, Report report, List<Finding> findings) {
    out.println("# " + title(report));
    findingsMarkdown(out, findings);
    out.println();
    new CoverageWriter(texts).markdown(out, report.getCoverage(), true);
    out.println();
    uncovered(report).ifPresent(line -> out.println(line + "\n"));
    out.println(summary(report, findings));
  }

  /** The findings as Markdown tables with their facts, one section a modality: SHALL first, then SHOULD. */
  void findingsMarkdown(PrintWriter out, List<Finding> findings) {
    Messages messages = texts.messages();
    for (Modality modality : List.of(Modality.SHALL, Modality.SHOULD)) {
      List<Finding> group = findings.stream().filter(f -> f.getModality() == modality).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.println();
      out.println("## " + texts.get("report.heading." + Kebab.of(modality), group.size()));
      out.println();
      out.println("| " + texts.get("report.markdown.header") + " |");
      out.println("|---|---|---|---|---|---|---|");
      for (Finding finding : group) {
        out.println("| " + when(finding) + " | `" + finding.getClause() + "` | `" + finding.getRule() + "` | "
            + cell(subjects(finding, messages).strip()) + " | " + cell(messages.message(finding)) + " | "
            + cell(messages.facts(finding)) + " | " + cell(messages.remedy(finding)) + " |");
      }
    }
  }

  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
