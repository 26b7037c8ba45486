package se.vanort.rules.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.register.Register;
import se.vanort.rules.Chain;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.obligation.ObligationRule;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * {@code va.secretaries-meet-yearly}: the requirement and its interpretation are in the catalogue
 * data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic. One
 * obligation per party bound during a calendar year, satisfied by a secretaries' meeting of the
 * chain in that year in which the party's secretary took part (a meeting with no participants
 * recorded counts for every party).
 */
final class SecretariesMeetYearly extends ObligationRule {
  static final String SLUG = "secretaries-meeting";

  SecretariesMeetYearly() {
    super("va.secretaries-meet-yearly");
  }

  @Override
  public Stream<Obligation> obligations(Evaluation evaluation, DateRange range) {
    Chain chain = Chain.of(evaluation);
    return evaluation.register().getAgreements().stream()
        .flatMap(agreement -> agreement.getPeriod().intersection(range).stream()
            .flatMap(days -> days.years().boxed().flatMap(year -> {
              DateRange year1 = DateRange.ofYear(year).intersection(agreement.getPeriod()).orElseThrow();
              return agreement.partyIds().stream()
                  .filter(party -> chain.isBoundDuring(agreement, party, year1))
                  .map(party -> obligation(evaluation, chain, agreement, party, year));
            })));
  }

  private Obligation obligation(Evaluation evaluation, Chain chain, Agreement agreement, MunicipalityId party,
      int year) {
    String document = agreement.getId().value();
    List<Held> attended = chain.events(agreement, EventKind.SECRETARIES_MEETING, year).stream()
        .filter(meeting -> secretaryTookPart(evaluation.register(), meeting, party))
        .map(meeting -> Held.on(meeting.getId().value(), meeting.getDate()))
        .toList();
    return settle(evaluation,
        obligation(SLUG + "-" + year + "-" + document + "-" + party, agreement.getId(), year, DateRange.ofYear(year))
            .municipality(party)
            .addSubjects(RecordRef.of(RecordKind.AGREEMENT, document), RecordRef.of(RecordKind.MUNICIPALITY, party))
            .addArguments(String.valueOf(year),
                evaluation.register().findMunicipality(party).map(m -> m.getName()).orElse(party.value())),
        LocalDate.of(year, 12, 31), attended);
  }

  /** Whether {@code party}'s secretary took part in {@code meeting}; a meeting without participants counts for all. */
  static boolean secretaryTookPart(Register register, Event meeting, MunicipalityId party) {
    List<PersonId> present = Stream.concat(meeting.getParticipants().stream(),
        meeting.getDelegations().stream().flatMap(d -> d.memberIds().stream())).toList();
    if (present.isEmpty()) {
      return true;
    }
    return present.stream().flatMap(id -> register.findPerson(id).stream())
        .anyMatch(person -> register.municipalityOf(person).equals(party)
            && person.holds(Role.TWIN_TOWN_SECRETARY, meeting.getDate()));
  }

  @Override
  protected Finding.Builder finding(Evaluation evaluation, Obligation missed) {
    Agreement agreement = evaluation.register().findAgreement(missed.getDocument()).orElseThrow();
    MunicipalityId party = missed.getMunicipality().orElseThrow();
    List<Event> meetings = Chain.of(evaluation).events(agreement, EventKind.SECRETARIES_MEETING, missed.getYear());
    return finding()
        .addAllSubjects(missed.getSubjects())
        .municipality(party)
        .year(missed.getYear())
        .fact("year", Fact.year(missed.getYear()))
        .fact("agreement", Fact.ref(RecordKind.AGREEMENT, agreement.getId()))
        .fact("municipality", Fact.ref(RecordKind.MUNICIPALITY, party))
        .fact("meetings", Fact.refs(RecordKind.EVENT, meetings.stream().map(Event::getId).toList()))
        .fact("participants", Fact.refs(RecordKind.PERSON, meetings.stream()
            .flatMap(meeting -> Stream.concat(meeting.getParticipants().stream(),
                meeting.getDelegations().stream().map(Delegation::memberIds).flatMap(List::stream)))
            .distinct().toList()));
  }
}
