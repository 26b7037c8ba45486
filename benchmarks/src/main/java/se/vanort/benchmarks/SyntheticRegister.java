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
import java.util.SplittableRandom;
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
import se.vanort.domain.strategy.Strategy;

/**
 * A synthetic register of about {@code n} records, the same for the same size and seed: one chain of
 * twin towns under six successive agreements (1991–2026) seen from Vimmerby, with many partner
 * municipalities, their bodies and people, and events with delegations, decisions and projects in a
 * mix where most records comply and a few percent break a rule.
 *
 * <p>Built through the public API only, so the register is validated like any other. The mix, as a
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

  private static final EventKind[] EVENT_MIX = {
    EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING, EventKind.YOUTH_CAMP, EventKind.SECRETARIES_MEETING,
    EventKind.NETWORK_MEETING, EventKind.NETWORK_MEETING, EventKind.TWIN_TOWN_VISIT, EventKind.TWIN_TOWN_VISIT,
    EventKind.STUDY_VISIT, EventKind.EXCHANGE, EventKind.EXCHANGE, EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING,
  };

  private static final Matter[] DECISION_MIX = {
    Matter.ESTABLISH_TWIN_TOWN, Matter.PARTNERSHIP_APPLICATION, Matter.APPOINT_STEERING_GROUP, Matter.PROJECT,
    Matter.PROJECT, Matter.SCHOOL_EXCHANGE, Matter.APPOINT_SECRETARY, Matter.ACTIVITY_PLAN, Matter.OTHER,
  };

  private static final FundingSource[] EXTERNAL = {
    FundingSource.EU, FundingSource.NORDIC_COUNCIL_OF_MINISTERS, FundingSource.ICLD,
    FundingSource.SWEDISH_INSTITUTE, FundingSource.STATE_AID, FundingSource.OTHER_EXTERNAL,
  };

  private final SplittableRandom random;
  private final int records;
  private final int municipalityCount;
  private final List<Municipality> municipalities = new ArrayList<>();
  private final List<Body> bodies = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final List<Project> projects = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<CouncilReport> reports = new ArrayList<>();
  /** Per municipality, the people who hold an elected role and those who hold an office. */
  private final List<List<PersonId>> politicians = new ArrayList<>();
  private final List<List<PersonId>> officials = new ArrayList<>();
  private final List<EventId> conferences = new ArrayList<>();
  private final Map<Integer, List<EventId>> conferencesByYear = new HashMap<>();
  private final List<EventId> meetings = new ArrayList<>();

  private SyntheticRegister(int records, long seed) {
    this.random = new SplittableRandom(seed);
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
    addPeople(records * 20 / 100);
    addEvents(records * 35 / 100);
    addDecisions(records * 15 / 100);
    addProjects(records * 15 / 100);
    addRelations(records * 2 / 100);
    int fixed = municipalities.size() + bodies.size() + people.size() + events.size() + decisions.size()
        + projects.size() + relations.size() + agreements().size() + 1;
    addReports(Math.max(0, records - fixed));
    return Register.builder()
        .perspective(Perspective.of(VIMMERBY, AS_OF))
        .addAllMunicipalities(municipalities)
        .addAllAgreements(agreements())
        .addStrategy(Strategy.builder().id(DocumentId.of("VIS2016")).municipality(VIMMERBY)
            .adoptedBy(DecisionId.of("kf-2016-172")).build())
        .addAllRelations(relations)
        .addAllBodies(bodies)
        .addAllPeople(people)
        .addAllEvents(events)
        .addAllDecisions(decisions)
        .addAllProjects(projects)
        .addAllReports(reports)
        .build();
  }

  private static List<Agreement> agreements() {
    List<Agreement> agreements = new ArrayList<>();
    for (int first = FIRST_YEAR; first <= LAST_YEAR; first += 6) {
      agreements.add(Agreement.builder()
          .id(DocumentId.of("VA" + first))
          .period(DateRange.ofYears(first, first + 5))
          .addAllPartyIds(PARTIES)
          .conferenceCycle(Cycle.of(2, first))
          .revisionEveryYears(6)
          .build());
    }
    return agreements;
  }

  private MunicipalityId municipality(int index) {
    return index < PARTIES.size() ? PARTIES.get(index) : MunicipalityId.of(String.format("k%05d", index));
  }

  private void addMunicipalities() {
    for (int m = 0; m < municipalityCount; m++) {
      MunicipalityId id = municipality(m);
      municipalities.add(Municipality.builder().id(id).name("Kommun " + id.value())
          .country(m == 0 ? "SE" : COUNTRIES.get(m % COUNTRIES.size())).build());
      bodies.add(body(m, "kf", BodyKind.COUNCIL));
      bodies.add(body(m, "ks", BodyKind.EXECUTIVE_BOARD));
      bodies.add(body(m, "nämnd", BodyKind.COMMITTEE));
      bodies.add(body(m, "förvaltning", BodyKind.ADMINISTRATION));
      politicians.add(new ArrayList<>());
      officials.add(new ArrayList<>());
    }
    bodies.add(Body.builder().id(BodyId.of("vimmerby-nätverk")).kind(BodyKind.INTERNATIONAL_NETWORK)
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
      Role role = rank < ROLES.length ? ROLES[rank] : ROLES[6 + random.nextInt(ROLES.length - 6)];
      BodyKind kind = switch (role) {
        case CHAIR, FULL_TIME_ELECTED -> BodyKind.COUNCIL;
        case VICE_CHAIR -> random.nextInt(2) == 0 ? BodyKind.COMMITTEE : BodyKind.EXECUTIVE_BOARD;
        case MEMBER -> BodyKind.COMMITTEE;
        default -> BodyKind.ADMINISTRATION;
      };
      PersonId id = PersonId.of("p" + i);
      Person.Builder person = Person.builder().id(id).municipality(municipality(m)).addPosition(position(m, kind, role));
      if (random.nextInt(10) != 0) {
        person.name("Person " + i).contact(Contact.builder().email("p" + i + "@example.org").build());
      }
      people.add(person.build());
      boolean elected = role.isElectedRole();
      (elected ? politicians : officials).get(m).add(id);
    }
  }

  /** A position held for the whole register in most cases, and for some years in one case of ten. */
  private Position position(int municipality, BodyKind kind, Role role) {
    Position.Builder position = Position.builder().body(bodyOf(municipality, kind)).role(role);
    if (random.nextInt(10) == 0) {
      int from = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR);
      position.from(LocalDate.of(from, 1 + random.nextInt(12), 1)).until(LocalDate.of(from + 4 + random.nextInt(8), 12, 31));
    }
    return position.build();
  }

  private LocalDate dateIn(int year) {
    return LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private int anyYear() {
    return FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
  }

  private int conferenceYear() {
    int year;
    do {
      year = FIRST_YEAR + 2 * random.nextInt((LAST_YEAR - FIRST_YEAR) / 2 + 1);
    } while (year == YEAR_WITHOUT_CONFERENCE);
    return year;
  }

  private void addEvents(int count) {
    for (int i = 0; i < count; i++) {
      EventKind kind = EVENT_MIX[random.nextInt(EVENT_MIX.length)];
      boolean chainEvent = kind == EventKind.CONFERENCE || kind == EventKind.TWIN_TOWN_MEETING;
      int year = chainEvent ? conferenceYear() : anyYear();
      LocalDate date = dateIn(year);
      int host = chainEvent ? random.nextInt(PARTIES.size()) : random.nextInt(municipalityCount);
      EventId id = EventId.of("e" + i);
      Event.Builder event = Event.builder().id(id).kind(kind).date(date).host(municipality(host))
          .addTag(ClauseId.of(random.nextInt(2) == 0 ? "VA2021/S" + (1 + random.nextInt(5)) : "VIS2016/G" + (1 + random.nextInt(8))));
      switch (kind) {
        case CONFERENCE -> {
          event.addAgendaItem(AgendaItem.NORDEN_MEETING);
          if (random.nextInt(10) != 0) {
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
          List<EventId> candidates = sameYear.isEmpty() || random.nextInt(10) == 0 ? conferences : sameYear;
          if (!candidates.isEmpty()) {
            event.linkedTo(candidates.get(random.nextInt(candidates.size())));
          }
        }
        case NETWORK_MEETING -> event.body(BodyId.of("vimmerby-nätverk"));
        case TWIN_TOWN_VISIT, STUDY_VISIT, EXCHANGE -> event.partner(municipality(random.nextInt(municipalityCount)));
        default -> { }
      }
      addDelegations(event, chainEvent, host);
      events.add(event.build());
    }
  }

  private void addDelegations(Event.Builder event, boolean chainEvent, int host) {
    int count = 1 + random.nextInt(3);
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
      if (random.nextInt(25) != 0) {
        pickLeader(politicians.get(sender)).ifPresent(members::add);
      }
      if (random.nextInt(25) != 0) {
        pickLeader(officials.get(sender)).ifPresent(members::add);
      }
      for (int extra = random.nextInt(3); extra > 0; extra--) {
        pick(random.nextInt(2) == 0 ? politicians.get(sender) : officials.get(sender)).ifPresent(members::add);
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
    return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
  }

  private void addDecisions(int count) {
    for (int i = 0; i < count; i++) {
      Matter matter = DECISION_MIX[random.nextInt(DECISION_MIX.length)];
      int year = anyYear();
      Decision.Builder decision = Decision.builder().id(DecisionId.of(i == 0 ? "kf-2016-172" : "d" + i))
          .date(dateIn(year)).matter(matter).paragraph(1 + random.nextInt(300));
      if (i == 0) {
        decision.matter(Matter.ADOPT_STRATEGY).date(LocalDate.of(2016, 6, 27)).paragraph(172)
            .body(bodyOf(0, BodyKind.COUNCIL)).addSubject(RecordId.of("VIS2016"));
      } else if (matter == Matter.ACTIVITY_PLAN && !meetings.isEmpty()) {
        decision.meeting(meetings.get(random.nextInt(meetings.size())));
        if (random.nextInt(10) != 0) {
          decision.addFollowUp(FollowUp.builder().date(LocalDate.of(year + 1, 12, 31)).build());
        }
      } else {
        int m = random.nextInt(3) == 0 ? random.nextInt(municipalityCount) : 0;
        BodyKind kind = switch (matter) {
          case ESTABLISH_TWIN_TOWN -> random.nextInt(12) == 0 ? BodyKind.EXECUTIVE_BOARD : BodyKind.COUNCIL;
          case PROJECT, SCHOOL_EXCHANGE -> BodyKind.COMMITTEE;
          default -> random.nextInt(2) == 0 ? BodyKind.EXECUTIVE_BOARD : BodyKind.COMMITTEE;
        };
        decision.body(bodyOf(m, kind)).addSubject(RecordId.of(municipality(random.nextInt(municipalityCount)).value()));
      }
      decisions.add(decision.build());
    }
  }

  private void addProjects(int count) {
    ProjectKind[] kinds = ProjectKind.values();
    for (int i = 0; i < count; i++) {
      int first = anyYear();
      int m = random.nextInt(4) == 0 ? random.nextInt(municipalityCount) : 0;
      Project.Builder project = Project.builder().id(ProjectId.of("pr" + i)).kind(kinds[random.nextInt(kinds.length)])
          .title("Projekt " + i).owner(bodyOf(m, BodyKind.COMMITTEE))
          .partner(municipality(random.nextInt(municipalityCount)))
          .addOperationalArea(random.nextInt(2) == 0 ? "school" : "culture")
          .period(DateRange.ofYears(first, Math.min(LAST_YEAR, first + random.nextInt(3))))
          .budget(Budget.builder().amount(10_000L * (1 + random.nextInt(50))).withinOwnBudget(random.nextInt(3) != 0).build());
      FundingSource external = EXTERNAL[random.nextInt(EXTERNAL.length)];
      project.addFinancing(random.nextInt(3) == 0 ? FundingSource.OWN_BUDGET : external);
      if (random.nextInt(12) != 0) {
        project.fundingInvestigation(FundingInvestigation.builder().date(dateIn(first)).addSource(external).build());
      }
      if (random.nextInt(14) != 0) {
        project.publication(Publication.builder().url("https://www.vimmerby.se/internationellt/pr" + i)
            .date(dateIn(first)).build());
      }
      pick(politicians.get(m)).ifPresent(project::addParticipant);
      pick(officials.get(m)).ifPresent(project::addParticipant);
      projects.add(project.build());
    }
  }

  private void addRelations(int count) {
    RelationKind[] kinds = RelationKind.values();
    for (int i = 0; i < count; i++) {
      int since = 1950 + random.nextInt(LAST_YEAR - 1950);
      Relation.Builder relation = Relation.builder().id(RelationId.of("r" + i)).municipality(VIMMERBY)
          .partner(municipality(1 + random.nextInt(municipalityCount - 1))).kind(kinds[random.nextInt(kinds.length)])
          .since(Year.of(since));
      if (random.nextInt(3) == 0) {
        relation.theme("barnkonventionen");
      }
      relations.add(relation.build());
    }
  }

  private void addReports(int count) {
    int years = LAST_YEAR - FIRST_YEAR + 1;
    for (int i = 0; i < count; i++) {
      int m = (i / years) % municipalityCount;
      int year = FIRST_YEAR + i % years;
      reports.add(CouncilReport.builder().committee(bodyOf(m, BodyKind.COMMITTEE)).year(year)
          .internationalWorkIncluded(random.nextInt(10) != 0).build());
    }
  }
}
