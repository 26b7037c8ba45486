package se.vanort.adapters.cli;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.rules.Finding;

/**
 * What changed between two sets of findings of one register: those fixed (in the earlier set
 * only), those new (in the later set only) and those still open (in both, as the later set has
 * them). A finding is the same finding when its rule, obligation, municipality, year, day and records
 * are (the first and the second meeting of a year are two); its facts may have changed.
 *
 * @param fixed the earlier findings the later set no longer has
 * @param added the later findings the earlier set did not have
 * @param open the findings of both sets
 */
record FindingChanges(ImmutableList<Finding> fixed, ImmutableList<Finding> added, ImmutableList<Finding> open) {
  /** The changes from {@code before} to {@code after}, each list in {@link Finding#ORDER}. */
  static FindingChanges between(List<Finding> before, List<Finding> after) {
    Map<Key, Finding> earlier = index(before);
    Map<Key, Finding> later = index(after);
    return new FindingChanges(
        sorted(earlier.entrySet().stream().filter(e -> !later.containsKey(e.getKey())).map(Map.Entry::getValue).toList()),
        sorted(later.entrySet().stream().filter(e -> !earlier.containsKey(e.getKey())).map(Map.Entry::getValue).toList()),
        sorted(later.entrySet().stream().filter(e -> earlier.containsKey(e.getKey())).map(Map.Entry::getValue).toList()));
  }

  /** Whether a SHALL finding is new. */
  boolean hasNewBreach() {
    return added.stream().anyMatch(Finding::isBreach);
  }

  private static Map<Key, Finding> index(List<Finding> findings) {
    Map<Key, Finding> index = new LinkedHashMap<>();
    findings.forEach(finding -> index.putIfAbsent(Key.of(finding), finding));
    return index;
  }

  private static ImmutableList<Finding> sorted(List<Finding> findings) {
    return findings.stream().sorted(Finding.ORDER).collect(ImmutableList.toImmutableList());
  }

  private record Key(String rule, Optional<String> obligation, Optional<MunicipalityId> municipality,
      Optional<Integer> year, Optional<LocalDate> date, List<String> subjects) {
    static Key of(Finding finding) {
      return new Key(finding.getRule().value(), finding.getObligation(), finding.getMunicipality(), finding.getYear(),
          finding.getDate(), finding.subjectIds());
    }
  }
}
