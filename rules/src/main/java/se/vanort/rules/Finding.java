package se.vanort.rules;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
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
 * which records it concerns, when, and a message key with arguments that {@link Messages} renders
 * in Swedish or English as a message, the facts that led to it and a remedy.
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

  /** {@return the ids of the records concerned: events, decisions, projects, people, bodies} */
  ImmutableList<String> getSubjects();

  /** {@return the municipality concerned, where the finding is about one party} */
  Optional<MunicipalityId> getMunicipality();

  /** {@return the calendar year concerned, for yearly obligations} */
  Optional<Integer> getYear();

  /** {@return the day concerned, for obligations tied to a record's date} */
  Optional<LocalDate> getDate();

  /**
   * {@return the key of its texts in the message bundles: {@code <key>.message}, {@code .facts}, {@code .remedy}}
   */
  String getMessageKey();

  /** {@return the arguments of its texts, already formatted ({0}, {1}, … in the bundles)} */
  ImmutableList<String> getArguments();

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
      .thenComparing(f -> f.getYear().orElse(f.getDate().map(LocalDate::getYear).orElse(0)))
      .thenComparing(f -> f.getDate().orElse(LocalDate.MIN))
      .thenComparing(f -> f.getRule().value())
      .thenComparing(f -> f.getMunicipality().map(MunicipalityId::value).orElse(""))
      .thenComparing(Finding::getSubjects, Comparators.lexicographical(Comparator.<String>naturalOrder()))
      .thenComparing(Finding::getMessageKey)
      .thenComparing(Finding::getArguments, Comparators.lexicographical(Comparator.<String>naturalOrder()));

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  final class Builder extends ImmutableFinding.Builder {
    /**
     * Adds the arguments in order, each formatted with {@link String#valueOf(Object)}.
     *
     * @param arguments the values the text refers to
     * @return this builder
     */
    public Builder args(Object... arguments) {
      for (Object argument : arguments) {
        addArgument(String.valueOf(argument));
      }
      return this;
    }
  }
}
