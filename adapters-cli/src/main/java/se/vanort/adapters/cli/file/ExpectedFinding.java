package se.vanort.adapters.cli.file;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.vanort.domain.Kebab;
import se.vanort.domain.document.Modality;
import se.vanort.rules.Finding;

/**
 * A finding a scenario expects (or excludes), in the file's own terms: the rule that reports it
 * and, where the scenario says so, its year, date, municipality, modality, the exact set of records
 * it concerns ({@code subjects}) or records it concerns among others ({@code contains}). What the
 * scenario leaves out matches anything: no {@code subjects} matches a finding whatever it concerns.
 *
 * @param rule the rule id, e.g. {@code va.conference-every-second-year}
 * @param year the calendar year the finding concerns, if stated
 * @param date the day the finding concerns, if stated
 * @param municipality the municipality the finding concerns, if stated
 * @param modality SHALL or SHOULD, if stated
 * @param subjects the ids of exactly the records concerned, in any order, if stated
 * @param contains ids of records among those concerned
 */
public record ExpectedFinding(String rule, Optional<Integer> year, Optional<LocalDate> date,
    Optional<String> municipality, Optional<Modality> modality, Optional<List<String>> subjects,
    List<String> contains) {
  /** Copies the lists; refuses a missing rule. */
  public ExpectedFinding {
    checkArgument(rule != null && !rule.isBlank(), "an expected finding names its rule");
    subjects = subjects.map(List::copyOf);
    contains = List.copyOf(contains);
  }

  /**
   * The expectation of the format before issue 11: a rule and the exact records, or any when none.
   *
   * @param rule the rule id
   * @param subjects the ids of the records concerned; empty for any
   */
  public ExpectedFinding(String rule, List<String> subjects) {
    this(rule, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        subjects == null || subjects.isEmpty() ? Optional.empty() : Optional.of(subjects), List.of());
  }

  /**
   * {@return whether {@code finding} is the one expected}
   *
   * @param finding a finding of a check
   */
  public boolean matches(Finding finding) {
    return differences(finding).isEmpty();
  }

  /**
   * {@return the fields in which {@code finding} differs from this expectation, by their names in the
   * file ({@code rule}, {@code year}, …); empty when it matches}
   *
   * @param finding a finding of a check
   */
  public List<String> differences(Finding finding) {
    List<String> differences = new ArrayList<>();
    if (!rule.equals(finding.getRule().value())) {
      differences.add("rule");
    }
    if (year.isPresent() && !year.equals(finding.getYear())) {
      differences.add("year");
    }
    if (date.isPresent() && !date.equals(finding.getDate())) {
      differences.add("date");
    }
    if (municipality.isPresent() && !municipality.equals(finding.getMunicipality().map(Object::toString))) {
      differences.add("municipality");
    }
    if (modality.isPresent() && modality.get() != finding.getModality()) {
      differences.add("modality");
    }
    if (subjects.isPresent() && !Set.copyOf(subjects.get()).equals(Set.copyOf(finding.subjectIds()))) {
      differences.add("subjects");
    }
    if (!finding.subjectIds().containsAll(contains)) {
      differences.add("contains");
    }
    return differences;
  }

  /** How many fields it states besides the rule: the more, the more particular. */
  int particularity() {
    return (year.isPresent() ? 1 : 0) + (date.isPresent() ? 1 : 0) + (municipality.isPresent() ? 1 : 0)
        + (modality.isPresent() ? 1 : 0) + (subjects.isPresent() ? 2 : 0) + contains.size();
  }

  /** The expectation as the file writes it, e.g. {@code { rule: va.x, year: 2022, subjects: [VA2021] }}. */
  @Override
  public String toString() {
    return form().toString();
  }

  /** {@return the fields the scenario states, in the file's order} */
  public FlowText form() {
    FlowText text = new FlowText().put("rule", rule);
    year.ifPresent(value -> text.put("year", value));
    date.ifPresent(value -> text.put("date", value));
    municipality.ifPresent(value -> text.put("municipality", value));
    modality.ifPresent(value -> text.put("modality", Kebab.of(value)));
    subjects.ifPresent(value -> text.put("subjects", value));
    if (!contains.isEmpty()) {
      text.put("contains", contains);
    }
    return text;
  }

  /**
   * {@return {@code finding} as a scenario would expect it exactly: rule, year, date, municipality and subjects}
   *
   * @param finding a finding of a check
   */
  public static FlowText describe(Finding finding) {
    FlowText text = new FlowText().put("rule", finding.getRule().value());
    finding.getYear().ifPresent(value -> text.put("year", value));
    finding.getDate().ifPresent(value -> text.put("date", value));
    finding.getMunicipality().ifPresent(value -> text.put("municipality", value));
    return text.put("subjects", finding.subjectIds());
  }
}
