package se.vanort.rules.agreement;

import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Contact;
import se.vanort.domain.organisation.Person;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code va.contact-register-kept}: the requirement and its interpretation are in the catalogue data
 * ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic. The secretaries
 * in office on the day judged come from {@link SecretaryTerms}; a party with none that day is left to
 * {@code va.secretary-appointed}.
 */
final class ContactRegisterKept extends BaseRule {
  ContactRegisterKept() {
    super("va.contact-register-kept");
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return Scope.of(evaluation).stream().flatMap(scope -> {
      LocalDate day = scope.days().to().isBefore(evaluation.asOf()) ? scope.days().to() : evaluation.asOf();
      if (day.isBefore(scope.days().from())) {
        return Stream.empty();
      }
      return scope.agreement().partyIds().stream()
          .filter(party -> evaluation.register().isBoundOn(scope.agreement(), party, day))
          .flatMap(party -> SecretaryTerms.of(evaluation).get(party).stream()
              .filter(term -> term.includes(day))
              .map(SecretaryTerms::person)
              .distinct()
              .flatMap(id -> evaluation.register().findPerson(id).stream())
              .filter(person -> !person.getContact().map(Contact::isReachable).orElse(false))
              .map(person -> findingOn(person, party, day)));
    });
  }

  private Finding findingOn(Person person, MunicipalityId party, LocalDate day) {
    return finding()
        .subject(RecordKind.PERSON, person.getId())
        .municipality(party)
        .date(day)
        .fact("secretary", Fact.ref(RecordKind.PERSON, person.getId()))
        .fact("municipality", Fact.ref(RecordKind.MUNICIPALITY, party))
        .fact("date", Fact.date(day))
        .build();
  }
}
