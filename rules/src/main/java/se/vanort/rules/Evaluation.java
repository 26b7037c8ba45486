package se.vanort.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * A rule package that needs an index of its own builds it through {@link #index}. An evaluation is
 * safe to share between threads.
 */
public final class Evaluation {
  /** The id of Vimmerby's strategy, whose rules apply where a register holds it. */
  public static final DocumentId STRATEGY = DocumentId.of("VIS2016");

  private final Register register;
  private final DateRange period;
  private final Map<Object, Object> indexes = new ConcurrentHashMap<>();

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
    return register.asOf();
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
    return !LocalDate.of(year, 12, 31).isAfter(asOf());
  }

  /**
   * {@return whether {@code date} lies on or before the as-of date}
   *
   * @param date the day
   */
  public boolean isPast(LocalDate date) {
    return !date.isAfter(asOf());
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
    return index("agreements", e -> e.register.getAgreements().stream()
        .filter(a -> !a.getPeriod().isReversed() && a.getPeriod().overlaps(period))
        .collect(ImmutableList.toImmutableList()));
  }

  /** {@return the perspective municipality's strategy (VIS2016), if the register holds it} */
  public Optional<Strategy> strategy() {
    return register.getStrategies().stream()
        .filter(s -> s.getId().equals(STRATEGY) && s.getMunicipality().equals(perspective()))
        .findFirst();
  }

  /**
   * {@return the events of {@code kind}, in register order}
   *
   * @param kind the kind
   */
  public ImmutableList<Event> events(EventKind kind) {
    return this.<Map<EventKind, ImmutableList<Event>>>index("eventsByKind", e -> {
      Map<EventKind, ImmutableList.Builder<Event>> byKind = new EnumMap<>(EventKind.class);
      for (Event event : e.register.getEvents()) {
        byKind.computeIfAbsent(event.getKind(), k -> ImmutableList.builder()).add(event);
      }
      Map<EventKind, ImmutableList<Event>> built = new EnumMap<>(EventKind.class);
      for (EventKind k : EventKind.values()) {
        built.put(k, byKind.containsKey(k) ? byKind.get(k).build() : ImmutableList.of());
      }
      return built;
    }).get(kind);
  }

  /**
   * {@return the events of {@code kind} whose first day lies in {@code year}, by date and then id}
   *
   * @param kind the kind
   * @param year the calendar year
   */
  public ImmutableList<Event> events(EventKind kind, int year) {
    return this.<ImmutableListMultimap<Integer, Event>>index(List.of("eventsByYear", kind),
        e -> Multimaps.index(e.eventsByDate(kind), Event::year)).get(year);
  }

  /** The events of {@code kind} by date and then id, sorted once per evaluation. */
  private ImmutableList<Event> eventsByDate(EventKind kind) {
    return index(List.of("eventsSorted", kind), e -> ImmutableList.sortedCopyOf(
        Comparator.comparingLong((Event event) -> event.getDate().toEpochDay()).thenComparing(Event::getId),
        e.events(kind)));
  }

  /** {@return the events whose first day lies in the period} */
  public ImmutableList<Event> eventsInPeriod() {
    return index("eventsInPeriod", e -> e.register.getEvents().stream()
        .filter(ev -> e.inPeriod(ev.getDate()))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * {@return the decisions of {@code matter}, in register order}
   *
   * @param matter the matter to be decided
   */
  public ImmutableList<Decision> decisions(Matter matter) {
    return this.<ImmutableListMultimap<Matter, Decision>>index("decisionsByMatter",
        e -> Multimaps.index(e.register.getDecisions(), Decision::getMatter)).get(matter);
  }

  /** {@return the decisions taken in the period} */
  public ImmutableList<Decision> decisionsInPeriod() {
    return index("decisionsInPeriod", e -> e.register.getDecisions().stream()
        .filter(d -> e.inPeriod(d.getDate()))
        .collect(ImmutableList.toImmutableList()));
  }

  /** {@return the projects that run during some part of the period} */
  public ImmutableList<Project> projectsInPeriod() {
    return index("projectsInPeriod", e -> e.register.getProjects().stream()
        .filter(p -> !p.getPeriod().isReversed() && p.getPeriod().overlaps(e.period))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * {@return the people who ever held {@code role}, in register order}
   *
   * @param role the role
   */
  public ImmutableList<Person> holdersOf(Role role) {
    return this.<ImmutableListMultimap<Role, Person>>index("peopleByRole", e -> {
      ImmutableListMultimap.Builder<Role, Person> byRole = ImmutableListMultimap.builder();
      e.register.getPeople().forEach(person -> person.getPositions().stream()
          .map(Position::getRole).distinct().forEach(r -> byRole.put(r, person)));
      return byRole.build();
    }).get(role);
  }

  /**
   * {@return the events of {@code kind} that start after {@code date}, recorded or planned, by date
   * and then id: what the chain's next meeting is looked for in ({@link Chain#nextMeeting})}
   *
   * @param kind the kind
   * @param date the day
   */
  public List<Event> eventsAfter(EventKind kind, LocalDate date) {
    ImmutableList<Event> sorted = eventsByDate(kind);
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted.get(middle).getDate().isAfter(date)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return sorted.subList(low, sorted.size());
  }

  /**
   * {@return the twin-town secretaries of {@code municipality} on {@code date} (VA2021/O2), in register order}
   *
   * @param municipality the municipality
   * @param date the day
   */
  public ImmutableList<Person> secretariesOn(MunicipalityId municipality, LocalDate date) {
    return holdersOf(Role.TWIN_TOWN_SECRETARY).stream()
        .filter(person -> register.municipalityOf(person).equals(municipality))
        .filter(person -> person.holds(Role.TWIN_TOWN_SECRETARY, date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return an index of this evaluation, built by {@code builder} the first time {@code key} is asked for
   * and shared by every later call with the same key} Keys are compared with {@code equals}; use a
   * constant of the rule package.
   *
   * @param <T> the type of the index
   * @param key the key
   * @param builder builds the index on first use
   */
  @SuppressWarnings("unchecked")
  public <T> T index(Object key, Function<Evaluation, T> builder) {
    Object cached = indexes.get(key);
    if (cached == null) {
      cached = builder.apply(this);
      Object raced = indexes.putIfAbsent(key, cached);
      if (raced != null) {
        cached = raced;
      }
    }
    return (T) cached;
  }
}
