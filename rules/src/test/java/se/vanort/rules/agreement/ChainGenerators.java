package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.municipality.MunicipalityId;

/**
 * Generators of hypothetical agreements after VA2021 and of chains that keep them: other parties,
 * other start years, other cycles and revision intervals, always with the revision year in the
 * conference cycle as the domain requires.
 */
final class ChainGenerators {
  private static final ImmutableList<MunicipalityId> POOL = ImmutableList.of(
      MunicipalityId.of("tonder"), MunicipalityId.of("kauhava"), MunicipalityId.of("hjo"),
      MunicipalityId.of("lemvig"), MunicipalityId.of("moss"), MunicipalityId.of("olfus"));

  private ChainGenerators() {}

  /**
   * Agreements starting 2027–2030 and lasting 6 years, between 2 and 5 parties, with conferences
   * every 1 to 5 years and a revision every 2, 4 or 6 years (a revision year must lie within the
   * period or the year right after it); the cycle's anchor is the first year
   * the revision year is a whole number of cycles from.
   */
  static Gen<Agreement> nextAgreements() {
    return in -> {
      int start = Generate.range(2027, 2030).generate(in);
      int every = Generate.range(1, 5).generate(in);
      int revision = List.of(2, 4, 6).get(Generate.range(0, 2).generate(in));
      int first = Generate.range(0, POOL.size() - 1).generate(in);
      int count = Generate.range(2, 5).generate(in);
      ImmutableList<MunicipalityId> parties = java.util.stream.IntStream.range(0, count)
          .mapToObj(i -> POOL.get((first + i) % POOL.size())).collect(ImmutableList.toImmutableList());
      return Agreement.builder()
          .id(DocumentId.of("VA" + start))
          .period(DateRange.ofYears(start, start + 5))
          .addAllPartyIds(parties)
          .conferenceCycle(Cycle.of(every, start + revision % every))
          .revisionEveryYears(revision)
          .build();
    };
  }

  /** A chain of a generated agreement that keeps it, as of a day from its first year to after its revision. */
  static Gen<ChainFixture> nextChains() {
    return nextAgreements().flatMap(agreement -> asOfDays(agreement).map(asOf -> ChainFixture.of(agreement, asOf)));
  }

  private static Gen<LocalDate> asOfDays(Agreement agreement) {
    LocalDate from = agreement.getPeriod().from();
    LocalDate to = LocalDate.of(agreement.getRevisionYear() + 1, 12, 31);
    return Generate.range(0, (int) ChronoUnit.DAYS.between(from, to)).map(days -> from.plusDays(days));
  }

  /** The period a chain of {@code agreement} is checked over: its own years and its revision year. */
  static DateRange periodOf(Agreement agreement) {
    return DateRange.ofYears(agreement.getPeriod().from().getYear(), agreement.getRevisionYear());
  }
}
