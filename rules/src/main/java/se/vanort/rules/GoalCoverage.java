package se.vanort.rules;

/**
 * {@code vis.goal-coverage}: the requirement and its interpretation are in the catalogue data
 * ({@code VIS2016.catalogue}, shown by {@code rules show}); the logic is {@link TagCoverage}'s.
 */
final class GoalCoverage extends TagCoverage {
  GoalCoverage() {
    super("vis.goal-coverage");
  }
}
