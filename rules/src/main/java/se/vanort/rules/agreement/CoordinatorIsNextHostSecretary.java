package se.vanort.rules.agreement;

import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Chain;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code va.coordinator-is-next-host-secretary}: the requirement and its interpretation are in the
 * catalogue data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their
 * logic. The next meeting is the chain's ({@link Chain#nextMeeting}).
 */
final class CoordinatorIsNextHostSecretary extends BaseRule {
  private static final String UNRECORDED = "va.coordinator-is-next-host-secretary.unrecorded";

  CoordinatorIsNextHostSecretary() {
    super("va.coordinator-is-next-host-secretary");
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return Scope.pastChainEvents(evaluation, EventKind.SECRETARIES_MEETING).stream()
        .flatMap(meeting -> check(evaluation, meeting).stream());
  }

  private Optional<Finding> check(Evaluation evaluation, Event meeting) {
    Optional<Event> next = Chain.of(evaluation).nextMeeting(meeting.getDate())
        .filter(event -> event.getHost().isPresent());
    if (next.isEmpty()) {
      return Optional.empty();
    }
    MunicipalityId host = next.get().getHost().orElseThrow();
    Optional<PersonId> chair = meeting.getChair();
    if (chair.isEmpty()) {
      return Optional.of(findingOn(meeting, next.get(), UNRECORDED, Fact.notRecorded(), Fact.notRecorded())
          .municipality(host).build());
    }
    Optional<Person> person = evaluation.register().findPerson(chair.get());
    if (person.filter(p -> isSecretaryOf(evaluation, p, host, meeting)).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(findingOn(meeting, next.get(), "va.coordinator-is-next-host-secretary",
            Fact.ref(RecordKind.PERSON, chair.get()),
            Fact.ref(RecordKind.MUNICIPALITY, person.map(evaluation.register()::municipalityOf)))
        .subject(RecordKind.PERSON, chair.get())
        .municipality(host)
        .build());
  }

  /** The same test as {@link Evaluation#secretariesOn}, on one person rather than every secretary. */
  private static boolean isSecretaryOf(Evaluation evaluation, Person person, MunicipalityId host, Event meeting) {
    return evaluation.register().municipalityOf(person).equals(host)
        && person.holds(Role.TWIN_TOWN_SECRETARY, meeting.getDate());
  }

  private Finding.Builder findingOn(Event meeting, Event next, String key, Fact chair, Fact chairMunicipality) {
    return finding(key)
        .subject(RecordKind.EVENT, meeting.getId())
        .subject(RecordKind.EVENT, next.getId())
        .date(meeting.getDate())
        .fact("meeting", Fact.ref(RecordKind.EVENT, meeting.getId()))
        .fact("date", Fact.date(meeting.getDate()))
        .fact("nextMeeting", Fact.ref(RecordKind.EVENT, next.getId()))
        .fact("host", Fact.ref(RecordKind.MUNICIPALITY, next.getHost()))
        .fact("chair", chair)
        .fact("chairMunicipality", chairMunicipality);
  }
}
