package se.vanort.rules.agreement;

import java.util.stream.Stream;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;

/**
 * A permission the agreement grants (MAY): the rulebook lists it in every report, and it never
 * produces a finding, because using a permission or not is both compliant.
 */
abstract class PermissionRule extends BaseRule {
  PermissionRule(String id) {
    super(id);
  }

  @Override
  public final Stream<Finding> check(Evaluation evaluation) {
    return Stream.empty();
  }
}
