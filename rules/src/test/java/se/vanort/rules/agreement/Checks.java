package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Rule;

/**
 * Checks a register against this package's rules only, the way the rulebook does (one evaluation,
 * rules that produce findings, findings in report order), so the tests depend on no other package.
 */
final class Checks {
  /** The period of the fixtures: VA2021 and its revision year. */
  static final DateRange VA2021_AND_REVISION = DateRange.ofYears(2021, 2027);

  private Checks() {}

  /** Every finding of the agreement's rules on {@code register} over {@code period}, in report order. */
  static ImmutableList<Finding> findings(Register register, DateRange period) {
    Evaluation evaluation = new Evaluation(register, period);
    return AgreementRules.all().stream()
        .filter(rule -> rule.modality().producesFindings())
        .flatMap(rule -> rule.check(evaluation))
        .sorted(Finding.ORDER)
        .collect(ImmutableList.toImmutableList());
  }

  /** The findings of rule {@code id} on {@code register} over 2021–2027. */
  static ImmutableList<Finding> findings(Register register, String id) {
    return findings(register, VA2021_AND_REVISION, id);
  }

  /** The findings of rule {@code id} on {@code register} over {@code period}, in report order. */
  static ImmutableList<Finding> findings(Register register, DateRange period, String id) {
    Rule rule = AgreementRules.all().stream().filter(r -> r.id().value().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in AgreementRules.all()"));
    return rule.check(new Evaluation(register, period)).sorted(Finding.ORDER)
        .collect(ImmutableList.toImmutableList());
  }
}
