package se.vanort.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import se.vanort.domain.document.ClauseId;

/**
 * {@code va.strategy-coverage} (VA2021/S1–S5) and {@code vis.goal-coverage} (VIS2016/G1–G8): the
 * requirement and its interpretation are in the catalogue data ({@code VA2021.catalogue}, {@code
 * VIS2016.catalogue}, shown by {@code rules show}); this class is their logic, which counts the
 * activities tagged with each clause and never reports a finding. Each of the two rules has a class
 * of its own, named for its id ({@link StrategyCoverage}, {@link GoalCoverage}).
 */
abstract class TagCoverage extends BaseRule {
  private static final String INDEX = "tagCounts";

  TagCoverage(String id) {
    super(id);
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return Stream.empty();
  }

  /** How many activities of the period are tagged with {@code clause}. */
  static int taggedActivities(Evaluation evaluation, ClauseId clause) {
    return evaluation.<Map<ClauseId, Integer>>index(INDEX, e -> {
      Map<ClauseId, Integer> counts = new HashMap<>();
      e.eventsInPeriod().forEach(event -> event.getTags().forEach(tag -> counts.merge(tag, 1, Integer::sum)));
      e.projectsInPeriod().forEach(project -> project.getTags().forEach(tag -> counts.merge(tag, 1, Integer::sum)));
      return counts;
    }).getOrDefault(clause, 0);
  }
}
