package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Party;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code va.secretary-appointed}: the requirement and its interpretation are in the catalogue data
 * ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic. The terms of
 * each party's secretaries ({@link SecretaryTerms}, sorted by their first day) are walked once, and
 * each stretch of days they leave uncovered is one finding.
 */
final class SecretaryAppointed extends BaseRule {
  SecretaryAppointed() {
    super("va.secretary-appointed");
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return Scope.of(evaluation).stream().flatMap(scope -> scope.agreement().getParties().stream()
        .flatMap(party -> checkedDays(evaluation, scope, party).stream()
            .flatMap(days -> gaps(scope, party.getMunicipality(), days,
                SecretaryTerms.of(evaluation).get(party.getMunicipality())))));
  }

  // The days the party is bound (member, and existing) within the scope, up to the as-of date.
  private static Optional<DateRange> checkedDays(Evaluation evaluation, Scope scope, Party party) {
    LocalDate last = evaluation.asOf();
    Optional<LocalDate> ceased = evaluation.register().findMunicipality(party.getMunicipality())
        .flatMap(Municipality::getUntil);
    if (ceased.isPresent() && ceased.get().isBefore(last)) {
      last = ceased.get();
    }
    if (party.getUntil().isPresent() && party.getUntil().get().isBefore(last)) {
      last = party.getUntil().get();
    }
    LocalDate first = party.getFrom().orElse(LocalDate.MIN);
    return scope.days().intersection(DateRange.of(first, last));
  }

  private Stream<Finding> gaps(Scope scope, MunicipalityId party, DateRange days, ImmutableList<SecretaryTerms> terms) {
    Stream.Builder<Finding> findings = Stream.builder();
    LocalDate cursor = days.from();
    Optional<SecretaryTerms> before = Optional.empty();
    for (SecretaryTerms term : terms) {
      if (cursor.isAfter(days.to())) {
        break;
      }
      if (term.until().isBefore(cursor)) {
        before = later(before, term);
        continue;
      }
      if (term.from().isAfter(cursor)) {
        LocalDate end = term.from().minusDays(1).isBefore(days.to()) ? term.from().minusDays(1) : days.to();
        findings.add(gap(scope, party, DateRange.of(cursor, end), before, Optional.of(term)));
      }
      cursor = term.until().equals(LocalDate.MAX) ? LocalDate.MAX : max(cursor, term.until().plusDays(1));
      before = later(before, term);
    }
    if (!cursor.isAfter(days.to())) {
      findings.add(gap(scope, party, DateRange.of(cursor, days.to()), before, Optional.empty()));
    }
    return findings.build();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Optional<SecretaryTerms> later(Optional<SecretaryTerms> current, SecretaryTerms term) {
    return current.filter(c -> !term.until().isAfter(c.until())).or(() -> Optional.of(term));
  }

  private Finding gap(Scope scope, MunicipalityId party, DateRange gap, Optional<SecretaryTerms> before,
      Optional<SecretaryTerms> after) {
    Finding.Builder finding = finding().municipality(party).date(gap.from());
    before.ifPresent(term -> finding.subject(RecordKind.PERSON, term.person()));
    after.filter(term -> !before.map(SecretaryTerms::person).equals(Optional.of(term.person())))
        .ifPresent(term -> finding.subject(RecordKind.PERSON, term.person()));
    return finding
        .fact("municipality", Fact.ref(RecordKind.MUNICIPALITY, party))
        .fact("from", Fact.date(gap.from()))
        .fact("to", Fact.date(gap.to()))
        .fact("agreement", Fact.ref(RecordKind.AGREEMENT, scope.agreementId()))
        .fact("before", Fact.ref(RecordKind.PERSON, before.map(SecretaryTerms::person)))
        .fact("after", Fact.ref(RecordKind.PERSON, after.map(SecretaryTerms::person)))
        .build();
  }
}
