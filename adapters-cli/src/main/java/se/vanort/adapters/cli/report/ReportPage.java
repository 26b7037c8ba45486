package se.vanort.adapters.cli.report;

import java.util.List;
import java.util.Optional;

/**
 * What the council report shows, in the reader's language: what was checked, the summaries, the
 * obligations timeline, every finding with its clause, and the coverage of every clause.
 *
 * @param lang the page's language tag ({@code sv}, {@code en})
 * @param title the page's title and first heading
 * @param asOf the as-of date, written out
 * @param checked what was checked: register, source, period, as-of date, rulebook version
 * @param byModality the number of findings of each modality, and the permissions
 * @param byMunicipality the findings of each municipality (and of the chain as a whole)
 * @param timeline the obligations, year by year
 * @param findings the findings, one group a modality, SHALL first
 * @param coverage every clause with how the rulebook treats it
 * @param notes lines that qualify the result (years without an agreement, the coverage in a line)
 */
public record ReportPage(String lang, String title, String asOf, List<Fact> checked, List<ModalityCount> byModality,
    List<MunicipalityCount> byMunicipality, Timeline timeline, List<FindingGroup> findings,
    List<CoverageRow> coverage, List<String> notes) {

  /** {@return the number of findings on the page} */
  public int findingCount() {
    return findings.stream().mapToInt(group -> group.findings().size()).sum();
  }

  /**
   * A label and its value.
   *
   * @param label what it is
   * @param value its value
   */
  public record Fact(String label, String value) {}

  /**
   * How many findings (or permissions) of one modality.
   *
   * @param keyword SKA, BÖR, FÅR (SHALL, SHOULD, MAY)
   * @param label what such a finding is: a breach, a deviation from a recommendation, a permission
   * @param count how many
   * @param cssClass the class that styles it ({@code shall}, {@code should}, {@code may})
   */
  public record ModalityCount(String keyword, String label, long count, String cssClass) {}

  /**
   * The findings of one municipality, or of the chain as a whole.
   *
   * @param name the municipality's name
   * @param shall its breaches
   * @param should its deviations from recommendations
   */
  public record MunicipalityCount(String name, long shall, long should) {}

  /**
   * The findings of one modality.
   *
   * @param heading the section's heading, with the count
   * @param cssClass {@code shall} or {@code should}
   * @param findings the findings, in the report's order
   */
  public record FindingGroup(String heading, String cssClass, List<FindingView> findings) {}

  /**
   * One finding as the reader sees it.
   *
   * @param anchor a stable id for links to it
   * @param keyword SKA or BÖR (SHALL, SHOULD)
   * @param when the year or day it concerns
   * @param clause the clause it cites, e.g. {@code VA2021/A2}
   * @param section where the clause stands in its document, e.g. {@code Åtgärder 2}
   * @param rule the rule that found it
   * @param message what is wrong
   * @param quoteSv the clause in Swedish, quoted from the document
   * @param quoteEn the English rendering of the clause, in an English report
   * @param facts the facts that led to it
   * @param remedy what would fix it
   * @param records the records it concerns, by name
   */
  public record FindingView(String anchor, String keyword, String when, String clause, String section, String rule,
      String message, String quoteSv, Optional<String> quoteEn, String facts, String remedy, List<String> records) {}

  /**
   * One clause of the coverage.
   *
   * @param clause the clause id
   * @param section where it stands in its document
   * @param status how the rulebook treats it
   * @param cssClass the class that styles the status
   * @param rules the rules that read it, or a dash
   * @param detail why it cannot be checked, or the activities tagged with it
   */
  public record CoverageRow(String clause, String section, String status, String cssClass, String rules,
      String detail) {}
}
