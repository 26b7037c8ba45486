package se.vanort.adapters.cli;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import se.vanort.adapters.cli.report.ReportPage;
import se.vanort.adapters.cli.report.ReportPage.CoverageRow;
import se.vanort.adapters.cli.report.ReportPage.Fact;
import se.vanort.adapters.cli.report.ReportPage.FindingGroup;
import se.vanort.adapters.cli.report.ReportPage.FindingView;
import se.vanort.adapters.cli.report.ReportPage.ModalityCount;
import se.vanort.adapters.cli.report.ReportPage.MunicipalityCount;
import se.vanort.adapters.cli.report.Timeline;
import se.vanort.domain.DateRange;
import se.vanort.domain.Kebab;
import se.vanort.domain.document.Clause;
import se.vanort.domain.document.Document;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.Modality;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.register.Register;
import se.vanort.rules.ClauseCoverage;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.Report;
import se.vanort.rules.obligation.DueStatus;
import se.vanort.rules.query.DueCalendar;
import se.vanort.rules.query.DueItem;
import se.vanort.rules.query.DueKind;

/**
 * Gathers what the council report shows from a check of a register and its calendar of obligations,
 * in the reader's language: the words come from the command's bundles and the rulebook's messages.
 */
final class ReportPages {
  private final Texts texts;
  private final Messages messages;
  private final DateTimeFormatter longDate;

  ReportPages(Texts texts) {
    this.texts = texts;
    this.messages = texts.messages();
    this.longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", texts.language().locale());
  }

  /**
   * The page of {@code report} on {@code register}, whose obligations over the report's period are
   * {@code calendar}; {@code source} says where the records came from.
   */
  ReportPage page(Report report, Register register, DueCalendar calendar, String source) {
    NamedFindings named = new NamedFindings(messages, register);
    String municipality = named.municipality(register.getPerspective().getMunicipality());
    List<Fact> checked = List.of(
        new Fact(texts.get("html.checked.municipality"), municipality),
        new Fact(texts.get("html.checked.register"), report.getRegister().value()),
        new Fact(texts.get("html.checked.source"), source),
        new Fact(texts.get("html.checked.period"), period(report.getPeriod())),
        new Fact(texts.get("html.checked.as-of"), longDate.format(report.getAsOf())),
        new Fact(texts.get("html.checked.rulebook"), report.getRulebookVersion()),
        new Fact(texts.get("html.checked.documents"), String.join("; ", Documents.all().stream()
            .map(d -> d.getId() + " " + title(d)).toList())));
    List<String> notes = new ArrayList<>();
    if (!report.getYearsWithoutAgreement().isEmpty()) {
      notes.add(texts.get("report.no-agreement", String.join(", ",
          report.getYearsWithoutAgreement().stream().map(String::valueOf).toList())));
    }
    return new ReportPage(texts.language().locale().getLanguage(), texts.get("html.title", municipality),
        longDate.format(report.getAsOf()), checked,
        byModality(report), byMunicipality(report, register, named), timeline(report, calendar, municipality),
        findings(report, named), coverage(report), notes);
  }

  private String title(Document document) {
    return texts.language() == Language.SV ? document.getTitle() : document.getTitleEn();
  }

  /** "2021–2027" for whole years, else the first and last day written out. */
  String period(DateRange period) {
    boolean wholeYears = MonthDay.from(period.from()).equals(MonthDay.of(1, 1))
        && MonthDay.from(period.to()).equals(MonthDay.of(12, 31));
    if (wholeYears) {
      int first = period.from().getYear();
      int last = period.to().getYear();
      return first == last ? String.valueOf(first) : first + "\u2013" + last;
    }
    return longDate.format(period.from()) + " \u2013 " + longDate.format(period.to());
  }

  private List<ModalityCount> byModality(Report report) {
    List<ModalityCount> counts = new ArrayList<>();
    for (Modality modality : List.of(Modality.SHALL, Modality.SHOULD)) {
      long count = report.getFindings().stream().filter(f -> f.getModality() == modality).count();
      counts.add(new ModalityCount(keyword(modality), messages.label(modality), count, css(modality)));
    }
    counts.add(new ModalityCount(keyword(Modality.MAY), messages.label(Modality.MAY), report.getPermissions().size(),
        css(Modality.MAY)));
    return counts;
  }

  private List<MunicipalityCount> byMunicipality(Report report, Register register, NamedFindings named) {
    Map<Optional<MunicipalityId>, long[]> counts = new LinkedHashMap<>();
    // the perspective municipality first, then the others in the register's order, then the chain
    counts.put(Optional.of(register.getPerspective().getMunicipality()), new long[2]);
    for (Municipality municipality : register.getMunicipalities()) {
      if (report.getFindings().stream().anyMatch(f -> f.getMunicipality().equals(Optional.of(municipality.getId())))) {
        counts.putIfAbsent(Optional.of(municipality.getId()), new long[2]);
      }
    }
    for (Finding finding : report.getFindings()) {
      long[] count = counts.computeIfAbsent(finding.getMunicipality(), m -> new long[2]);
      count[finding.getModality() == Modality.SHALL ? 0 : 1]++;
    }
    List<MunicipalityCount> rows = new ArrayList<>();
    counts.forEach((municipality, count) -> rows.add(new MunicipalityCount(
        municipality.map(named::municipality).orElse(texts.get("html.summary.chain")), count[0], count[1])));
    return rows;
  }

  private Timeline timeline(Report report, DueCalendar calendar, String municipality) {
    int first = report.getPeriod().from().getYear();
    int last = report.getPeriod().to().getYear();
    List<Integer> years = IntStream.rangeClosed(first, last).boxed().toList();
    Map<DueKind, Map<Integer, List<Timeline.Entry>>> byKind = new TreeMap<>();
    Map<DueStatus, Integer> totals = new EnumMap<>(DueStatus.class);
    for (DueItem item : calendar.getItems()) {
      if (item.getYear() < first || item.getYear() > last) {
        continue;
      }
      byKind.computeIfAbsent(item.getKind(), k -> new TreeMap<>())
          .computeIfAbsent(item.getYear(), y -> new ArrayList<>())
          .add(new Timeline.Entry(item.getStatus(), item.description(messages)));
      totals.merge(item.getStatus(), 1, Integer::sum);
    }
    List<Timeline.RowSpec> rows = byKind.entrySet().stream().map(e -> new Timeline.RowSpec(
        texts.get("html.kind." + e.getKey().slug()), e.getKey().clause().value(), e.getValue())).toList();
    Map<DueStatus, String> words = new EnumMap<>(DueStatus.class);
    for (DueStatus status : DueStatus.values()) {
      words.put(status, DueCommand.status(status, messages));
    }
    String span = period(report.getPeriod());
    Set<Integer> withoutAgreement = new HashSet<>(report.getYearsWithoutAgreement());
    LocalDate asOf = report.getAsOf();
    double asOfYear = asOf.getYear() + (double) asOf.getDayOfYear() / asOf.lengthOfYear();
    return Timeline.layout(texts.get("html.timeline.caption", municipality, span),
        texts.get("html.timeline.description", rows.size(), span, totals.getOrDefault(DueStatus.DONE, 0),
            totals.getOrDefault(DueStatus.DUE, 0), totals.getOrDefault(DueStatus.MISSED, 0),
            totals.getOrDefault(DueStatus.OPTIONAL, 0)),
        years, rows, words, withoutAgreement, asOfYear,
        texts.get("html.timeline.as-of", longDate.format(asOf))
            + (withoutAgreement.isEmpty() ? "" : "   " + texts.get("html.timeline.no-agreement")));
  }

  private List<FindingGroup> findings(Report report, NamedFindings named) {
    List<FindingGroup> groups = new ArrayList<>();
    int number = 0;
    for (Modality modality : List.of(Modality.SHALL, Modality.SHOULD)) {
      List<Finding> group = report.getFindings().stream().filter(f -> f.getModality() == modality).toList();
      if (group.isEmpty()) {
        continue;
      }
      List<FindingView> views = new ArrayList<>();
      for (Finding finding : group) {
        number++;
        Document document = Documents.document(finding.getClause().getDocument());
        Clause clause = document.clause(finding.getClause());
        views.add(new FindingView("finding-" + number, keyword(modality), when(finding), clause.getId().value(),
            clause.getSection(), finding.getRule().value(), named.message(finding), clause.getTextSv(),
            texts.language() == Language.SV ? Optional.empty() : Optional.of(clause.getTextEn()),
            named.facts(finding), named.remedy(finding), named.records(finding)));
      }
      groups.add(new FindingGroup(texts.get("report.heading." + Kebab.of(modality),
          group.size()), css(modality), views));
    }
    return groups;
  }

  private List<CoverageRow> coverage(Report report) {
    CoverageWriter writer = new CoverageWriter(texts);
    List<CoverageRow> rows = new ArrayList<>();
    for (ClauseCoverage line : report.getCoverage()) {
      String section = Documents.findClause(line.getClause()).map(Clause::getSection).orElse("");
      rows.add(new CoverageRow(line.getClause().value(), section, writer.status(line.getStatus()),
          Kebab.of(line.getStatus()), CoverageWriter.rules(line),
          writer.detail(line, true)));
    }
    return rows;
  }

  /** The day a finding concerns written out, else its year. */
  private String when(Finding finding) {
    return finding.getDate().map(longDate::format)
        .orElse(finding.getYear().map(String::valueOf).orElse("\u2013"));
  }

  private String keyword(Modality modality) {
    return texts.get("html.keyword." + Kebab.of(modality));
  }

  private static String css(Modality modality) {
    return Kebab.of(modality);
  }
}
