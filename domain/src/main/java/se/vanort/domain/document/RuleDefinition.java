package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Locale;
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

  /** {@return what the rule checks, in Swedish} */
  @NotBlank(message = "must say in Swedish what the rule checks")
  public abstract String getRequirementSv();

  /**
   * {@return how the rule reads its clauses where the catalogue had to decide, e.g. what a year is, in English;
   * the complete interpretation, of which the rule's code is the logic}
   */
  public abstract Optional<@NonBlankText String>
      getInterpretation();

  /** {@return how the rule reads its clauses, in Swedish; present exactly when the English is} */
  public abstract Optional<@NonBlankText String>
      getInterpretationSv();

  /**
   * {@return what the rule checks, in the language of {@code locale}: Swedish for Swedish, else English}
   *
   * @param locale the language wanted
   */
  public String requirement(Locale locale) {
    return Languages.isSwedish(locale) ? getRequirementSv() : getRequirement();
  }

  /**
   * {@return how the rule reads its clauses, in the language of {@code locale}: Swedish for Swedish, else English}
   *
   * @param locale the language wanted
   */
  public Optional<String> interpretation(Locale locale) {
    return Languages.isSwedish(locale) ? getInterpretationSv() : getInterpretation();
  }

  /**
   * {@return the rule's whole-number parameters by name, e.g. {@code days-apart}: the numbers its requirement
   * or interpretation names and its code reads, written once in the catalogue data}
   */
  public abstract ImmutableMap<String, Integer> getParameters();

  /**
   * {@return the parameter {@code name}}
   *
   * @param name the parameter's name, e.g. {@code days-apart}
   * @throws IllegalArgumentException naming the rule and its parameters when it has no parameter {@code name}
   */
  public int parameter(String name) {
    Integer value = getParameters().get(name);
    checkArgument(value != null, "rule %s has no parameter '%s'; its parameters are %s", getId(), name,
        getParameters().keySet());
    return value;
  }

  /**
   * {@return the texts of the findings this rule can report, one for each message key, in catalogue order;
   * empty for a rule that reports none}
   */
  public abstract ImmutableList<@Valid FindingText> getFindingTexts();

  /**
   * {@return the texts of the finding {@code key} of this rule, if the catalogue gives them}
   *
   * @param key the finding's message key, e.g. {@code va.youth-camp-with-conference.unlinked}
   */
  public Optional<FindingText> findingText(String key) {
    return getFindingTexts().stream().filter(text -> text.getKey().equals(key)).findFirst();
  }

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
    checkArgument(
        getInterpretation().isPresent() == getInterpretationSv().isPresent(),
        "rule %s must give its interpretation in both Swedish and English, or in neither",
        getId());
    for (FindingText text : getFindingTexts()) {
      checkArgument(text.isOf(getId()), "rule %s has texts of the finding '%s', which is not its own; its"
          + " findings' keys are %s or start with %s.", getId(), text.getKey(), getId(), getId());
    }
    checkArgument(
        getFindingTexts().stream().map(FindingText::getKey).distinct().count() == getFindingTexts().size(),
        "rule %s gives the texts of a finding more than once", getId());
  }

  /** {@return a builder of a rule definition} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleDefinition}. */
  public static final class Builder extends ImmutableRuleDefinition.Builder {}
}
