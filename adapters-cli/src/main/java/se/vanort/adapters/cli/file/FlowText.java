package se.vanort.adapters.cli.file;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A finding, an item or a problem in the form a scenario file writes it: fields in order, written on
 * one line as YAML writes a mapping, {@code { rule: va.x, subjects: [VA2021] }}, so that a report
 * quotes an expectation and what was found in the same form; and the same fields for JSON.
 */
public final class FlowText {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  /**
   * Adds a field.
   *
   * @param name the field's name
   * @param value its value: text, a number, a date, or a list of them
   * @return this
   */
  public FlowText put(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  /** {@return the fields in order, for a structured report} */
  public Map<String, Object> fields() {
    return Collections.unmodifiableMap(fields);
  }

  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "{ ", " }").setEmptyValue("{}");
    fields.forEach((name, value) -> text.add(name + ": " + (value instanceof Collection<?> list
        ? "[" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]"
        : String.valueOf(value))));
    return text.toString();
  }
}
