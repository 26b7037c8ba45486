package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableListMultimap;
import java.time.LocalDate;
import java.util.Comparator;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Evaluation;

/**
 * The terms of the twin-town secretaries of each municipality, sorted by their first day: the index
 * VA2021/O2 and O3 read, built once per evaluation in one pass over the secretaries.
 *
 * @param person the secretary
 * @param from the first day, {@link LocalDate#MIN} when not recorded
 * @param until the last day, {@link LocalDate#MAX} while still held
 */
record SecretaryTerms(PersonId person, LocalDate from, LocalDate until) {
  private static final Comparator<SecretaryTerms> ORDER = Comparator.comparing(SecretaryTerms::from)
      .thenComparing(SecretaryTerms::until).thenComparing(term -> term.person().value());

  /** The secretaries' terms by municipality, each municipality's sorted by first day. */
  static ImmutableListMultimap<MunicipalityId, SecretaryTerms> of(Evaluation evaluation) {
    return evaluation.get(INDEX);
  }

  private static final Evaluation.Index<ImmutableListMultimap<MunicipalityId, SecretaryTerms>> INDEX =
      Evaluation.Index.of("agreement.secretaryTerms", e -> {
        ImmutableListMultimap.Builder<MunicipalityId, SecretaryTerms> terms = ImmutableListMultimap.builder();
        terms.orderValuesBy(ORDER);
        e.holdersOf(Role.TWIN_TOWN_SECRETARY).forEach(person -> person.getPositions().stream()
            .filter(position -> position.getRole() == Role.TWIN_TOWN_SECRETARY)
            .forEach(position -> terms.put(e.register().municipalityOf(person), new SecretaryTerms(person.getId(),
                position.getFrom().orElse(LocalDate.MIN), position.getUntil().orElse(LocalDate.MAX)))));
        return terms.build();
      });

  /** Whether the term includes {@code date}. */
  boolean includes(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(until);
  }
}
