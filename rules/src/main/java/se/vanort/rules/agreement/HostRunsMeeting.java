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

/**
 * {@code va.host-runs-meeting}: the requirement and its interpretation are in the catalogue data
 * ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic. Each part of
 * the meeting the host answers for is read from its own field ({@code noticeIssuedBy}, {@code
 * agendaSetBy}, the chair and the secretary) and has a message key of its own ({@code .notice},
 * {@code .agenda}, {@code .chair}, {@code .secretary}); a meeting with no host gets {@code .host}
 * instead.
 *
 * <p>Arguments of the texts: {0} the meeting, {1} its date, {2} the host, {3} what the record says
 * (a municipality or a person, with a dash when it is not recorded), {4} that person's municipality.
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
      return Stream.of(findingOn(meeting, NO_HOST, Scope.NOT_RECORDED, Scope.NOT_RECORDED).build());
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
    return Optional.of(findingOn(meeting, key, Scope.orDash(by), Scope.orDash(by))
        .municipality(host).build());
  }

  private Optional<Finding> fromHost(
      Register register, Event meeting, MunicipalityId host, Optional<PersonId> person, String key) {
    Optional<MunicipalityId> from = person.flatMap(register::findPerson).map(register::municipalityOf);
    if (from.filter(host::equals).isPresent()) {
      return Optional.empty();
    }
    Finding.Builder finding = findingOn(meeting, key, Scope.orDash(person), Scope.orDash(from)).municipality(host);
    person.ifPresent(id -> finding.addSubject(id.value()));
    return Optional.of(finding.build());
  }

  private Finding.Builder findingOn(Event meeting, String key, String recorded, String recordedMunicipality) {
    return finding(key)
        .addSubject(meeting.getId().value())
        .date(meeting.getDate())
        .args(meeting.getId().value(), meeting.getDate().toString(), Scope.orDash(meeting.getHost()),
            recorded, recordedMunicipality);
  }
}
