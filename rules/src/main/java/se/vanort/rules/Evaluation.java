package se.vanort.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;
import se.vanort.domain.strategy.Strategy;

/**
 * One check of one register over one period as of one date, with the indexes the rules read.
 *
 * <p>Every index is built at most once per evaluation, on first use, in one pass over the register;
 * rules then make a single pass over what they need, so a check is linear in the number of records.
 * An index is named by an {@link Index}, a constant of the package that reads it, and built through
 * {@link #get(Index)}. An evaluation is safe to share between threads.
 */
public final class Evaluation {
  /** The id of Vimmerby's strategy, whose rules apply where a register holds it. */
  public static final DocumentId STRATEGY = DocumentId.of("VIS2016");

  private static final Index<ImmutableList<Agreement>> AGREEMENTS = Index.of("agreements", e -> {
    ImmutableList.Builder<Agreement> inForce = ImmutableList.builder();
    for (Agreement agreement : e.register.getAgreements()) {
      if (!agreement.getPeriod().isReversed() && agreement.getPeriod().overlaps(e.period)) {
        inForce.add(agreement);
      }
    }
    return inForce.build();
  });
  private static final Index<EnumMap<EventKind, EventsOfKind>> EVENTS = Index.of("events", Evaluation::eventsByKind);
  private static final Index<ImmutableList<Event>> EVENTS_IN_PERIOD = Index.of("eventsInPeriod", e -> {
    ImmutableList.Builder<Event> inPeriod = ImmutableList.builder();
    for (Event event : e.register.getEvents()) {
      if (e.inPeriod(event.getDate())) {
        inPeriod.add(event);
      }
    }
    return inPeriod.build();
  });
  private static final Index<ImmutableListMultimap<Matter, Decision>> DECISIONS_BY_MATTER =
      Index.of("decisionsByMatter", e -> Multimaps.index(e.register.getDecisions(), Decision::getMatter));
  private static final Index<ImmutableList<Decision>> DECISIONS_IN_PERIOD = Index.of("decisionsInPeriod", e -> {
    ImmutableList.Builder<Decision> inPeriod = ImmutableList.builder();
    for (Decision decision : e.register.getDecisions()) {
      if (e.inPeriod(decision.getDate())) {
        inPeriod.add(decision);
      }
    }
    return inPeriod.build();
  });
  private static final Index<ImmutableList<Project>> PROJECTS_IN_PERIOD = Index.of("projectsInPeriod", e -> {
    ImmutableList.Builder<Project> inPeriod = ImmutableList.builder();
    for (Project project : e.register.getProjects()) {
      if (!project.getPeriod().isReversed() && project.getPeriod().overlaps(e.period)) {
        inPeriod.add(project);
      }
    }
    return inPeriod.build();
  });
  private static final Index<ImmutableListMultimap<Role, Person>> PEOPLE_BY_ROLE = Index.of("peopleByRole", e -> {
    ImmutableListMultimap.Builder<Role, Person> byRole = ImmutableListMultimap.builder();
    Set<Role> roles = new LinkedHashSet<>();
    for (Person person : e.register.getPeople()) {
      roles.clear();
      for (Position position : person.getPositions()) {
        roles.add(position.getRole());
      }
      for (Role role : roles) {
        byRole.put(role, person);
      }
    }
    return byRole.build();
  });

  private final Register register;
  private final DateRange period;
  private final LocalDate asOf;
  private final Map<Index<?>, Object> indexes = new ConcurrentHashMap<>();

  /**
   * An evaluation of {@code register} over {@code period}, as of the register's as-of date.
   *
   * @param register the register
   * @param period the period
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public Evaluation(Register register, DateRange period) {
    checkArgument(!period.isReversed(), "the period %s ends before it starts", period);
    this.register = register;
    this.period = period;
    this.asOf = register.asOf();
  }

  /** {@return the register checked} */
  public Register register() {
    return register;
  }

  /** {@return the period evaluated} */
  public DateRange period() {
    return period;
  }

  /** {@return the as-of date: what lies after it is due, not missed} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the perspective municipality, whose strategy applies} */
  public MunicipalityId perspective() {
    return register.getPerspective().getMunicipality();
  }

  /** {@return the calendar years of the period} */
  public IntStream years() {
    return period.years();
  }

  /**
   * {@return whether all of {@code year} lies on or before the as-of date, so that a missing record is a breach}
   *
   * @param year the calendar year
   */
  public boolean isClosed(int year) {
    return year < asOf.getYear() || (year == asOf.getYear() && asOf.getMonthValue() == 12 && asOf.getDayOfMonth() == 31);
  }

  /**
   * {@return whether {@code date} lies on or before the as-of date}
   *
   * @param date the day
   */
  public boolean isPast(LocalDate date) {
    return !date.isAfter(asOf);
  }

  /**
   * {@return whether {@code date} lies in the period evaluated}
   *
   * @param date the day
   */
  public boolean inPeriod(LocalDate date) {
    return period.contains(date);
  }

  /** {@return the agreements in force during some part of the period} */
  public ImmutableList<Agreement> agreements() {
    return get(AGREEMENTS);
  }

  /** {@return the perspective municipality's strategy (VIS2016), if the register holds it} */
  public Optional<Strategy> strategy() {
    for (Strategy strategy : register.getStrategies()) {
      if (strategy.getId().equals(STRATEGY) && strategy.getMunicipality().equals(perspective())) {
        return Optional.of(strategy);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the events of {@code kind}, in register order}
   *
   * @param kind the kind
   */
  public ImmutableList<Event> events(EventKind kind) {
    return get(EVENTS).get(kind).inRegisterOrder;
  }

  /**
   * {@return the events of {@code kind} whose first day lies in {@code year}, by date and then id}
   *
   * @param kind the kind
   * @param year the calendar year
   */
  public ImmutableList<Event> events(EventKind kind, int year) {
    EventsOfKind events = get(EVENTS).get(kind);
    return events.byDate.subList(events.firstAfter(LocalDate.of(year, 1, 1).toEpochDay() - 1),
        events.firstAfter(LocalDate.of(year, 12, 31).toEpochDay()));
  }

  /**
   * {@return the events of {@code kind} by date and then id, sorted once per evaluation}
   *
   * @param kind the kind
   */
  public ImmutableList<Event> eventsByDate(EventKind kind) {
    return get(EVENTS).get(kind).byDate;
  }

  /**
   * {@return the events of {@code kind} that start after {@code date}, recorded or planned, by date
   * and then id: what the chain's next meeting is looked for in ({@link Chain#nextMeeting})}
   *
   * @param kind the kind
   * @param date the day
   */
  public List<Event> eventsAfter(EventKind kind, LocalDate date) {
    EventsOfKind events = get(EVENTS).get(kind);
    return events.byDate.subList(events.firstAfter(date.toEpochDay()), events.byDate.size());
  }

  /**
   * {@return the position in {@link #eventsByDate(EventKind)} of the first event of {@code kind} that
   * starts after {@code date}, or the number of such events when none does}
   *
   * @param kind the kind
   * @param date the day
   */
  public int firstAfter(EventKind kind, LocalDate date) {
    return get(EVENTS).get(kind).firstAfter(date.toEpochDay());
  }

  /** {@return the events whose first day lies in the period} */
  public ImmutableList<Event> eventsInPeriod() {
    return get(EVENTS_IN_PERIOD);
  }

  /**
   * {@return the decisions of {@code matter}, in register order}
   *
   * @param matter the matter to be decided
   */
  public ImmutableList<Decision> decisions(Matter matter) {
    return get(DECISIONS_BY_MATTER).get(matter);
  }

  /** {@return the decisions taken in the period} */
  public ImmutableList<Decision> decisionsInPeriod() {
    return get(DECISIONS_IN_PERIOD);
  }

  /** {@return the projects that run during some part of the period} */
  public ImmutableList<Project> projectsInPeriod() {
    return get(PROJECTS_IN_PERIOD);
  }

  /**
   * {@return the people who ever held {@code role}, in register order}
   *
   * @param role the role
   */
  public ImmutableList<Person> holdersOf(Role role) {
    return get(PEOPLE_BY_ROLE).get(role);
  }

  /**
   * {@return the twin-town secretaries of {@code municipality} on {@code date} (VA2021/O2), in register order}
   *
   * @param municipality the municipality
   * @param date the day
   */
  public ImmutableList<Person> secretariesOn(MunicipalityId municipality, LocalDate date) {
    ImmutableList.Builder<Person> secretaries = ImmutableList.builder();
    for (Person person : holdersOf(Role.TWIN_TOWN_SECRETARY)) {
      if (person.holds(Role.TWIN_TOWN_SECRETARY, date) && register.municipalityOf(person).equals(municipality)) {
        secretaries.add(person);
      }
    }
    return secretaries.build();
  }

  /**
   * {@return the index {@code index} of this evaluation, built the first time it is asked for and
   * shared by every later call}
   *
   * @param <T> the type of the index
   * @param index the index: a constant of the package that reads it
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Index<T> index) {
    Object cached = indexes.get(index);
    if (cached == null) {
      // Not computeIfAbsent: building one index may ask for another.
      cached = index.builder.apply(this);
      Object raced = indexes.putIfAbsent(index, cached);
      if (raced != null) {
        cached = raced;
      }
    }
    return (T) cached;
  }

  /**
   * The name of an index of an evaluation and how it is built from the evaluation. Indexes are told
   * apart by identity, not by name: declare each as a constant ({@code private static final}) of the
   * package that reads it, and one constant per index (per kind of event, say, keep an {@link EnumMap}
   * of constants).
   *
   * @param <T> the type of the index
   */
  public static final class Index<T> {
    private final String name;
    private final Function<Evaluation, ? extends T> builder;

    private Index(String name, Function<Evaluation, ? extends T> builder) {
      this.name = name;
      this.builder = builder;
    }

    /**
     * {@return an index named {@code name} (for diagnostics only), built by {@code builder}}
     *
     * @param <T> the type of the index
     * @param name what it holds, for diagnostics
     * @param builder builds the index from an evaluation, once per evaluation
     */
    public static <T> Index<T> of(String name, Function<Evaluation, ? extends T> builder) {
      return new Index<>(name, builder);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The events of one kind in register order, and by date then id with their epoch days. */
  private static final class EventsOfKind {
    private static final Comparator<Event> BY_DATE = Comparator
        .comparingLong((Event event) -> event.getDate().toEpochDay()).thenComparing(Event::getId);

    final ImmutableList<Event> inRegisterOrder;
    final ImmutableList<Event> byDate;
    final long[] days;

    EventsOfKind(List<Event> events) {
      this.inRegisterOrder = ImmutableList.copyOf(events);
      this.byDate = ImmutableList.sortedCopyOf(BY_DATE, events);
      this.days = new long[byDate.size()];
      for (int i = 0; i < days.length; i++) {
        days[i] = byDate.get(i).getDate().toEpochDay();
      }
    }

    /** The position of the first event that starts after {@code day}, or the size when none does. */
    int firstAfter(long day) {
      int low = 0;
      int high = days.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (days[middle] > day) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return low;
    }
  }

  private static EnumMap<EventKind, EventsOfKind> eventsByKind(Evaluation evaluation) {
    EnumMap<EventKind, List<Event>> lists = new EnumMap<>(EventKind.class);
    for (EventKind kind : EventKind.values()) {
      lists.put(kind, new ArrayList<>());
    }
    for (Event event : evaluation.register.getEvents()) {
      lists.get(event.getKind()).add(event);
    }
    EnumMap<EventKind, EventsOfKind> built = new EnumMap<>(EventKind.class);
    lists.forEach((kind, events) -> built.put(kind, new EventsOfKind(events)));
    return built;
  }
}
