package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;

/** What the catalogue says a rule checks, and the clauses it enforces. */
// An abstract class rather than an interface so that the invariant check stays out of the API.
@Value.Immutable
@VanortStyle
public abstract class RuleDefinition implements WithRuleDefinition {
  /** {@return the rule's stable id, e.g. {@code va.conference-every-second-year}} */
  public abstract RuleId getId();

  /** {@return the force of a finding of this rule} */
  public abstract Modality getModality();

  /** {@return the clauses the rule enforces, never empty; a finding cites the first} */
  @NotEmpty(message = "must cite at least one clause")
  public abstract ImmutableList<ClauseId> getClauses();

  /** {@return what the rule checks, in English} */
  @NotBlank(message = "must say what the rule checks")
  public abstract String getRequirement();

  /** {@return how the rule reads its clauses where the catalogue had to decide, e.g. what a year is} */
  public abstract Optional<@NonBlankText String>
      getInterpretation();

  /** {@return the clause a finding of this rule cites} */
  public ClauseId getPrimaryClause() {
    return getClauses().get(0);
  }

  @Value.Check
  void check() {
    checkArgument(!getClauses().isEmpty(), "rule %s must cite at least one clause", getId());
    checkArgument(
        getClauses().stream().distinct().count() == getClauses().size(),
        "rule %s cites a clause more than once: %s",
        getId(),
        getClauses());
  }

  /** {@return a builder of a rule definition} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleDefinition}. */
  public static final class Builder extends ImmutableRuleDefinition.Builder {}
}
