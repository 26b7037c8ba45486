package se.vanort.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.event.Event;
import se.vanort.domain.project.Project;

/**
 * {@code va.strategy-coverage} (VA2021/S1–S5) and {@code vis.goal-coverage} (VIS2016/G1–G8): the
 * requirement and its interpretation are in the catalogue data ({@code VA2021.catalogue}, {@code
 * VIS2016.catalogue}, shown by {@code rules show}); this class is their logic, which counts the
 * activities tagged with each clause and never reports a finding. Each of the two rules has a class
 * of its own, named for its id ({@link StrategyCoverage}, {@link GoalCoverage}).
 */
abstract class TagCoverage extends BaseRule {
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
