package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterDraft;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Contact;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;

/**
 * A small readable register of a twin-town chain that keeps every rule of its agreement, to be
 * broken one record at a time by a test.
 *
 * <p>For every party {@code p}: an executive board {@code ks-p} and an administration {@code adm-p};
 * {@code p-chair} chairs the board (political leadership), {@code p-ceo} is chief executive
 * (administrative leadership), {@code p-sec} is twin-town secretary with an e-mail address, all
 * with no start or end recorded. For every conference year {@code y} up to the revision year: a
 * conference {@code conf-y} on 14 June with both agenda items of A4 and A5 (and the revision in the
 * revision year) and a youth camp {@code camp-y} linked to it on 10 June; for every meeting year a
 * twin-town meeting {@code meet-y} on 15 June run by its host, with decision {@code dec-y} followed
 * up on 1 March of the next year; every year a secretaries' meeting {@code sec-y} on 1 February
 * chaired by the secretary of the next meeting's host. Hosts rotate through the parties in order
 * (VA2021: vimmerby 2021, kauhava 2023, moss 2025, olfus 2027); conferences and meetings get a
 * delegation of chair and chief executive from every party.
 */
final class ChainFixture {
  static final MunicipalityId VIMMERBY = RegisterGenerators.VIMMERBY;
  static final MunicipalityId KAUHAVA = RegisterGenerators.KAUHAVA;
  static final MunicipalityId MOSS = RegisterGenerators.MOSS;
  static final MunicipalityId OLFUS = RegisterGenerators.OLFUS;

  /** VA2021 as the catalogue reads it: the domain test-jar's {@link RegisterGenerators#va2021()}. */
  static final Agreement VA2021 = RegisterGenerators.va2021();

  private final Agreement agreement;
  /** The register as it stands, built through the domain test-jar's draft. */
  private final RegisterDraft draft;

  private ChainFixture(Agreement agreement, LocalDate asOf) {
    this.agreement = agreement;
    this.draft = RegisterDraft.seenFrom(Perspective.of(VIMMERBY, asOf));
  }

  /** The VA2021 chain, kept in full, as of the end of 2027 (its revision year). */
  static ChainFixture va2021() {
    return of(VA2021, LocalDate.of(2027, 12, 31));
  }

  /** A compliant chain of {@code agreement} as of {@code asOf}, events planned up to the revision year. */
  static ChainFixture of(Agreement agreement, LocalDate asOf) {
    ChainFixture chain = new ChainFixture(agreement, asOf);
    chain.populate();
    return chain;
  }

  private void populate() {
    draft.addAgreement(agreement);
    if (!agreement.isParty(VIMMERBY)) {
      draft.addMunicipality(municipality(VIMMERBY));
    }
    agreement.partyIds().forEach(party -> {
      draft.addMunicipality(municipality(party));
      draft.addBody(body(ks(party), BodyKind.EXECUTIVE_BOARD, "Styrelse", party));
      draft.addBody(body(adm(party), BodyKind.ADMINISTRATION, "Förvaltning", party));
      draft.addPerson(person(party, "chair", ks(party), Role.CHAIR));
      draft.addPerson(person(party, "ceo", adm(party), Role.CHIEF_EXECUTIVE));
      draft.addPerson(person(party, "sec", adm(party), Role.TWIN_TOWN_SECRETARY)
          .withContact(Contact.builder().email("sec@" + party + ".example.org").build()));
    });
    int first = agreement.getPeriod().from().getYear();
    int last = agreement.getRevisionYear();
    for (int year = first; year <= last; year++) {
      if (agreement.isConferenceYear(year)) {
        addConferenceAndCamp(year);
      }
      if (agreement.isMeetingYear(year)) {
        addMeetingAndDecision(year);
      }
    }
    for (int year = first; year <= last; year++) {
      addSecretariesMeeting(year);
    }
  }

  private void addConferenceAndCamp(int year) {
    MunicipalityId host = hostOf(year);
    Event.Builder conference = Event.builder().id(EventId.of("conf-" + year)).kind(EventKind.CONFERENCE)
        .date(LocalDate.of(year, 6, 14)).host(host)
        .addAgendaItems(AgendaItem.NORDEN_MEETING, AgendaItem.DEVELOPMENT_EXCHANGE)
        .delegations(leadershipDelegations());
    if (year == agreement.getRevisionYear()) {
      conference.addAgendaItems(AgendaItem.AGREEMENT_REVISION);
    }
    draft.addEvent(conference.build());
    draft.addEvent(camp(year, "conf-" + year));
  }

  private void addMeetingAndDecision(int year) {
    MunicipalityId host = hostOf(year);
    draft.addEvent(Event.builder().id(EventId.of("meet-" + year)).kind(EventKind.TWIN_TOWN_MEETING)
        .date(LocalDate.of(year, 6, 15)).host(host)
        .addAgendaItems(AgendaItem.EVALUATE_ACTIVITY_PLAN, AgendaItem.DECISION_FOLLOW_UP)
        .noticeIssuedBy(host).agendaSetBy(host).chair(PersonId.of(host + "-chair")).secretary(secretary(host))
        .delegations(leadershipDelegations())
        .build());
    draft.addDecision(Decision.builder().id(DecisionId.of("dec-" + year))
        .meeting(EventId.of("meet-" + year)).date(LocalDate.of(year, 6, 15)).matter(Matter.ACTIVITY_PLAN)
        .addFollowUp(FollowUp.builder().date(LocalDate.of(year + 1, 3, 1)).build())
        .build());
  }

  private void addSecretariesMeeting(int year) {
    Event.Builder meeting = Event.builder().id(EventId.of("sec-" + year)).kind(EventKind.SECRETARIES_MEETING)
        .date(LocalDate.of(year, 2, 1));
    Cycle meetings = agreement.getMeetingCycle();
    int nextMeetingYear = meetings.includes(year) ? year : meetings.nextAfter(year);
    if (nextMeetingYear <= agreement.getRevisionYear()) {
      meeting.chair(secretary(hostOf(nextMeetingYear)));
    }
    draft.addEvent(meeting.build());
  }

  /** The host of the conference and meeting of {@code year}: the parties in turn. */
  MunicipalityId hostOf(int year) {
    Cycle cycle = agreement.getConferenceCycle();
    int round = Math.floorDiv(year - cycle.anchorYear(), cycle.everyYears());
    int turn = Math.floorMod(round, agreement.getParties().size());
    return agreement.partyIds().get(turn);
  }

  /** A youth camp of {@code year} linked to {@code conference}. */
  static Event camp(int year, String conference) {
    return Event.builder().id(EventId.of("camp-" + year)).kind(EventKind.YOUTH_CAMP)
        .date(LocalDate.of(year, 6, 10)).linkedTo(EventId.of(conference)).build();
  }

  /** A conference of {@code year} that keeps A4, A5 and O1d, hosted by {@code host}. */
  Event conference(String id, int year, MunicipalityId host) {
    return Event.builder().id(EventId.of(id)).kind(EventKind.CONFERENCE).date(LocalDate.of(year, 9, 1)).host(host)
        .addAgendaItems(AgendaItem.NORDEN_MEETING, AgendaItem.DEVELOPMENT_EXCHANGE)
        .delegations(leadershipDelegations()).build();
  }

  private ImmutableList<Delegation> leadershipDelegations() {
    return agreement.partyIds().stream()
        .map(party -> Delegation.of(party, PersonId.of(party + "-chair"), PersonId.of(party + "-ceo")))
        .collect(ImmutableList.toImmutableList());
  }

  static PersonId secretary(MunicipalityId party) {
    return PersonId.of(party + "-sec");
  }

  private static BodyId ks(MunicipalityId party) {
    return BodyId.of("ks-" + party);
  }

  private static BodyId adm(MunicipalityId party) {
    return BodyId.of("adm-" + party);
  }

  private static Body body(BodyId id, BodyKind kind, String name, MunicipalityId party) {
    return Body.builder().id(id).kind(kind).name(name + " " + party).municipality(party).build();
  }

  private static Municipality municipality(MunicipalityId id) {
    return Municipality.builder().id(id).name(id.value()).country("SE").build();
  }

  private static Person person(MunicipalityId party, String suffix, BodyId body, Role role) {
    return Person.builder().id(PersonId.of(party + "-" + suffix)).municipality(party)
        .addPosition(Position.builder().body(body).role(role).build()).build();
  }

  /** The agreement of the chain. */
  Agreement agreement() {
    return agreement;
  }

  /** The chain as of {@code date}. */
  ChainFixture asOf(LocalDate date) {
    draft.perspective(Perspective.of(VIMMERBY, date));
    return this;
  }

  ChainFixture withoutEvent(String id) {
    draft.removeEvent(EventId.of(id));
    return this;
  }

  ChainFixture event(String id, UnaryOperator<Event> change) {
    draft.changeEvent(EventId.of(id), change);
    return this;
  }

  ChainFixture addEvent(Event event) {
    draft.addEvent(event);
    return this;
  }

  ChainFixture person(String id, UnaryOperator<Person> change) {
    draft.changePerson(PersonId.of(id), change);
    return this;
  }

  ChainFixture addPerson(Person person) {
    draft.addPerson(person);
    return this;
  }

  ChainFixture decision(String id, UnaryOperator<Decision> change) {
    draft.changeDecision(DecisionId.of(id), change);
    return this;
  }

  ChainFixture withoutDecision(String id) {
    draft.removeDecision(DecisionId.of(id));
    return this;
  }

  ChainFixture addMunicipality(MunicipalityId id) {
    draft.addMunicipality(municipality(id));
    return this;
  }

  ChainFixture addDecision(Decision decision) {
    draft.addDecision(decision);
    return this;
  }

  /** The event {@code id}. */
  Event event(String id) {
    return draft.event(EventId.of(id));
  }

  /** The register, valid by construction. */
  Register build() {
    return draft.build();
  }
}
