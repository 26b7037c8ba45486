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
 * {@code va.contact-register-kept} (VA2021/O3, SHALL): "De har gemensamt ansvar för att […]
 * administrera all kontaktinformation vänorterna emellan."
 *
 * <p>Interpretation: the contact information the secretaries administer starts with their own, so
 * each party's twin-town secretaries in office on the reference day have a {@link Contact} with an
 * e-mail address or a telephone number. The reference day is the as-of date, or the last day of the
 * evaluated period the agreement governs when that lies earlier (the secretaries then in office).
 * A party with no secretary on that day is {@code va.secretary-appointed}'s finding, not this one's.
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
