package se.vanort.adapters.cli.file;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.vanort.domain.Kebab;
import se.vanort.rules.obligation.DueStatus;
import se.vanort.rules.query.DueItem;

/**
 * An item a scenario expects in the calendar of {@code vanort due}, in the file's terms: its rule or
 * its kind, and optionally its status, year, date, municipality and records (exact, or
 * {@code contains}). What is left out matches anything.
 *
 * @param rule the rule id, e.g. {@code va.conference-every-second-year}, if stated
 * @param kind the kind of item, e.g. {@code conference}, if stated
 * @param status done, due, missed or optional, if stated
 * @param year the year the item belongs to, if stated
 * @param date the item's date, if stated
 * @param municipality the municipality it is due for, if stated
 * @param records exactly the records that satisfy it, if stated
 * @param contains records among those that satisfy it
 */
public record ExpectedDueItem(Optional<String> rule, Optional<String> kind, Optional<DueStatus> status,
    Optional<Integer> year, Optional<LocalDate> date, Optional<String> municipality,
    Optional<List<String>> records, List<String> contains) {
  /** Copies the lists. */
  public ExpectedDueItem {
    records = records.map(List::copyOf);
    contains = List.copyOf(contains);
  }

  /**
   * {@return the fields in which {@code item} differs from this expectation; empty when it matches}
   *
   * @param item an item of the calendar
   */
  public List<String> differences(DueItem item) {
    List<String> differences = new ArrayList<>();
    if (rule.isPresent() && !rule.get().equals(item.getRule().value())) {
      differences.add("rule");
    }
    if (kind.isPresent() && !kind.get().equals(item.getKind().slug())) {
      differences.add("kind");
    }
    if (status.isPresent() && status.get() != item.getStatus()) {
      differences.add("status");
    }
    if (year.isPresent() && year.get() != item.getYear()) {
      differences.add("year");
    }
    if (date.isPresent() && !date.get().equals(item.getDate())) {
      differences.add("date");
    }
    if (municipality.isPresent() && !municipality.equals(item.getMunicipality().map(Object::toString))) {
      differences.add("municipality");
    }
    if (records.isPresent() && !Set.copyOf(records.get()).equals(Set.copyOf(item.getRecords()))) {
      differences.add("records");
    }
    if (!item.getRecords().containsAll(contains)) {
      differences.add("contains");
    }
    return differences;
  }

  /** The expectation as the file writes it, e.g. {@code { rule: va.x, status: due }}. */
  @Override
  public String toString() {
    return form().toString();
  }

  /** {@return the fields the scenario states, in the file's order} */
  public FlowText form() {
    FlowText text = new FlowText();
    rule.ifPresent(value -> text.put("rule", value));
    kind.ifPresent(value -> text.put("kind", value));
    status.ifPresent(value -> text.put("status", Kebab.of(value)));
    year.ifPresent(value -> text.put("year", value));
    date.ifPresent(value -> text.put("date", value));
    municipality.ifPresent(value -> text.put("municipality", value));
    records.ifPresent(value -> text.put("records", value));
    if (!contains.isEmpty()) {
      text.put("contains", contains);
    }
    return text;
  }

  /**
   * {@return {@code item} as a scenario would expect it: rule, status, year, date, municipality, records}
   *
   * @param item an item of the calendar
   */
  public static FlowText describe(DueItem item) {
    FlowText text = new FlowText().put("rule", item.getRule().value()).put("status", Kebab.of(item.getStatus()))
        .put("year", item.getYear()).put("date", item.getDate());
    item.getMunicipality().ifPresent(value -> text.put("municipality", value));
    return text.put("records", item.getRecords());
  }
}
