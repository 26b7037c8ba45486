package se.vanort.rules;

import com.google.common.collect.ImmutableList;

/**
 * A package of rules that the standard rulebook finds through {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/se.vanort.rules.RuleSet}), so that the engine does not
 * depend on the packages that depend on it.
 */
public interface RuleSet {
  /** {@return the rules of this set} */
  ImmutableList<Rule> rules();
}
