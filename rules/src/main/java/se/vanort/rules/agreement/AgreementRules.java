package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import se.vanort.rules.Rule;

/** The rules of the twin-town agreement VA2021, which bind every party. */
public final class AgreementRules {
  private AgreementRules() {}

  /** Every rule of VA2021 that this package implements, in catalogue order. */
  public static ImmutableList<Rule> all() {
    return ImmutableList.of();
  }
}
