package se.vanort.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;

/** The facts of a finding as the history stores their values (ids, ISO dates, numbers), for assertions. */
public final class FactValues {
  private FactValues() {}

  /** The facts of {@code finding} by name, each as its stored values. */
  public static ImmutableMap<String, List<String>> of(Finding finding) {
    ImmutableMap.Builder<String, List<String>> values = ImmutableMap.builder();
    finding.getFacts().forEach((name, fact) -> values.put(name, fact.values()));
    return values.build();
  }

  /** The stored values of the fact {@code name} of {@code finding}, or none. */
  public static ImmutableList<String> of(Finding finding, String name) {
    Fact fact = finding.getFacts().get(name);
    return fact == null ? ImmutableList.of() : fact.values();
  }
}
