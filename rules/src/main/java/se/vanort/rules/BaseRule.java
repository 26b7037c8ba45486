package se.vanort.rules;

import se.vanort.domain.document.Documents;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.document.RuleId;

/**
 * The common ground of the catalogue's rules: the definition looked up once by id, and findings
 * that already carry the rule, its clause and its modality.
 */
public abstract class BaseRule implements Rule {
  private final RuleDefinition definition;

  /**
   * A rule with the catalogue definition of {@code id}.
   *
   * @param id the id to look up
   * @throws IllegalArgumentException if the catalogue has no rule {@code id}
   */
  protected BaseRule(String id) {
    this.definition = Documents.findRule(RuleId.of(id))
        .orElseThrow(() -> new IllegalArgumentException("no rule '" + id + "' in the catalogue"));
  }

  @Override
  public final RuleDefinition definition() {
    return definition;
  }

  /**
   * {@return a finding of this rule with message key {@code messageKey} (the rule id, or the rule id and a
   * variant: {@code va.host-runs-meeting.chair}); add subjects, year or date and arguments}
   *
   * @param messageKey the key of the message
   */
  protected final Finding.Builder finding(String messageKey) {
    return Finding.builder()
        .rule(definition.getId())
        .clause(definition.getPrimaryClause())
        .modality(definition.getModality())
        .messageKey(messageKey);
  }

  /** {@return a finding whose message key is the rule id} */
  protected final Finding.Builder finding() {
    return finding(definition.getId().value());
  }

  @Override
  public String toString() {
    return definition.getId().value();
  }
}
