package se.vanort.domain.generators;

import static se.vanort.domain.generators.RealisticRecords.VIMMERBY;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.agreement.Party;
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
import se.vanort.domain.generators.Draw.Weighted;
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
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.organisation.LeadershipRule;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Budget;
import se.vanort.domain.project.Consultation;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.activity.FundingSource;
import se.vanort.domain.project.Project;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.project.ProjectKind;
import se.vanort.domain.activity.Publication;
import se.vanort.domain.project.SteeringGroup;
import se.vanort.domain.strategy.Strategy;

/**
 * A register under construction: the one place where generated records become a {@link Register}.
 * The records it draws itself refer only to records already in it, so the register it builds is
 * valid by construction; ids are fresh. Other generators (the benchmarks' synthetic registers) add
 * records of their own with the {@code add} methods and build through it too.
 */
public final class RegisterDraft {
  static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);
  static final DocumentId VA2021 = DocumentId.of("VA2021");
  static final DocumentId VIS2016 = DocumentId.of("VIS2016");
  static final DecisionId STRATEGY_ADOPTED = DecisionId.of("kf-2016-172");
  /** Where events are held, as minutes name the places. */
  private static final List<String> LOCATIONS = List.of("Vimmerby stadshus", "Kauhavan kaupungintalo",
      "Moss rådhus", "Ráðhús Ölfuss, Þorlákshöfn", "Astrid Lindgrens Näs");
  private static final ImmutableList<Integer> CONFERENCE_YEARS = ImmutableList.of(2019, 2021, 2023, 2025, 2027);
  private static final int FIRST_REPORT_YEAR = 2019;
  private static final int LAST_REPORT_YEAR = 2026;

  private final Draw draw;
  private Perspective perspective;
  private final List<Municipality> municipalities = new ArrayList<>();
  private final List<Agreement> agreements = new ArrayList<>();
  private final List<Strategy> strategies = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<Body> bodies = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>();
  private final List<Project> projects = new ArrayList<>();
  private final List<CouncilReport> reports = new ArrayList<>();
  private final List<LeadershipRule> leadershipRules = new ArrayList<>();

  private final Set<String> ids = new HashSet<>();
  private final Map<MunicipalityId, List<PersonId>> peopleByMunicipality = new HashMap<>();
  private final Map<MunicipalityId, List<Relation>> relationsByPartner = new HashMap<>();
  private final Map<EventKind, List<Event>> eventsByKind = new EnumMap<>(EventKind.class);
  /** Conferences and twin-town meetings, where decisions of the chain are taken. */
  private final List<Event> meetings = new ArrayList<>();
  private final Map<BodyKind, List<Body>> bodiesByKind = new EnumMap<>(BodyKind.class);
  private final Set<String> reportKeys = new HashSet<>();

  private RegisterDraft(Draw draw) {
    this.draw = draw;
  }

  /** A draft holding only the perspective municipality, Vimmerby, as of a drawn date. */
  static RegisterDraft started(Draw draw) {
    RegisterDraft draft = new RegisterDraft(draw);
    draft.perspective = Perspective.of(VIMMERBY, draw.day(LocalDate.of(2019, 6, 30), LocalDate.of(2028, 6, 30)));
    draft.addMunicipality(RealisticRecords.MUNICIPALITIES.get(0));
    return draft;
  }

  /** An empty draft seen from {@code perspective}, drawing with {@code draw}. */
  public static RegisterDraft seenFrom(Perspective perspective, Draw draw) {
    RegisterDraft draft = new RegisterDraft(draw);
    draft.perspective = perspective;
    return draft;
  }

  /**
   * An empty draft seen from {@code perspective} that draws nothing: its records are added, changed
   * and removed by hand, as a fixture that keeps a register and breaks it one record at a time does.
   */
  public static RegisterDraft seenFrom(Perspective perspective) {
    return seenFrom(perspective, new Draw((low, high) -> {
      throw new IllegalStateException("this draft draws nothing: its records are added by hand");
    }));
  }

  /** A draft holding every record of {@code base}, to which drawn records are added. */
  static RegisterDraft extending(Register base, Draw draw) {
    RegisterDraft draft = new RegisterDraft(draw);
    draft.perspective = base.getPerspective();
    base.getMunicipalities().forEach(draft::addMunicipality);
    base.getAgreements().forEach(draft::addAgreement);
    base.getStrategies().forEach(draft::addStrategy);
    base.getRelations().forEach(draft::addRelation);
    base.getBodies().forEach(draft::addBody);
    base.getPeople().forEach(draft::addPerson);
    base.getEvents().forEach(draft::addEvent);
    base.getDecisions().forEach(draft::addDecision);
    base.getProjects().forEach(draft::addProject);
    base.getReports().forEach(draft::addReport);
    draft.leadershipRules.addAll(base.getLeadershipRules());
    return draft;
  }

  /** The register drawn so far; validation runs here, so a generator bug fails loudly. */
  public Register build() {
    return Register.builder()
        .perspective(perspective)
        .addAllMunicipalities(municipalities)
        .addAllAgreements(agreements)
        .addAllStrategies(strategies)
        .addAllRelations(relations)
        .addAllBodies(bodies)
        .addAllPeople(people)
        .addAllEvents(events)
        .addAllDecisions(decisions)
        .addAllProjects(projects)
        .addAllReports(reports)
        .addAllLeadershipRules(leadershipRules)
        .build();
  }

  /** The records added so far, counted as {@link Register#recordCount()} counts them. */
  public int recordCount() {
    return municipalities.size() + agreements.size() + strategies.size() + relations.size() + bodies.size()
        + people.size() + events.size() + decisions.size() + projects.size() + reports.size();
  }

  /** Adds drawn records until the draft holds {@code target} records, each kind when its references exist. */
  RegisterDraft fillTo(int target) {
    while (recordCount() < target) {
      int left = target - recordCount();
      List<Weighted<Runnable>> choices = new ArrayList<>();
      offer(choices, 6, !nextMunicipalities().isEmpty(), () -> addMunicipality(draw.pick(nextMunicipalities())));
      offer(choices, 6, !nextBodies().isEmpty(), () -> addBody(draw.pick(nextBodies())));
      offer(choices, 8, agreements.isEmpty() && !partyCandidates().isEmpty(), this::addDrawnAgreement);
      offer(choices, 6, strategies.isEmpty() && left >= 2 && hasBody("kf") && !ids.contains(STRATEGY_ADOPTED.value()),
          this::addStrategyWithItsDecision);
      offer(choices, 2, municipalities.size() > 1, () -> addRelation(relation()));
      offer(choices, 6, true, () -> addPerson(person()));
      offer(choices, 7, true, () -> addEvent(event()));
      offer(choices, 4, canDecide(), () -> addDecision(decision()));
      offer(choices, 2, !projectOwners().isEmpty(), () -> addProject(project()));
      offer(choices, 1, hasFreeReport(), () -> addReport(report()));
      draw.weighted(choices).run();
    }
    return this;
  }

  /** Sometimes a line of the register's own, counting committee chairs as political leadership. */
  RegisterDraft sometimesExtendingLeadership() {
    if (leadershipRules.isEmpty() && draw.chance(20)) {
      leadershipRules.add(LeadershipRule.of(Role.CHAIR, Leadership.POLITICAL, BodyKind.COMMITTEE));
    }
    return this;
  }

  private static void offer(List<Weighted<Runnable>> choices, int weight, boolean possible, Runnable add) {
    if (possible) {
      choices.add(new Weighted<>(weight, add));
    }
  }

  /** Adds {@code municipality}, whose references the caller has already added. */
  public void addMunicipality(Municipality municipality) {
    municipalities.add(municipality);
    ids.add(municipality.getId().value());
  }

  /** Adds {@code relation}, whose references the caller has already added. */
  public void addRelation(Relation relation) {
    relations.add(relation);
    ids.add(relation.getId().value());
    relationsByPartner.computeIfAbsent(relation.getPartner(), p -> new ArrayList<>()).add(relation);
  }

  /** Adds {@code body}, whose references the caller has already added. */
  public void addBody(Body body) {
    bodies.add(body);
    ids.add(body.getId().value());
    bodiesByKind.computeIfAbsent(body.getKind(), k -> new ArrayList<>()).add(body);
  }

  /** Adds {@code person}, whose references the caller has already added. */
  public void addPerson(Person person) {
    people.add(person);
    ids.add(person.getId().value());
    peopleByMunicipality.computeIfAbsent(municipalityOf(person), m -> new ArrayList<>()).add(person.getId());
  }

  /** Whom {@code person} serves, resolved as {@code Register#municipalityOf(Person)} does. */
  private MunicipalityId municipalityOf(Person person) {
    return person.getMunicipality().or(() -> person.getPositions().stream()
            .flatMap(position -> bodies.stream().filter(b -> b.getId().equals(position.getBody())))
            .flatMap(body -> body.getMunicipality().or(() -> body.belongsToNoMunicipalityByDefault()
                ? Optional.empty() : Optional.of(perspective.getMunicipality())).stream())
            .findFirst())
        .orElse(perspective.getMunicipality());
  }

  /** Adds {@code event}, whose references the caller has already added. */
  public void addEvent(Event event) {
    events.add(event);
    ids.add(event.getId().value());
    eventsByKind.computeIfAbsent(event.getKind(), k -> new ArrayList<>()).add(event);
    if (event.getKind() == EventKind.CONFERENCE || event.getKind() == EventKind.TWIN_TOWN_MEETING) {
      meetings.add(event);
    }
  }

  /** Adds {@code decision}, whose references the caller has already added. */
  public void addDecision(Decision decision) {
    decisions.add(decision);
    ids.add(decision.getId().value());
  }

  /** Adds {@code project}, whose references the caller has already added. */
  public void addProject(Project project) {
    projects.add(project);
    ids.add(project.getId().value());
  }

  /** Adds {@code report}, whose committee the caller has already added. */
  public void addReport(CouncilReport report) {
    reports.add(report);
    reportKeys.add(report.getCommittee() + "/" + report.getYear());
  }

  /** Adds {@code agreement}, whose parties the caller has already added. */
  public void addAgreement(Agreement agreement) {
    agreements.add(agreement);
    ids.add(agreement.getId().value());
  }

  /** Adds {@code strategy}, whose municipality the caller has already added. */
  public void addStrategy(Strategy strategy) {
    strategies.add(strategy);
    ids.add(strategy.getId().value());
  }

  /** Sees the register from {@code perspective} from now on. */
  public void perspective(Perspective perspective) {
    this.perspective = perspective;
  }

  /**
   * The event {@code id}.
   *
   * @throws IllegalArgumentException if the draft has none
   */
  public Event event(EventId id) {
    return events.get(indexOf(events, "event", id.value(), e -> e.getId().value()));
  }

  /**
   * Replaces the event {@code id} with {@code change} of it.
   *
   * @throws IllegalArgumentException if the draft has none
   */
  public void changeEvent(EventId id, UnaryOperator<Event> change) {
    change(events, "event", id.value(), e -> e.getId().value(), change);
    indexEvents();
  }

  /**
   * Removes the event {@code id}; records that refer to it must be changed before {@link #build()}.
   *
   * @throws IllegalArgumentException if the draft has none
   */
  public void removeEvent(EventId id) {
    remove(events, "event", id.value(), e -> e.getId().value());
    indexEvents();
  }

  /**
   * Replaces the person {@code id} with {@code change} of them.
   *
   * @throws IllegalArgumentException if the draft has none
   */
  public void changePerson(PersonId id, UnaryOperator<Person> change) {
    change(people, "person", id.value(), p -> p.getId().value(), change);
    peopleByMunicipality.clear();
    people.forEach(p -> peopleByMunicipality.computeIfAbsent(municipalityOf(p), m -> new ArrayList<>()).add(p.getId()));
  }

  /**
   * Replaces the decision {@code id} with {@code change} of it.
   *
   * @throws IllegalArgumentException if the draft has none
   */
  public void changeDecision(DecisionId id, UnaryOperator<Decision> change) {
    change(decisions, "decision", id.value(), d -> d.getId().value(), change);
  }

  /**
   * Removes the decision {@code id}.
   *
   * @throws IllegalArgumentException if the draft has none
   */
  public void removeDecision(DecisionId id) {
    remove(decisions, "decision", id.value(), d -> d.getId().value());
  }

  private void indexEvents() {
    eventsByKind.clear();
    meetings.clear();
    events.forEach(e -> {
      eventsByKind.computeIfAbsent(e.getKind(), k -> new ArrayList<>()).add(e);
      if (e.getKind() == EventKind.CONFERENCE || e.getKind() == EventKind.TWIN_TOWN_MEETING) {
        meetings.add(e);
      }
    });
  }

  private <T> void change(List<T> records, String kind, String id, Function<T, String> idOf, UnaryOperator<T> change) {
    int index = indexOf(records, kind, id, idOf);
    T changed = change.apply(records.get(index));
    ids.remove(id);
    ids.add(idOf.apply(changed));
    records.set(index, changed);
  }

  private <T> void remove(List<T> records, String kind, String id, Function<T, String> idOf) {
    records.remove(indexOf(records, kind, id, idOf));
    ids.remove(id);
  }

  private static <T> int indexOf(List<T> records, String kind, String id, Function<T, String> idOf) {
    for (int i = 0; i < records.size(); i++) {
      if (idOf.apply(records.get(i)).equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("the draft has no " + kind + " " + id);
  }

  private String fresh(String prefix) {
    int n = ids.size() + 1;
    while (ids.contains(prefix + "-" + n)) {
      n++;
    }
    return prefix + "-" + n;
  }


  private List<Municipality> nextMunicipalities() {
    return RealisticRecords.MUNICIPALITIES.stream()
        .filter(m -> !ids.contains(m.getId().value()))
        .filter(m -> m.getMergedInto().map(into -> ids.contains(into.value())).orElse(true))
        .toList();
  }

  private List<Body> nextBodies() {
    List<Body> next = new ArrayList<>();
    RealisticRecords.VIMMERBY_BODIES.stream()
        .filter(b -> !ids.contains(b.getId().value()))
        .filter(b -> b.getParent().map(parent -> ids.contains(parent.value())).orElse(true))
        .filter(b -> b.getMunicipality().map(m -> ids.contains(m.value())).orElse(true))
        .forEach(next::add);
    RealisticRecords.NORDIC_PARTNERS.stream()
        .filter(m -> ids.contains(m.value()))
        .map(RealisticRecords::boardOf)
        .filter(b -> !ids.contains(b.getId().value()))
        .forEach(next::add);
    return next;
  }

  private List<MunicipalityId> partyCandidates() {
    return RealisticRecords.NORDIC_PARTNERS.stream().filter(m -> ids.contains(m.value())).toList();
  }

  private boolean hasBody(String id) {
    return bodies.stream().anyMatch(b -> b.getId().value().equals(id));
  }

  private boolean canDecide() {
    return !bodies.isEmpty() || !meetings.isEmpty();
  }

  private List<Body> projectOwners() {
    return vimmerbyBodiesOf(BodyKind.COMMITTEE, BodyKind.SCHOOL, BodyKind.EXECUTIVE_BOARD);
  }

  private List<Body> reportingCommittees() {
    return vimmerbyBodiesOf(BodyKind.COMMITTEE, BodyKind.EXECUTIVE_BOARD);
  }

  private boolean hasFreeReport() {
    return reports.size() < reportingCommittees().size() * (LAST_REPORT_YEAR - FIRST_REPORT_YEAR + 1);
  }

  private List<Body> bodiesOf(BodyKind... kinds) {
    List<Body> found = new ArrayList<>();
    for (BodyKind kind : kinds) {
      found.addAll(bodiesByKind.getOrDefault(kind, List.of()));
    }
    return found;
  }

  private List<Body> vimmerbyBodiesOf(BodyKind... kinds) {
    return bodiesOf(kinds).stream().filter(b -> b.getMunicipality().equals(Optional.of(VIMMERBY))).toList();
  }

  private List<Event> eventsOf(EventKind kind) {
    return eventsByKind.getOrDefault(kind, List.of());
  }

  private List<Municipality> partners() {
    return municipalities.stream().filter(m -> !m.getId().equals(VIMMERBY)).toList();
  }

  private Optional<PersonId> personOf(MunicipalityId municipality) {
    List<PersonId> of = peopleByMunicipality.getOrDefault(municipality, List.of());
    return of.isEmpty() ? Optional.empty() : Optional.of(draw.pick(of));
  }

  private Optional<PersonId> anyPerson() {
    return people.isEmpty() ? Optional.empty() : Optional.of(draw.pick(people).getId());
  }

  private ImmutableList<PersonId> somePeople(int most) {
    return draw.some(people, 0, most).stream().map(Person::getId).collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<ClauseId> someTags() {
    return draw.some(RealisticRecords.TAGS, 0, 3);
  }

  private <T> Optional<T> pickIf(List<T> values, Predicate<T> wanted) {
    List<T> matching = values.stream().filter(wanted).toList();
    return matching.isEmpty() ? Optional.empty() : Optional.of(draw.pick(matching));
  }


  private void addDrawnAgreement() {
    List<MunicipalityId> candidates = partyCandidates();
    ImmutableList<MunicipalityId> partners = draw.some(candidates, 1, candidates.size());
    addAgreement(Agreement.builder()
        .id(VA2021)
        .period(DateRange.ofYears(2021, 2026))
        .addParties(VIMMERBY)
        .addAllParties(partners.stream().map(this::membership).toList())
        .conferenceCycle(Cycle.of(2, 2021))
        .revisionEveryYears(6)
        .build());
  }

  /**
   * A party's membership: mostly the whole period; sometimes joining late (as Moss did, from before
   * the agreement's first day or within it) or leaving early, never before the period begins.
   */
  private Party membership(MunicipalityId municipality) {
    Optional<LocalDate> from = draw.maybe(25, () -> draw.day(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));
    LocalDate firstDay = from.filter(day -> day.getYear() >= 2021).orElse(LocalDate.of(2021, 1, 1));
    Optional<LocalDate> until = draw.maybe(15, () -> firstDay.plusDays(draw.between(0, 1800)));
    return Party.builder().municipality(municipality).from(from).until(until).build();
  }

  private void addStrategyWithItsDecision() {
    addDecision(strategyAdoption());
    addStrategy(Strategy.builder().id(VIS2016).municipality(VIMMERBY).adoptedBy(STRATEGY_ADOPTED)
        .reportBackBy(draw.chance(70) ? Strategy.DEFAULT_REPORT_BACK_BY
            : MonthDay.of(draw.between(3, 9), draw.between(1, 28)))
        .build());
  }

  /** Kommunfullmäktige 2016-06-27 § 172: the adoption of VIS2016. */
  static Decision strategyAdoption() {
    return Decision.builder()
        .id(STRATEGY_ADOPTED)
        .body(BodyId.of("kf"))
        .date(LocalDate.of(2016, 6, 27))
        .paragraph(172)
        .matter(Matter.ADOPT_STRATEGY)
        .addSubject(RecordId.of(VIS2016.value()))
        .summary("Strategi för Vimmerby kommuns internationella kontakter antas")
        .build();
  }

  Relation relation() {
    Municipality partner = draw.pick(partners());
    RealisticRecords.Tie tie = draw.chance(85) ? RealisticRecords.usualTieWith(partner.getId())
        : new RealisticRecords.Tie(draw.pick(List.of(RelationKind.values())),
            draw.maybe(50, () -> draw.between(1950, 2024)), draw.maybe(40, () -> draw.pick(RealisticRecords.THEMES)),
            Optional.empty());
    Optional<LocalDate> until = partner.getUntil().isPresent() && draw.chance(70) ? partner.getUntil()
        : draw.maybe(15, () -> draw.day(FIRST_DAY, LAST_DAY));
    Optional<Integer> since = tie.since().filter(year -> until.map(u -> u.getYear() >= year).orElse(true));
    Relation.Builder relation = Relation.builder()
        .id(RelationId.of(fresh("relation")))
        .municipality(VIMMERBY)
        .partner(partner.getId())
        .kind(tie.kind())
        .since(since.map(Year::of))
        .until(until)
        .theme(tie.theme())
        .channel(tie.channel());
    if (partner.getId().value().equals("kauhava")) {
      relation.note("Sedan andra världskriget");
    }
    return relation.build();
  }

  Person person() {
    PersonId id = PersonId.of(fresh("p"));
    MunicipalityId municipality = draw.chance(60) || partners().isEmpty() ? VIMMERBY : draw.pick(partners()).getId();
    List<Body> where = bodies.stream()
        .filter(b -> b.getMunicipality().map(municipality::equals).orElse(municipality.equals(VIMMERBY)))
        .toList();
    Person.Builder person = Person.builder()
        .id(id)
        .name(draw.maybe(70, () -> draw.pick(RealisticRecords.PERSON_NAMES)))
        .contact(draw.maybe(60, () -> contact(draw, id, municipality)));
    int positions = where.isEmpty() ? 0 : draw.between(0, 3);
    boolean inABodyOfTheirOwn = false;
    for (int i = 0; i < positions; i++) {
      Body body = draw.pick(where);
      inABodyOfTheirOwn |= body.getMunicipality().isPresent();
      person.addPosition(position(body));
    }
    // The municipality may be left out where the register resolves it to the same one: from a body of
    // the person's own municipality, or the perspective municipality's people without one.
    boolean resolvable = inABodyOfTheirOwn || municipality.equals(perspective.getMunicipality());
    if (!resolvable || draw.chance(70)) {
      person.municipality(municipality);
    }
    return person.build();
  }

  Position position(Body body) {
    Optional<LocalDate> from = draw.maybe(80, () -> draw.day(LocalDate.of(2014, 10, 15), LAST_DAY));
    Optional<LocalDate> until = draw.maybe(30, () -> from.orElse(FIRST_DAY).plusDays(draw.between(0, 2500)));
    return Position.builder().body(body.getId()).role(draw.pick(RealisticRecords.rolesIn(body)))
        .from(from).until(until).build();
  }

  static Contact contact(Draw draw, PersonId id, MunicipalityId municipality) {
    boolean email = draw.chance(80);
    boolean phone = draw.chance(50);
    return Contact.builder()
        .email(email ? Optional.of(id + "@" + municipality + ".example.org") : Optional.empty())
        .phone(phone ? Optional.of("+46 492 " + draw.between(100000, 999999)) : Optional.empty())
        .build();
  }

  Event event() {
    EventKind kind = draw.weighted(List.of(
        new Weighted<>(4, EventKind.CONFERENCE), new Weighted<>(4, EventKind.TWIN_TOWN_MEETING),
        new Weighted<>(3, EventKind.YOUTH_CAMP), new Weighted<>(1, EventKind.YOUTH_COUNCIL_FORUM),
        new Weighted<>(3, EventKind.SECRETARIES_MEETING), new Weighted<>(3, EventKind.NETWORK_MEETING),
        new Weighted<>(2, EventKind.REGIONAL_NETWORK_MEETING), new Weighted<>(2, EventKind.TWIN_TOWN_VISIT),
        new Weighted<>(1, EventKind.STUDY_VISIT), new Weighted<>(1, EventKind.EXCHANGE)));
    boolean ofTheChain = EnumSet.of(EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING, EventKind.YOUTH_CAMP,
        EventKind.YOUTH_COUNCIL_FORUM, EventKind.SECRETARIES_MEETING).contains(kind);
    boolean conferenceLike = EnumSet.of(EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING, EventKind.YOUTH_CAMP)
        .contains(kind);
    int year = conferenceLike && draw.chance(75) ? draw.pick(CONFERENCE_YEARS) : draw.between(2019, 2027);
    LocalDate date = draw.day(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    List<MunicipalityId> existing = municipalities.stream().filter(m -> m.existsOn(date)).map(Municipality::getId)
        .toList();
    List<MunicipalityId> chainHosts = hostCandidates().stream().filter(existing::contains).toList();
    Optional<MunicipalityId> host = ofTheChain
        ? (chainHosts.isEmpty() ? Optional.empty() : draw.maybe(90, () -> draw.pick(chainHosts)))
        : (existing.isEmpty() ? Optional.empty() : draw.maybe(40, () -> draw.pick(existing)));
    EventId id = EventId.of(fresh("event"));
    Event.Builder event = Event.builder()
        .id(id)
        .kind(kind)
        .title(draw.maybe(50, () -> titleOf(kind, year)))
        .date(date)
        .endDate(draw.maybe(40, () -> date.plusDays(draw.between(0, 4))))
        .location(draw.maybe(30, () -> draw.pick(LOCATIONS)))
        .host(host)
        .addAllTags(someTags());
    switch (kind) {
      case CONFERENCE -> {
        agenda(event, AgendaItem.NORDEN_MEETING, 70);
        agenda(event, AgendaItem.DEVELOPMENT_EXCHANGE, 70);
        agenda(event, AgendaItem.AGREEMENT_REVISION, year == 2027 ? 60 : 10);
        event.noticeIssuedBy(draw.maybe(50, () -> host.orElse(VIMMERBY)));
        event.addAllDelegations(delegations());
      }
      case TWIN_TOWN_MEETING -> {
        agenda(event, AgendaItem.EVALUATE_ACTIVITY_PLAN, 75);
        agenda(event, AgendaItem.DECISION_FOLLOW_UP, 50);
        agenda(event, AgendaItem.AGREEMENT_REVISION, 10);
        event.linkedTo(draw.chance(40) ? pickIf(eventsOf(EventKind.CONFERENCE), e -> e.year() == year).map(Event::getId)
            : Optional.empty());
        event.noticeIssuedBy(runBy(host));
        event.agendaSetBy(runBy(host));
        event.chair(peopleOf(host));
        event.secretary(peopleOf(host));
        event.addAllDelegations(delegations());
      }
      case YOUTH_CAMP -> {
        List<Event> conferences = eventsOf(EventKind.CONFERENCE);
        Optional<Event> sameYear = pickIf(conferences, e -> e.year() == year);
        Optional<Event> linked = sameYear.isPresent() || conferences.isEmpty() ? sameYear
            : Optional.of(draw.pick(conferences));
        event.linkedTo(draw.chance(85) ? linked.map(Event::getId) : Optional.empty());
      }
      case SECRETARIES_MEETING, YOUTH_COUNCIL_FORUM -> event.addAllParticipants(somePeople(4));
      case NETWORK_MEETING -> {
        event.body(draw.chance(90) ? pickIf(bodiesOf(BodyKind.INTERNATIONAL_NETWORK), b -> true).map(Body::getId)
            : Optional.empty());
        event.addAllParticipants(somePeople(5));
      }
      case REGIONAL_NETWORK_MEETING -> {
        event.body(draw.chance(90) ? pickIf(bodiesOf(BodyKind.REGIONAL_NETWORK), b -> true).map(Body::getId)
            : Optional.empty());
        event.addAllParticipants(somePeople(3));
      }
      case TWIN_TOWN_VISIT, STUDY_VISIT, EXCHANGE -> {
        event.partner(partners().isEmpty() ? Optional.empty()
            : draw.maybe(80, () -> draw.pick(partners()).getId()));
        event.addAllDelegations(delegations());
        event.project(projects.isEmpty() ? Optional.empty() : draw.maybe(30, () -> draw.pick(projects).getId()));
        event.fundingInvestigation(draw.maybe(50, () -> fundingInvestigation(date)));
        event.publication(draw.maybe(50, () -> publication("besok/" + id, date)));
      }
    }
    return event.build();
  }

  private List<MunicipalityId> hostCandidates() {
    return agreements.isEmpty() ? municipalities.stream().map(Municipality::getId).toList() : agreements.get(0).partyIds();
  }

  private static String titleOf(EventKind kind, int year) {
    return switch (kind) {
      case CONFERENCE -> "Vänortskonferens " + year;
      case TWIN_TOWN_MEETING -> "Vänortsmöte " + year;
      case YOUTH_CAMP -> "Ungdomsläger " + year;
      default -> kind.name().toLowerCase().replace('_', ' ') + " " + year;
    };
  }

  private void agenda(Event.Builder event, AgendaItem item, int percent) {
    if (draw.chance(percent)) {
      event.addAgendaItem(item);
    }
  }

  /** Mostly the host, as VA2021/O1b requires; sometimes another municipality, sometimes unrecorded. */
  private Optional<MunicipalityId> runBy(Optional<MunicipalityId> host) {
    if (draw.chance(80)) {
      return host;
    }
    return draw.maybe(50, () -> draw.pick(municipalities).getId());
  }

  /** Mostly a person of the host, as VA2021/O1b requires; sometimes anyone, sometimes unrecorded. */
  private Optional<PersonId> peopleOf(Optional<MunicipalityId> host) {
    if (host.isPresent() && draw.chance(80)) {
      return personOf(host.get());
    }
    return draw.chance(50) ? anyPerson() : Optional.empty();
  }

  private List<Delegation> delegations() {
    List<Delegation> delegations = new ArrayList<>();
    for (Map.Entry<MunicipalityId, List<PersonId>> sending : sortedPeopleByMunicipality()) {
      if (draw.chance(sending.getKey().equals(VIMMERBY) ? 80 : 60)) {
        Delegation.Builder delegation = Delegation.builder().municipality(sending.getKey());
        for (PersonId member : draw.some(sending.getValue(), 1, 4)) {
          delegation.addMember(DelegationMember.builder().person(member)
              .capacity(draw.maybe(10, () -> draw.pick(List.of("ungdomsråd", "tolk", "fotograf")))).build());
        }
        delegations.add(delegation.build());
      }
    }
    return delegations;
  }

  private List<Map.Entry<MunicipalityId, List<PersonId>>> sortedPeopleByMunicipality() {
    // HashMap order is not part of the draw; sort so that the same draws give the same register.
    return peopleByMunicipality.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }

  Decision decision() {
    Matter matter = draw.weighted(List.of(
        new Weighted<>(1, Matter.ESTABLISH_TWIN_TOWN), new Weighted<>(2, Matter.PARTNERSHIP_APPLICATION),
        new Weighted<>(2, Matter.APPOINT_STEERING_GROUP), new Weighted<>(3, Matter.PROJECT),
        new Weighted<>(2, Matter.SCHOOL_EXCHANGE), new Weighted<>(2, Matter.REVISE_STRATEGY),
        new Weighted<>(1, Matter.REVISE_AGREEMENT), new Weighted<>(2, Matter.APPOINT_SECRETARY),
        new Weighted<>(3, Matter.ACTIVITY_PLAN), new Weighted<>(1, Matter.OTHER)));
    boolean ofTheChain = matter == Matter.ACTIVITY_PLAN || matter == Matter.REVISE_AGREEMENT || matter == Matter.OTHER;
    boolean atMeeting = !meetings.isEmpty() && (bodies.isEmpty() || ofTheChain && draw.chance(85));
    Decision.Builder decision = Decision.builder()
        .id(DecisionId.of(fresh("decision")))
        .matter(matter)
        .paragraph(draw.maybe(60, () -> draw.between(1, 250)))
        .summary(draw.maybe(40, () -> "Beslut om " + matter.name().toLowerCase().replace('_', ' ')))
        .addAllSubjects(subjectsOf(matter));
    LocalDate date;
    if (atMeeting) {
      Event meeting = draw.pick(meetings);
      date = meeting.getDate();
      decision.meeting(meeting.getId());
      int followUps = draw.between(0, 2);
      for (int i = 0; i < followUps; i++) {
        decision.addFollowUp(followUp(date));
      }
    } else {
      date = draw.day(LocalDate.of(2016, 1, 1), LAST_DAY);
      decision.body(decidingBody(matter).getId());
    }
    return decision.date(date).build();
  }

  private FollowUp followUp(LocalDate decided) {
    Optional<Event> later = pickIf(meetings, m -> m.getDate().isAfter(decided));
    LocalDate date = later.isPresent() && draw.chance(60) ? later.get().getDate()
        : decided.plusDays(draw.between(0, 900));
    return FollowUp.builder()
        .date(date)
        .event(later.filter(m -> m.getDate().equals(date)).map(Event::getId))
        .note(draw.maybe(50, () -> "Följts upp"))
        .build();
  }

  /** Mostly the body the strategy gives the matter to; sometimes another, so rules find breaches. */
  private Body decidingBody(Matter matter) {
    List<Body> proper = switch (matter) {
      case ESTABLISH_TWIN_TOWN, ADOPT_STRATEGY, REVISE_STRATEGY -> bodiesOf(BodyKind.COUNCIL);
      case PARTNERSHIP_APPLICATION, APPOINT_STEERING_GROUP -> bodiesOf(BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE);
      case PROJECT -> bodiesOf(BodyKind.COMMITTEE);
      case SCHOOL_EXCHANGE -> bodiesOf(BodyKind.SCHOOL, BodyKind.COMMITTEE);
      case APPOINT_SECRETARY -> bodiesOf(BodyKind.EXECUTIVE_BOARD, BodyKind.ADMINISTRATION);
      default -> bodiesOf(BodyKind.EXECUTIVE_BOARD);
    };
    return !proper.isEmpty() && draw.chance(85) ? draw.pick(proper) : draw.pick(bodies);
  }

  private List<RecordId> subjectsOf(Matter matter) {
    Optional<String> subject = switch (matter) {
      case REVISE_STRATEGY, ADOPT_STRATEGY -> strategies.stream().findFirst().map(s -> s.getId().value());
      case REVISE_AGREEMENT -> agreements.stream().findFirst().map(a -> a.getId().value());
      case ESTABLISH_TWIN_TOWN, PARTNERSHIP_APPLICATION -> partners().isEmpty() ? Optional.empty()
          : Optional.of(draw.pick(partners()).getId().value());
      case PROJECT, SCHOOL_EXCHANGE, APPOINT_STEERING_GROUP -> projects.isEmpty() ? Optional.empty()
          : Optional.of(draw.pick(projects).getId().value());
      case APPOINT_SECRETARY -> anyPerson().map(PersonId::value);
      default -> Optional.empty();
    };
    return subject.filter(s -> draw.chance(90)).map(RecordId::of).stream().toList();
  }

  Project project() {
    ProjectKind kind = draw.pick(List.of(ProjectKind.values()));
    ProjectId id = ProjectId.of(fresh("project"));
    Body owner = draw.pick(projectOwners());
    Optional<Municipality> partner = partners().isEmpty() ? Optional.empty() : draw.maybe(75, () -> draw.pick(partners()));
    boolean mukono = partner.map(p -> p.getId().value().equals("mukono")).orElse(false);
    LocalDate start = draw.day(FIRST_DAY, LAST_DAY);
    Project.Builder project = Project.builder()
        .id(id)
        .kind(kind)
        .title(titleOf(kind, partner))
        .owner(owner.getId())
        .addAllParticipatingBodies(draw.some(vimmerbyBodiesOf(BodyKind.COMMITTEE), 0, 2).stream()
            .map(Body::getId).filter(b -> !b.equals(owner.getId())).toList())
        .partner(partner.map(Municipality::getId))
        .relation(partner.flatMap(p -> draw.chance(50)
            ? pickIf(relationsByPartner.getOrDefault(p.getId(), List.of()), r -> true).map(Relation::getId)
            : Optional.empty()))
        .addAllOperationalAreas(draw.some(RealisticRecords.OPERATIONAL_AREAS, 0, 3))
        .theme(draw.maybe(50, () -> draw.pick(RealisticRecords.THEMES)))
        .period(DateRange.of(start, start.plusDays(draw.between(30, 1000))))
        .groundedInChildRights(draw.chance(mukono ? 70 : 20))
        .budget(draw.maybe(60, () -> Budget.builder().amount(draw.between(0, 500_000))
            .withinOwnBudget(draw.chance(60)).build()))
        .addAllFinancing(financing(mukono))
        .fundingInvestigation(draw.maybe(60, () -> fundingInvestigation(start)))
        .publication(draw.maybe(60, () -> publication(id.value(), start)))
        .addAllParticipants(somePeople(4))
        .steeringGroup(decisions.isEmpty() ? Optional.empty() : draw.maybe(30, () -> SteeringGroup.builder()
            .appointedBy(pickIf(decisions, d -> d.getMatter() == Matter.APPOINT_STEERING_GROUP)
                .orElse(draw.pick(decisions)).getId())
            .addAllMembers(somePeople(3))
            .build()))
        .peerMunicipalitiesSought(kind == ProjectKind.PARTNERSHIP
            ? draw.pick(List.of(Optional.<Boolean>empty(), Optional.of(true), Optional.of(false)))
            : Optional.empty())
        .addAllTags(someTags());
    List<Body> networks = bodiesOf(BodyKind.INTERNATIONAL_NETWORK);
    if (!networks.isEmpty()) {
      int consultations = draw.between(0, 2);
      for (int i = 0; i < consultations; i++) {
        project.addConsultation(Consultation.builder().network(draw.pick(networks).getId())
            .date(start.minusDays(draw.between(0, 200)))
            .subject(draw.maybe(50, () -> "Samråd om " + kind.name().toLowerCase().replace('_', ' ')))
            .build());
      }
    }
    return project.build();
  }

  /** An investigation of external funding some days before {@code start}, as VIS2016/W4 asks. */
  private FundingInvestigation fundingInvestigation(LocalDate start) {
    return FundingInvestigation.builder()
        .date(start.minusDays(draw.between(0, 120)))
        .addAllSources(draw.some(List.of(FundingSource.values()), 1, 3))
        .outcome(draw.maybe(50, () -> "Ansökan till " + draw.pick(List.of("ICLD", "EU", "Svenska institutet"))))
        .build();
  }

  /** A page on the municipality's website some days after {@code start} (VIS2016/N1). */
  private Publication publication(String page, LocalDate start) {
    return Publication.builder()
        .url("https://www.vimmerby.se/internationellt/" + page)
        .date(start.plusDays(draw.between(0, 60)))
        .build();
  }

  private static String titleOf(ProjectKind kind, Optional<Municipality> partner) {
    String what = switch (kind) {
      case PROJECT -> "Projekt";
      case EXCHANGE -> "Utbyte";
      case SCHOOL_EXCHANGE -> "Skolutbyte";
      case PARTNERSHIP -> "Partnerskap";
    };
    return partner.map(p -> what + " med " + p.getName()).orElse(what);
  }

  /** Mukono's projects are mostly external money (VIS2016/P1), others any mix. */
  private List<FundingSource> financing(boolean mukono) {
    List<FundingSource> sources = new ArrayList<>(draw.some(List.of(FundingSource.values()), 0, 3));
    if (mukono && draw.chance(70)) {
      sources.remove(FundingSource.OWN_BUDGET);
    }
    return sources;
  }

  CouncilReport report() {
    List<Body> committees = reportingCommittees();
    Body committee = draw.pick(committees);
    int year = draw.between(FIRST_REPORT_YEAR, LAST_REPORT_YEAR);
    // A drawn pair already reported: take the first free one, so that no draw is ever repeated.
    for (int i = 0; reportKeys.contains(committee.getId() + "/" + year); i++) {
      committee = committees.get(i / (LAST_REPORT_YEAR - FIRST_REPORT_YEAR + 1));
      year = FIRST_REPORT_YEAR + i % (LAST_REPORT_YEAR - FIRST_REPORT_YEAR + 1);
    }
    int reported = year;
    return CouncilReport.builder()
        .committee(committee.getId())
        .year(year)
        .date(draw.maybe(70, () -> LocalDate.of(reported + 1, 3, 1).plusDays(draw.between(0, 60))))
        .internationalWorkIncluded(draw.chance(70))
        .build();
  }
}
