package se.vanort.rules;

import java.util.stream.Stream;
import se.vanort.domain.document.Clause;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.document.RuleId;

/**
 * One rule of the catalogue: what a clause requires, checked against an {@link Evaluation}.
 *
 * <p>A rule is stateless and thread-safe, makes a single pass over the indexes the evaluation
 * offers, and reports breaches as {@link Finding}s, never as exceptions. Rules of modality
 * {@link Modality#MAY} and {@link Modality#INFO} never report a finding.
 */
public interface Rule {
  /** {@return the rule's definition in the catalogue: id, modality, clauses, requirement} */
  RuleDefinition definition();

  /**
   * {@return the findings of this rule on {@code evaluation}, in any order}
   *
   * @param evaluation the evaluation of a register
   */
  Stream<Finding> check(Evaluation evaluation);

  /** {@return the rule's stable id} */
  default RuleId id() {
    return definition().getId();
  }

  /** {@return the force of its findings} */
  default Modality modality() {
    return definition().getModality();
  }

  /** {@return the clause its findings cite} */
  default Clause clause() {
    return Documents.findClause(definition().getPrimaryClause()).orElseThrow();
  }
}
