package se.vanort.rules;

/**
 * {@code va.strategy-coverage}: the requirement and its interpretation are in the catalogue data
 * ({@code VA2021.catalogue}, shown by {@code rules show}); the logic is {@link TagCoverage}'s.
 */
final class StrategyCoverage extends TagCoverage {
  StrategyCoverage() {
    super("va.strategy-coverage");
  }
}
