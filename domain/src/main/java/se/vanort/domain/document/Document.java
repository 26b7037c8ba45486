package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;

/** A governing document: its clauses quoted from the archived seed text, and the rules enforcing them. */
// An abstract class rather than an interface so that the lookup indexes and the invariant check stay
// out of the API.
@Value.Immutable
@VanortStyle
public abstract class Document implements WithDocument {
  /** {@return the document's stable id, e.g. {@code VA2021}} */
  public abstract DocumentId getId();

  /** {@return the Swedish title, as the catalogue gives it} */
  @NotBlank(message = "must give the document's Swedish title")
  public abstract String getTitle();

  /** {@return the project's English rendering of the title} */
  @NotBlank(message = "must give the document's English title")
  public abstract String getTitleEn();

  /**
   * {@return the title in the language of {@code locale}: Swedish for Swedish, else English}
   *
   * @param locale the language wanted
   */
  public String title(Locale locale) {
    return Languages.isSwedish(locale) ? getTitle() : getTitleEn();
  }

  /** {@return the class-path resource name of the archived seed text, for {@link ClassLoader#getResource}} */
  @NotBlank(message = "must name the class-path resource of the seed text")
  public abstract String getSeedResource();

  /** {@return every clause, in the order of the source} */
  @NotEmpty(message = "must have clauses")
  public abstract ImmutableList<@Valid Clause> getClauses();

  /** {@return every rule, in the order of the catalogue} */
  public abstract ImmutableList<@Valid RuleDefinition> getRules();

  /**
   * {@return the clause {@code id}, if this document has it}
   *
   * @param id the id to look up
   */
  public Optional<Clause> findClause(ClauseId id) {
    return Optional.ofNullable(clauseIndex().get(id));
  }

  /**
   * {@return the clause {@code id}}
   *
   * @param id the id to look up
   * @throws IllegalArgumentException naming the id and this document when it has no such clause
   */
  public Clause clause(ClauseId id) {
    var clause = clauseIndex().get(id);
    checkArgument(
        clause != null, "clause %s is not in document %s; its clauses are %s", id, getId(), clauseIndex().keySet());
    return clause;
  }

  /**
   * {@return the rule {@code id}, if this document has it}
   *
   * @param id the id to look up
   */
  public Optional<RuleDefinition> findRule(RuleId id) {
    return Optional.ofNullable(ruleIndex().get(id));
  }

  /**
   * {@return the rule {@code id}}
   *
   * @param id the id to look up
   * @throws IllegalArgumentException naming the id and this document when it has no such rule
   */
  public RuleDefinition rule(RuleId id) {
    var rule = ruleIndex().get(id);
    checkArgument(rule != null, "rule %s is not in document %s; its rules are %s", id, getId(), ruleIndex().keySet());
    return rule;
  }

  /**
   * {@return the rules enforcing clause {@code id}, in catalogue order; empty for a clause no rule checks}
   *
   * @param id the id to look up
   * @throws IllegalArgumentException naming the id and this document when it has no such clause
   */
  public ImmutableList<RuleDefinition> rulesOf(ClauseId id) {
    return rulesByClause().get(clause(id).getId());
  }

  @Value.Lazy
  ImmutableMap<ClauseId, Clause> clauseIndex() {
    return Maps.uniqueIndex(getClauses(), Clause::getId);
  }

  @Value.Lazy
  ImmutableMap<RuleId, RuleDefinition> ruleIndex() {
    return Maps.uniqueIndex(getRules(), RuleDefinition::getId);
  }

  @Value.Lazy
  ImmutableListMultimap<ClauseId, RuleDefinition> rulesByClause() {
    var rules = ImmutableListMultimap.<ClauseId, RuleDefinition>builder();
    getRules().forEach(rule -> rule.getClauses().forEach(clause -> rules.put(clause, rule)));
    return rules.build();
  }

  @Value.Check
  void check() {
    checkUnique("clause", getClauses().stream().map(Clause::getId));
    checkUnique("rule", getRules().stream().map(RuleDefinition::getId));
    for (var clause : getClauses()) {
      checkArgument(
          clause.getId().getDocument().equals(getId()),
          "document %s: clause %s belongs to document %s",
          getId(),
          clause.getId(),
          clause.getId().getDocument());
    }
    for (var rule : getRules()) {
      for (var cited : rule.getClauses()) {
        checkArgument(
            clauseIndex().containsKey(cited),
            "document %s: rule %s cites clause %s, which is not a clause of this document",
            getId(),
            rule.getId(),
            cited);
      }
    }
    // A clause's modality is what readers see first; it must not understate or overstate its rules.
    for (var clause : getClauses()) {
      var rules = rulesByClause().get(clause.getId());
      if (!rules.isEmpty()) {
        var strongest = Collections.min(rules.stream().map(RuleDefinition::getModality).toList());
        checkArgument(
            clause.getModality() == strongest,
            "document %s: clause %s has modality %s, but the strongest of its rules %s is %s",
            getId(),
            clause.getId(),
            clause.getModality(),
            rules.stream().map(RuleDefinition::getId).toList(),
            strongest);
      }
    }
  }

  private void checkUnique(String kind, Stream<?> ids) {
    var seen = new HashSet<>();
    ids.forEach(id -> checkArgument(seen.add(id), "document %s: %s %s appears more than once", getId(), kind, id));
  }

  /** {@return a builder of a document} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}. */
  public static final class Builder extends ImmutableDocument.Builder {}
}
