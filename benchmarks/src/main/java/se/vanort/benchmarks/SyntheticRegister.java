package se.vanort.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.DelegationMember;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.Draw;
import se.vanort.domain.generators.RegisterDraft;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Contact;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Budget;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.activity.FundingSource;
import se.vanort.domain.project.Project;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.project.ProjectKind;
import se.vanort.domain.activity.Publication;

/**
 * A synthetic register of about {@code n} records, the same for the same size and seed: one chain of
 * twin towns under six successive agreements (1991–2026) seen from Vimmerby, with many partner
 * municipalities, their bodies and people, and events with delegations, decisions and projects in a
 * mix where most records comply and a few percent break a rule.
 *
 * <p>Built on the domain test-jar's {@link RegisterDraft} and drawn with its {@link Draw}, seeded, so
 * the register is validated like any other. The mix, as a
 * share of the records: municipalities 2 %, bodies 8 %, people 20 %, events 35 %, decisions 15 %,
 * projects 15 %, relations 2 %, council reports 3 %.
 */
public final class SyntheticRegister {
  /** The sizes measured: 10^3 to 10^6 records. */
  public static final ImmutableList<Integer> SIZES = ImmutableList.of(1_000, 10_000, 100_000, 1_000_000);

  /** The seed every benchmark and test uses unless it says otherwise. */
  public static final long SEED = 20_210_101L;

  /** The first and last calendar year of the register. */
  static final int FIRST_YEAR = 1991;

  static final int LAST_YEAR = 2026;

  /** A conference year deliberately left without a conference, so that every size has that finding. */
  static final int YEAR_WITHOUT_CONFERENCE = 2007;

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  static final MunicipalityId VIMMERBY = MunicipalityId.of("vimmerby");

  private static final ImmutableList<MunicipalityId> PARTIES = ImmutableList.of(
      VIMMERBY, MunicipalityId.of("kauhava"), MunicipalityId.of("moss"), MunicipalityId.of("olfus"));

  private static final ImmutableList<String> COUNTRIES = ImmutableList.of("SE", "FI", "NO", "IS", "DK", "LT", "UG");

  private static final int BODIES_PER_MUNICIPALITY = 4;

  private static final ImmutableList<EventKind> EVENT_MIX = ImmutableList.of(
      EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING, EventKind.YOUTH_CAMP, EventKind.SECRETARIES_MEETING,
      EventKind.NETWORK_MEETING, EventKind.NETWORK_MEETING, EventKind.TWIN_TOWN_VISIT, EventKind.TWIN_TOWN_VISIT,
      EventKind.STUDY_VISIT, EventKind.EXCHANGE, EventKind.EXCHANGE, EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING);

  private static final ImmutableList<Matter> DECISION_MIX = ImmutableList.of(
      Matter.ESTABLISH_TWIN_TOWN, Matter.PARTNERSHIP_APPLICATION, Matter.APPOINT_STEERING_GROUP, Matter.PROJECT,
      Matter.PROJECT, Matter.SCHOOL_EXCHANGE, Matter.APPOINT_SECRETARY, Matter.ACTIVITY_PLAN, Matter.OTHER);

  private static final ImmutableList<FundingSource> EXTERNAL = ImmutableList.of(
      FundingSource.EU, FundingSource.NORDIC_COUNCIL_OF_MINISTERS, FundingSource.ICLD,
      FundingSource.SWEDISH_INSTITUTE, FundingSource.STATE_AID, FundingSource.OTHER_EXTERNAL);

  private final Draw draw;
  private final RegisterDraft draft;
  private final int records;
  private final int municipalityCount;
  /** Per municipality, the people who hold an elected role and those who hold an office. */
  private final List<List<PersonId>> politicians = new ArrayList<>();
  private final List<List<PersonId>> officials = new ArrayList<>();
  private final List<EventId> conferences = new ArrayList<>();
  private final Map<Integer, List<EventId>> conferencesByYear = new HashMap<>();
  private final List<EventId> meetings = new ArrayList<>();

  private SyntheticRegister(int records, long seed) {
    this.draw = Draw.seeded(seed);
    this.draft = RegisterDraft.seenFrom(Perspective.of(VIMMERBY, AS_OF), draw);
    this.records = records;
    this.municipalityCount = Math.max(PARTIES.size() + 6, records / 50);
  }

  /**
   * A register of about {@code records} records (within a few records), deterministic from {@code seed}.
   *
   * @throws IllegalArgumentException if fewer than 500 records are asked for
   */
  public static Register of(int records, long seed) {
    checkArgument(records >= 500, "a synthetic register needs at least 500 records, not %s", records);
    return new SyntheticRegister(records, seed).build();
  }

  /** The register of {@code records} records with the standard {@link #SEED}. */
  public static Register of(int records) {
    return of(records, SEED);
  }

  private Register build() {
    addMunicipalities();
    addAgreements();
    draft.addStrategy(RegisterGenerators.vis2016());
    addPeople(records * 20 / 100);
    addEvents(records * 35 / 100);
    addDecisions(records * 15 / 100);
    addProjects(records * 15 / 100);
    addRelations(records * 2 / 100);
    addReports(Math.max(0, records - draft.recordCount()));
    return draft.build();
  }

  private void addAgreements() {
    for (int first = FIRST_YEAR; first <= LAST_YEAR; first += 6) {
      draft.addAgreement(Agreement.builder()
          .id(DocumentId.of("VA" + first))
          .period(DateRange.ofYears(first, first + 5))
          .addAllPartyIds(PARTIES)
          .conferenceCycle(Cycle.of(2, first))
          .revisionEveryYears(6)
          .build());
    }
  }

  private MunicipalityId municipality(int index) {
    return index < PARTIES.size() ? PARTIES.get(index) : MunicipalityId.of(String.format("k%05d", index));
  }

  private void addMunicipalities() {
    for (int m = 0; m < municipalityCount; m++) {
      MunicipalityId id = municipality(m);
      draft.addMunicipality(Municipality.builder().id(id).name("Kommun " + id.value())
          .country(m == 0 ? "SE" : COUNTRIES.get(m % COUNTRIES.size())).build());
      draft.addBody(body(m, "kf", BodyKind.COUNCIL));
      draft.addBody(body(m, "ks", BodyKind.EXECUTIVE_BOARD));
      draft.addBody(body(m, "nämnd", BodyKind.COMMITTEE));
      draft.addBody(body(m, "förvaltning", BodyKind.ADMINISTRATION));
      politicians.add(new ArrayList<>());
      officials.add(new ArrayList<>());
    }
    draft.addBody(Body.builder().id(BodyId.of("vimmerby-nätverk")).kind(BodyKind.INTERNATIONAL_NETWORK)
        .name("Internationellt nätverk").municipality(VIMMERBY).build());
  }

  private Body body(int municipality, String suffix, BodyKind kind) {
    return Body.builder().id(bodyOf(municipality, kind)).kind(kind).name(suffix + " " + municipality(municipality).value())
        .municipality(municipality(municipality)).build();
  }

  private BodyId bodyOf(int municipality, BodyKind kind) {
    return BodyId.of(municipality(municipality).value() + "-" + kind.ordinal());
  }

  /**
   * The roles of a municipality's people in the order they are handed out: the leadership first
   * (so that every municipality has it), then the secretary and coordinator, then everyone else.
   */
  private static final Role[] ROLES = {
    Role.CHAIR, Role.CHIEF_EXECUTIVE, Role.FULL_TIME_ELECTED, Role.HEAD_OF_ADMINISTRATION, Role.TWIN_TOWN_SECRETARY,
    Role.INTERNATIONAL_COORDINATOR, Role.VICE_CHAIR, Role.MEMBER, Role.OFFICIAL, Role.MEMBER,
  };

  private void addPeople(int count) {
    for (int i = 0; i < count; i++) {
      int m = i % municipalityCount;
      int rank = i / municipalityCount;
      Role role = rank < ROLES.length ? ROLES[rank] : ROLES[draw.between(6, ROLES.length - 1)];
      BodyKind kind = switch (role) {
        case CHAIR, FULL_TIME_ELECTED -> BodyKind.COUNCIL;
        case VICE_CHAIR -> draw.oneIn(2) ? BodyKind.COMMITTEE : BodyKind.EXECUTIVE_BOARD;
        case MEMBER -> BodyKind.COMMITTEE;
        default -> BodyKind.ADMINISTRATION;
      };
      PersonId id = PersonId.of("p" + i);
      Person.Builder person = Person.builder().id(id).municipality(municipality(m)).addPosition(position(m, kind, role));
      if (!draw.oneIn(10)) {
        person.name("Person " + i).contact(Contact.builder().email("p" + i + "@example.org").build());
      }
      draft.addPerson(person.build());
      boolean elected = role.isElectedRole();
      (elected ? politicians : officials).get(m).add(id);
    }
  }

  /** A position held for the whole register in most cases, and for some years in one case of ten. */
  private Position position(int municipality, BodyKind kind, Role role) {
    Position.Builder position = Position.builder().body(bodyOf(municipality, kind)).role(role);
    if (draw.oneIn(10)) {
      int from = draw.between(FIRST_YEAR, LAST_YEAR - 1);
      position.from(LocalDate.of(from, draw.between(1, 12), 1)).until(LocalDate.of(draw.between(from + 4, from + 11), 12, 31));
    }
    return position.build();
  }

  private LocalDate dateIn(int year) {
    return LocalDate.of(year, draw.between(1, 12), draw.between(1, 28));
  }

  /** The index of any municipality of the register. */
  private int anyMunicipality() {
    return draw.between(0, municipalityCount - 1);
  }

  private int anyYear() {
    return draw.between(FIRST_YEAR, LAST_YEAR);
  }

  private int conferenceYear() {
    int year;
    do {
      year = FIRST_YEAR + 2 * draw.between(0, (LAST_YEAR - FIRST_YEAR) / 2);
    } while (year == YEAR_WITHOUT_CONFERENCE);
    return year;
  }

  private void addEvents(int count) {
    for (int i = 0; i < count; i++) {
      EventKind kind = draw.pick(EVENT_MIX);
      boolean chainEvent = kind == EventKind.CONFERENCE || kind == EventKind.TWIN_TOWN_MEETING;
      int year = chainEvent ? conferenceYear() : anyYear();
      LocalDate date = dateIn(year);
      int host = chainEvent ? draw.between(0, PARTIES.size() - 1) : anyMunicipality();
      EventId id = EventId.of("e" + i);
      Event.Builder event = Event.builder().id(id).kind(kind).date(date).host(municipality(host))
          .addTag(ClauseId.of(draw.oneIn(2) ? "VA2021/S" + draw.between(1, 5) : "VIS2016/G" + draw.between(1, 8)));
      switch (kind) {
        case CONFERENCE -> {
          event.addAgendaItem(AgendaItem.NORDEN_MEETING);
          if (!draw.oneIn(10)) {
            event.addAgendaItem(AgendaItem.DEVELOPMENT_EXCHANGE);
          }
          conferences.add(id);
          conferencesByYear.computeIfAbsent(year, y -> new ArrayList<>()).add(id);
        }
        case TWIN_TOWN_MEETING -> {
          event.addAgendaItem(AgendaItem.EVALUATE_ACTIVITY_PLAN).noticeIssuedBy(municipality(host))
              .agendaSetBy(municipality(host));
          pick(politicians.get(host)).ifPresent(event::chair);
          pick(officials.get(host)).ifPresent(event::secretary);
          meetings.add(id);
        }
        case YOUTH_CAMP -> {
          // Most camps belong to a conference of their own year, as VA2021/A2 asks; some to another.
          List<EventId> sameYear = conferencesByYear.getOrDefault(year, List.of());
          List<EventId> candidates = sameYear.isEmpty() || draw.oneIn(10) ? conferences : sameYear;
          if (!candidates.isEmpty()) {
            event.linkedTo(draw.pick(candidates));
          }
        }
        case NETWORK_MEETING -> event.body(BodyId.of("vimmerby-nätverk"));
        case TWIN_TOWN_VISIT, STUDY_VISIT, EXCHANGE -> event.partner(municipality(anyMunicipality()));
        default -> { }
      }
      addDelegations(event, chainEvent, host);
      draft.addEvent(event.build());
    }
  }

  private void addDelegations(Event.Builder event, boolean chainEvent, int host) {
    int count = draw.between(1, 3);
    List<Integer> senders = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      int sender = chainEvent ? (host + d) % PARTIES.size() : (host + d * 7) % municipalityCount;
      if (senders.contains(sender)) {
        continue;
      }
      senders.add(sender);
      Delegation.Builder delegation = Delegation.builder().municipality(municipality(sender));
      List<PersonId> members = new ArrayList<>();
      // Most delegations bring political and administrative leadership (the first two of each list);
      // whether they lead on the day is up to their positions.
      if (!draw.oneIn(25)) {
        pickLeader(politicians.get(sender)).ifPresent(members::add);
      }
      if (!draw.oneIn(25)) {
        pickLeader(officials.get(sender)).ifPresent(members::add);
      }
      for (int extra = draw.between(0, 2); extra > 0; extra--) {
        pick(draw.oneIn(2) ? politicians.get(sender) : officials.get(sender)).ifPresent(members::add);
      }
      members.stream().distinct().forEach(p -> delegation.addMember(DelegationMember.of(p)));
      if (!members.isEmpty()) {
        event.addDelegation(delegation.build());
      }
    }
  }

  private Optional<PersonId> pickLeader(List<PersonId> from) {
    return pick(from.subList(0, Math.min(2, from.size())));
  }

  private Optional<PersonId> pick(List<PersonId> from) {
    return from.isEmpty() ? Optional.empty() : Optional.of(draw.pick(from));
  }

  private void addDecisions(int count) {
    for (int i = 0; i < count; i++) {
      Matter matter = draw.pick(DECISION_MIX);
      int year = anyYear();
      Decision.Builder decision = Decision.builder().id(DecisionId.of(i == 0 ? "kf-2016-172" : "d" + i))
          .date(dateIn(year)).matter(matter).paragraph(draw.between(1, 300));
      if (i == 0) {
        decision.matter(Matter.ADOPT_STRATEGY).date(LocalDate.of(2016, 6, 27)).paragraph(172)
            .body(bodyOf(0, BodyKind.COUNCIL)).addSubject(RecordId.of("VIS2016"));
      } else if (matter == Matter.ACTIVITY_PLAN && !meetings.isEmpty()) {
        decision.meeting(draw.pick(meetings));
        if (!draw.oneIn(10)) {
          decision.addFollowUp(FollowUp.builder().date(LocalDate.of(year + 1, 12, 31)).build());
        }
      } else {
        int m = draw.oneIn(3) ? anyMunicipality() : 0;
        BodyKind kind = switch (matter) {
          case ESTABLISH_TWIN_TOWN -> draw.oneIn(12) ? BodyKind.EXECUTIVE_BOARD : BodyKind.COUNCIL;
          case PROJECT, SCHOOL_EXCHANGE -> BodyKind.COMMITTEE;
          default -> draw.oneIn(2) ? BodyKind.EXECUTIVE_BOARD : BodyKind.COMMITTEE;
        };
        decision.body(bodyOf(m, kind)).addSubject(RecordId.of(municipality(anyMunicipality()).value()));
      }
      draft.addDecision(decision.build());
    }
  }

  private void addProjects(int count) {
    List<ProjectKind> kinds = List.of(ProjectKind.values());
    for (int i = 0; i < count; i++) {
      int first = anyYear();
      int m = draw.oneIn(4) ? anyMunicipality() : 0;
      Project.Builder project = Project.builder().id(ProjectId.of("pr" + i)).kind(draw.pick(kinds))
          .title("Projekt " + i).owner(bodyOf(m, BodyKind.COMMITTEE))
          .partner(municipality(anyMunicipality()))
          .addOperationalArea(draw.oneIn(2) ? "school" : "culture")
          .period(DateRange.ofYears(first, Math.min(LAST_YEAR, draw.between(first, first + 2))))
          .budget(Budget.builder().amount(10_000L * draw.between(1, 50)).withinOwnBudget(!draw.oneIn(3)).build());
      FundingSource external = draw.pick(EXTERNAL);
      project.addFinancing(draw.oneIn(3) ? FundingSource.OWN_BUDGET : external);
      if (!draw.oneIn(12)) {
        project.fundingInvestigation(FundingInvestigation.builder().date(dateIn(first)).addSource(external).build());
      }
      if (!draw.oneIn(14)) {
        project.publication(Publication.builder().url("https://www.vimmerby.se/internationellt/pr" + i)
            .date(dateIn(first)).build());
      }
      pick(politicians.get(m)).ifPresent(project::addParticipant);
      pick(officials.get(m)).ifPresent(project::addParticipant);
      draft.addProject(project.build());
    }
  }

  private void addRelations(int count) {
    List<RelationKind> kinds = List.of(RelationKind.values());
    for (int i = 0; i < count; i++) {
      int since = draw.between(1950, LAST_YEAR - 1);
      Relation.Builder relation = Relation.builder().id(RelationId.of("r" + i)).municipality(VIMMERBY)
          .partner(municipality(draw.between(1, municipalityCount - 1))).kind(draw.pick(kinds))
          .since(Year.of(since));
      if (draw.oneIn(3)) {
        relation.theme("barnkonventionen");
      }
      draft.addRelation(relation.build());
    }
  }

  private void addReports(int count) {
    int years = LAST_YEAR - FIRST_YEAR + 1;
    for (int i = 0; i < count; i++) {
      int m = (i / years) % municipalityCount;
      int year = FIRST_YEAR + i % years;
      draft.addReport(CouncilReport.builder().committee(bodyOf(m, BodyKind.COMMITTEE)).year(year)
          .internationalWorkIncluded(!draw.oneIn(10)).build());
    }
  }
}
