package se.vanort.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.event.Event;
import se.vanort.domain.project.Project;

/**
 * {@code va.strategy-coverage} (VA2021/S1–S5) and {@code vis.goal-coverage} (VIS2016/G1–G8): every
 * activity may be tagged with the strategies and goals it serves, and the report shows which of
 * them had no activity in the period. INFO: a coverage line, never a finding.
 *
 * <p>An activity is an event whose first day, or a project whose period, lies at least partly in
 * the period evaluated.
 */
final class TagCoverage extends BaseRule {
  private static final Evaluation.Index<Map<ClauseId, Integer>> TAG_COUNTS = Evaluation.Index.of("tagCounts", e -> {
    Map<ClauseId, Integer> counts = new HashMap<>();
    for (Event event : e.eventsInPeriod()) {
      for (ClauseId tag : event.getTags()) {
        counts.merge(tag, 1, Integer::sum);
      }
    }
    for (Project project : e.projectsInPeriod()) {
      for (ClauseId tag : project.getTags()) {
        counts.merge(tag, 1, Integer::sum);
      }
    }
    return counts;
  });

  TagCoverage(String id) {
    super(id);
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return Stream.empty();
  }

  /** How many activities of the period are tagged with {@code clause}. */
  static int taggedActivities(Evaluation evaluation, ClauseId clause) {
    return evaluation.get(TAG_COUNTS).getOrDefault(clause, 0);
  }
}
