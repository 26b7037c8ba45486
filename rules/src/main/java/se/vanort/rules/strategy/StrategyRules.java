package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import se.vanort.rules.Rule;

/** The rules of Vimmerby's strategy VIS2016, which bind the perspective municipality. */
public final class StrategyRules {
  private StrategyRules() {}

  /** Every rule of VIS2016 that this package implements, in catalogue order. */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
