package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.project.Project;
import se.vanort.domain.strategy.Strategy;
import se.vanort.rules.Evaluation;

/**
 * What VIS2016 judges in one evaluation: the bodies, projects and decisions of the municipality that
 * owns the strategy, from the day the strategy was adopted up to the as-of date. Built once per
 * evaluation, and only when the register holds a strategy of the perspective municipality (a
 * register seen from Kauhava gets no VIS2016 finding). The municipality's bodies are those the
 * register assigns to it ({@link Register#municipalityOf(Body)}): a body recorded without a
 * municipality is the perspective's, a regional network belongs to none.
 *
 * <p>Whom and from when the strategy binds is the catalogue's reading (note {@code owner} of
 * {@code VIS2016.catalogue}); this class is its logic, shared by every rule of VIS2016.
 */
final class StrategyScope {
  private static final Evaluation.Index<Optional<StrategyScope>> SCOPE = Evaluation.Index.of("strategy.scope",
      e -> e.strategy().map(strategy -> new StrategyScope(e, strategy)));
  private static final EnumMap<Matter, Evaluation.Index<ImmutableListMultimap<RecordId, Decision>>> DECISIONS_BY_SUBJECT =
      new EnumMap<>(Matter.class);
  private static final Evaluation.Index<ImmutableListMultimap<BodyId, Person>> PEOPLE_BY_BODY =
      Evaluation.Index.of("strategy.peopleByBody", e -> {
        ImmutableListMultimap.Builder<BodyId, Person> byBody = ImmutableListMultimap.builder();
        Set<BodyId> bodies = new LinkedHashSet<>();
        for (Person person : e.register().getPeople()) {
          bodies.clear();
          for (Position position : person.getPositions()) {
            bodies.add(position.getBody());
          }
          for (BodyId body : bodies) {
            byBody.put(body, person);
          }
        }
        return byBody.build();
      });

  static {
    for (Matter matter : Matter.values()) {
      DECISIONS_BY_SUBJECT.put(matter, Evaluation.Index.of("strategy.decisionsBySubject." + matter, e -> {
        ImmutableListMultimap.Builder<RecordId, Decision> bySubject = ImmutableListMultimap.builder();
        for (Decision decision : e.decisions(matter)) {
          for (RecordId subject : decision.getSubjects()) {
            bySubject.put(subject, decision);
          }
        }
        return bySubject.build();
      }));
    }
  }

  private final Evaluation evaluation;
  private final Strategy strategy;
  private final LocalDate adopted;
  private final ImmutableMap<BodyId, Body> ownBodies;
  private final ImmutableListMultimap<BodyKind, Body> ownBodiesByKind;
  private final ImmutableList<Project> projects;

  private StrategyScope(Evaluation evaluation, Strategy strategy) {
    this.evaluation = evaluation;
    this.strategy = strategy;
    Register register = evaluation.register();
    this.adopted = register.findDecision(strategy.getAdoptedBy()).map(Decision::getDate)
        .orElseThrow(() -> new IllegalStateException("the register's validation lets no strategy name an"
            + " unknown adopting decision, yet " + strategy.getAdoptedBy() + " is unknown"));
    MunicipalityId own = strategy.getMunicipality();
    this.ownBodies = register.getBodies().stream()
        .filter(body -> register.municipalityOf(body).filter(own::equals).isPresent())
        .collect(ImmutableMap.toImmutableMap(Body::getId, body -> body, (first, second) -> first));
    this.ownBodiesByKind = Multimaps.index(ownBodies.values(), Body::getKind);
    this.projects = evaluation.projectsInPeriod().stream()
        .filter(project -> ownBodies.containsKey(project.getOwner()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The scope of {@code evaluation}, empty when the register holds no strategy of its perspective. */
  static Optional<StrategyScope> of(Evaluation evaluation) {
    return evaluation.get(SCOPE);
  }

  Evaluation evaluation() {
    return evaluation;
  }

  Register register() {
    return evaluation.register();
  }

  Strategy strategy() {
    return strategy;
  }

  MunicipalityId municipality() {
    return strategy.getMunicipality();
  }

  /** The day the strategy was adopted. */
  LocalDate adopted() {
    return adopted;
  }

  /** Whether a record dated {@code date} falls under the strategy: on or after its adoption. */
  boolean judges(LocalDate date) {
    return !date.isBefore(adopted);
  }

  /** Whether something required by {@code date} is judged now: it falls under the strategy and is past. */
  boolean isDue(LocalDate date) {
    return judges(date) && evaluation.isPast(date);
  }

  /** The years of the period that are closed and begin on or after the adoption. */
  IntStream judgedYears() {
    return evaluation.years().filter(this::isJudgedYear);
  }

  /** Whether {@code year} is closed and begins on or after the adoption. */
  boolean isJudgedYear(int year) {
    return evaluation.isClosed(year) && judges(LocalDate.of(year, 1, 1));
  }

  /**
   * The day on which a standing arrangement (the network, the coordination) is judged: the as-of
   * date or the end of the period, whichever comes first, if that lies in the period and under the
   * strategy.
   */
  Optional<LocalDate> judgedDay() {
    DateRange period = evaluation.period();
    LocalDate day = evaluation.asOf().isBefore(period.to()) ? evaluation.asOf() : period.to();
    return period.contains(day) && judges(day) ? Optional.of(day) : Optional.empty();
  }

  /** Whether the whole period lies on or before the as-of date and ends under the strategy. */
  boolean periodEnded() {
    return isDue(evaluation.period().to());
  }

  /** The evaluated period for messages: {@code 2021–2026} when it is whole calendar years, else its days. */
  String periodText() {
    DateRange period = evaluation.period();
    boolean wholeYears = period.from().getDayOfYear() == 1
        && period.to().equals(LocalDate.of(period.to().getYear(), 12, 31));
    if (!wholeYears) {
      return period.from() + "–" + period.to();
    }
    return period.from().getYear() == period.to().getYear()
        ? String.valueOf(period.from().getYear())
        : period.from().getYear() + "–" + period.to().getYear();
  }

  /** The body {@code id} if it belongs to the perspective municipality. */
  Optional<Body> ownBody(BodyId id) {
    return Optional.ofNullable(ownBodies.get(id));
  }

  /** Whether {@code id} is a body of the perspective municipality of a kind {@code kind} accepts. */
  boolean isOwnBody(BodyId id, Predicate<BodyKind> kind) {
    Body body = ownBodies.get(id);
    return body != null && kind.test(body.getKind());
  }

  /** The perspective municipality's bodies of {@code kind}, in register order. */
  ImmutableList<Body> ownBodies(BodyKind kind) {
    return ownBodiesByKind.get(kind);
  }

  /** A body's name for messages, or its id where the register does not know it. */
  String bodyName(BodyId id) {
    return register().findBody(id).map(Body::getName).orElse(id.value());
  }

  /**
   * The committee (or the executive board) answerable for {@code id}: the body itself when it is
   * one, else the committee or board it sits directly under (a school, an administration).
   */
  Optional<BodyId> responsibleCommittee(BodyId id) {
    return ownBody(id).flatMap(body -> body.getKind().isBoardOrCommittee()
        ? Optional.of(body.getId())
        : body.getParent().filter(parent -> isOwnBody(parent, BodyKind::isBoardOrCommittee)));
  }

  /**
   * The administrations of the municipality in whose area body {@code id} works: an administration
   * itself; a committee or the executive board, the administrations under it; a school or other unit,
   * the administration it sits under, or else those of the committee it sits under. The council and
   * the networks belong to no administration.
   */
  ImmutableSet<BodyId> administrationsOf(BodyId id) {
    Optional<Body> body = ownBody(id);
    if (body.isEmpty() || body.get().getKind() == BodyKind.COUNCIL
        || body.get().getKind() == BodyKind.INTERNATIONAL_NETWORK) {
      return ImmutableSet.of();
    }
    if (body.get().getKind() == BodyKind.ADMINISTRATION) {
      return ImmutableSet.of(id);
    }
    Optional<BodyId> committee = body.get().getKind().isBoardOrCommittee()
        ? Optional.of(id)
        : body.get().getParent().filter(parent -> ownBody(parent).isPresent());
    if (committee.isPresent() && isOwnBody(committee.get(), kind -> kind == BodyKind.ADMINISTRATION)) {
      return ImmutableSet.of(committee.get());
    }
    return committee.map(c -> ownBodies(BodyKind.ADMINISTRATION).stream()
            .filter(administration -> administration.getParent().filter(c::equals).isPresent())
            .map(Body::getId)
            .collect(ImmutableSet.toImmutableSet()))
        .orElse(ImmutableSet.of());
  }

  /** The projects of the period owned by a body of the perspective municipality, in register order. */
  ImmutableList<Project> projects() {
    return projects;
  }

  /**
   * The projects whose per-project obligations are judged: those that started under the strategy
   * and on or before the as-of date (one that has not started yet has time left).
   */
  Stream<Project> startedProjects() {
    return projects.stream().filter(project -> isDue(project.getPeriod().from()));
  }

  /**
   * The decisions of {@code matter} by a body of the perspective municipality, taken in the period,
   * under the strategy and on or before the as-of date, in register order.
   */
  Stream<Decision> decisionsTaken(Matter matter) {
    return ownDecisionsInPeriod(matter).filter(decision -> evaluation.isPast(decision.getDate()));
  }

  /** As {@link #decisionsTaken}, but including decisions dated after the as-of date (proposals). */
  Stream<Decision> ownDecisionsInPeriod(Matter matter) {
    return evaluation.decisions(matter).stream()
        .filter(decision -> decision.getBody().filter(ownBodies::containsKey).isPresent())
        .filter(decision -> evaluation.inPeriod(decision.getDate()) && judges(decision.getDate()));
  }

  /** The decisions of {@code matter}, by anyone, whose subjects include {@code subject}. */
  ImmutableList<Decision> decisionsConcerning(Matter matter, RecordId subject) {
    return evaluation.get(DECISIONS_BY_SUBJECT.get(matter)).get(subject);
  }

  /** The people who hold or held a position in body {@code id}, each once, in register order. */
  ImmutableList<Person> peopleIn(BodyId id) {
    return evaluation.get(PEOPLE_BY_BODY).get(id);
  }

  /** The person {@code id}, if the register holds them. */
  Optional<Person> person(PersonId id) {
    return register().findPerson(id);
  }

  /**
   * The relations of the perspective municipality of {@code kind} with a partner in {@code country}
   * that are in force during some part of the period, in register order.
   */
  ImmutableList<Relation> relationsWith(RelationKind kind, String country) {
    DateRange period = evaluation.period();
    return register().getRelations().stream()
        .filter(r -> r.getMunicipality().equals(municipality()) && r.getKind() == kind)
        .filter(r -> register().findMunicipality(r.getPartner()).filter(m -> m.getCountry().equals(country)).isPresent())
        .filter(r -> r.getSince().map(year -> year.getValue() <= period.to().getYear()).orElse(true))
        .filter(r -> r.getUntil().map(until -> !until.isBefore(period.from())).orElse(true))
        .collect(ImmutableList.toImmutableList());
  }

  /** A municipality's name for messages, or its id where the register does not know it. */
  String municipalityName(MunicipalityId id) {
    return register().findMunicipality(id).map(m -> m.getName()).orElse(id.value());
  }
}
