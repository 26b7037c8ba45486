package se.vanort.rules;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.municipality.MunicipalityId;

/**
 * A place where the records depart from a clause: which rule and clause, how strongly it binds,
 * which records it concerns (typed references, carrying their recorded names), when, and a message
 * key with named, typed facts that {@link Messages} renders in Swedish or English as a message, the
 * facts that led to it and a remedy.
 */
@Value.Immutable
@VanortStyle
public interface Finding extends WithFinding {
  /** {@return the rule that found it} */
  RuleId getRule();

  /** {@return the clause it cites} */
  ClauseId getClause();

  /** {@return SHALL (a breach) or SHOULD (a deviation from a recommendation)} */
  Modality getModality();

  /** {@return the records concerned: events, decisions, projects, people, bodies} */
  ImmutableList<RecordRef> getSubjects();

  /** {@return the ids of the records concerned, in the order of {@link #getSubjects()}} */
  default ImmutableList<String> subjectIds() {
    return getSubjects().stream().map(RecordRef::id).collect(ImmutableList.toImmutableList());
  }

  /** {@return the municipality concerned, where the finding is about one party} */
  Optional<MunicipalityId> getMunicipality();

  /** {@return the recorded name of {@link #getMunicipality()}, once the register has named it} */
  Optional<String> getMunicipalityName();

  /** {@return the calendar year concerned, for yearly obligations} */
  Optional<Integer> getYear();

  /** {@return the day concerned, for obligations tied to a record's date} */
  Optional<LocalDate> getDate();

  /**
   * {@return the key of its texts in the message bundles: {@code <key>.message}, {@code .facts}, {@code .remedy}}
   */
  String getMessageKey();

  /**
   * {@return the facts its texts refer to by name ({@code {year}} in the bundles), in the order the
   * rule gives them}
   */
  ImmutableMap<String, Fact> getFacts();

  /**
   * {@return the uid of the obligation it reports as missed ({@code conference-2025-VA2021}), the
   * same uid as the obligation's item in the calendar of what is due; absent for a finding on a
   * record}
   */
  Optional<String> getObligation();

  /** {@return whether it is a breach of a SHALL clause} */
  default boolean isBreach() {
    return getModality() == Modality.SHALL;
  }

  /** The one stable order of findings: by modality, year or date, rule, municipality, subjects, key. */
  Comparator<Finding> ORDER = Comparator.comparing(Finding::getModality)
      .thenComparingInt(Finding::orderYear)
      .thenComparing(Finding::orderDate)
      .thenComparing(f -> f.getRule().value())
      .thenComparing(Finding::orderMunicipality)
      .thenComparing(Finding::getSubjects, Comparators.lexicographical(RecordRef.ORDER))
      .thenComparing(Finding::getMessageKey)
      .thenComparing(f -> f.getFacts().toString());

  // The keys of ORDER are derived once when a finding is built: a large check sorts tens of thousands
  // of findings, and reading them from the optional attributes allocated on every comparison.

  /** {@return the year {@link #ORDER} sorts by: the year, else the date's, else 0} */
  @Value.Derived
  @Value.Auxiliary
  default int orderYear() {
    return getYear().isPresent() ? getYear().get() : getDate().map(LocalDate::getYear).orElse(0);
  }

  /** {@return the day {@link #ORDER} sorts by: the date, else the first day there is} */
  @Value.Derived
  @Value.Auxiliary
  default LocalDate orderDate() {
    return getDate().orElse(LocalDate.MIN);
  }

  /** {@return the municipality {@link #ORDER} sorts by: its id, else the empty text} */
  @Value.Derived
  @Value.Auxiliary
  default String orderMunicipality() {
    return getMunicipality().map(MunicipalityId::value).orElse("");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  final class Builder extends ImmutableFinding.Builder {
    /**
     * Adds the record {@code id} of {@code kind} to the subjects.
     *
     * @param kind its kind
     * @param id its id
     * @return this builder
     */
    public Builder subject(RecordKind kind, Object id) {
      addSubjects(RecordRef.of(kind, id));
      return this;
    }

    /**
     * Adds the records {@code ids} of {@code kind} to the subjects, in order.
     *
     * @param kind their kind
     * @param ids their ids
     * @return this builder
     */
    public Builder subjects(RecordKind kind, Iterable<?> ids) {
      ids.forEach(id -> subject(kind, id));
      return this;
    }

    /**
     * Adds the fact {@code name}, which the texts write as {@code {name}}.
     *
     * @param name the name of its placeholder
     * @param fact the fact
     * @return this builder
     */
    public Builder fact(String name, Fact fact) {
      putFact(name, fact);
      return this;
    }
  }
}
