package se.vanort.rules.agreement;

import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.register.Register;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.PersonId;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code va.host-runs-meeting}: the requirement and its interpretation are in the catalogue data
 * ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic. Each part of
 * the meeting the host answers for is read from its own field ({@code noticeIssuedBy}, {@code
 * agendaSetBy}, the chair and the secretary) and has a message key of its own ({@code .notice},
 * {@code .agenda}, {@code .chair}, {@code .secretary}); a meeting with no host gets {@code .host}
 * instead.
 */
final class HostRunsMeeting extends BaseRule {
  private static final String NOTICE = "va.host-runs-meeting.notice";
  private static final String AGENDA = "va.host-runs-meeting.agenda";
  private static final String CHAIR = "va.host-runs-meeting.chair";
  private static final String SECRETARY = "va.host-runs-meeting.secretary";
  private static final String NO_HOST = "va.host-runs-meeting.host";

  HostRunsMeeting() {
    super("va.host-runs-meeting");
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return Scope.pastChainEvents(evaluation, EventKind.TWIN_TOWN_MEETING).stream()
        .flatMap(meeting -> check(evaluation.register(), meeting));
  }

  private Stream<Finding> check(Register register, Event meeting) {
    if (meeting.getHost().isEmpty()) {
      return Stream.of(findingOn(meeting, NO_HOST).build());
    }
    MunicipalityId host = meeting.getHost().get();
    return Stream.of(
            byHost(meeting, host, meeting.getNoticeIssuedBy(), NOTICE),
            byHost(meeting, host, meeting.getAgendaSetBy(), AGENDA),
            fromHost(register, meeting, host, meeting.getChair(), CHAIR),
            fromHost(register, meeting, host, meeting.getSecretary(), SECRETARY))
        .flatMap(Optional::stream);
  }

  private Optional<Finding> byHost(Event meeting, MunicipalityId host, Optional<MunicipalityId> by, String key) {
    if (by.filter(host::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(findingOn(meeting, key)
        .fact("by", Fact.ref(RecordKind.MUNICIPALITY, by))
        .municipality(host).build());
  }

  private Optional<Finding> fromHost(
      Register register, Event meeting, MunicipalityId host, Optional<PersonId> person, String key) {
    Optional<MunicipalityId> from = person.flatMap(register::findPerson).map(register::municipalityOf);
    if (from.filter(host::equals).isPresent()) {
      return Optional.empty();
    }
    Finding.Builder finding = findingOn(meeting, key)
        .fact("person", Fact.ref(RecordKind.PERSON, person))
        .fact("personMunicipality", Fact.ref(RecordKind.MUNICIPALITY, from))
        .municipality(host);
    person.ifPresent(id -> finding.subject(RecordKind.PERSON, id));
    return Optional.of(finding.build());
  }

  private Finding.Builder findingOn(Event meeting, String key) {
    return finding(key)
        .subject(RecordKind.EVENT, meeting.getId())
        .date(meeting.getDate())
        .fact("meeting", Fact.ref(RecordKind.EVENT, meeting.getId()))
        .fact("date", Fact.date(meeting.getDate()))
        .fact("host", Fact.ref(RecordKind.MUNICIPALITY, meeting.getHost()));
  }
}
