package se.vanort.domain.register;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.Sets;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.organisation.LeadershipRule;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.strategy.Strategy;

/**
 * Everything the rules need to know about a municipality's international work: the municipalities,
 * the agreement and the strategy, relations, bodies and people, events, decisions, projects and
 * reports, seen from one municipality as of one date.
 *
 * <p>A register is checked where it enters: {@code build()} refuses dangling references, duplicate
 * ids, reversed periods and values that break their constraints, and lists every problem with its
 * path in an {@link InvalidRegisterException}; so do the readers of files and of the database,
 * which build through it. Copies made with {@code with*} are not checked again. The order of records is kept (it is part of the
 * value) but no rule depends on it.
 *
 * <pre>{@code
 * Register register = Register.builder()
 *     .perspective(Perspective.of(MunicipalityId.of("vimmerby"), LocalDate.of(2025, 12, 31)))
 *     .addMunicipality(vimmerby)
 *     .addEvent(conference2023)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@VanortStyle
public interface Register extends WithRegister {
  /** {@return the id it is stored under; by default the perspective municipality's id} */
  @Value.Default
  default RegisterId getId() {
    return RegisterId.of(getPerspective().getMunicipality().value());
  }

  /** {@return whose register it is, and as of when} */
  @Valid
  Perspective getPerspective();

  /** {@return the municipalities it mentions, parties and partners alike} */
  ImmutableList<@Valid Municipality> getMunicipalities();

  /** {@return the twin-town agreements (VA2021 and its successors)} */
  ImmutableList<@Valid Agreement> getAgreements();

  /** {@return the strategies for international contacts (VIS2016)} */
  ImmutableList<@Valid Strategy> getStrategies();

  /** {@return twin towns, partnerships and informal contacts} */
  ImmutableList<@Valid Relation> getRelations();

  /** {@return councils, boards, committees, administrations, schools and networks} */
  ImmutableList<@Valid Body> getBodies();

  /** {@return people and their positions} */
  ImmutableList<@Valid Person> getPeople();

  /** {@return conferences, meetings, camps, visits and exchanges} */
  ImmutableList<@Valid Event> getEvents();

  /** {@return decisions of bodies and of twin-town meetings} */
  ImmutableList<@Valid Decision> getDecisions();

  /** {@return projects, exchanges and partnerships} */
  ImmutableList<@Valid Project> getProjects();

  /** {@return the reports back to the council} */
  ImmutableList<@Valid CouncilReport> getReports();

  /** {@return lines added to the catalogue's classification of leadership positions} */
  ImmutableList<@Valid LeadershipRule> getLeadershipRules();

  /**
   * {@return this register, checked: every constraint of its values and every reference between
   * its records} A register is checked where it enters: {@link Builder#build()} checks what it
   * builds; a copy made with a {@code with*} method is not checked again (the rules make such copies
   * of a valid register), so a copy that takes in outside values calls this.
   *
   * @throws InvalidRegisterException listing every problem, each with its path
   */
  default Register validated() {
    ImmutableList<Problem> problems = RegisterValidation.problemsOf(this);
    if (!problems.isEmpty()) {
      throw new InvalidRegisterException(problems);
    }
    return this;
  }

  /** {@return the as-of date of the perspective} */
  default LocalDate asOf() {
    return getPerspective().getAsOf();
  }

  /**
   * {@return the municipality with {@code id}, if the register holds it}
   *
   * @param id the id to look up
   */
  default Optional<Municipality> findMunicipality(MunicipalityId id) {
    return Optional.ofNullable(municipalitiesById().get(id));
  }

  /**
   * {@return the body with {@code id}, if the register holds it}
   *
   * @param id the id to look up
   */
  default Optional<Body> findBody(BodyId id) {
    return Optional.ofNullable(bodiesById().get(id));
  }

  /**
   * {@return the person with {@code id}, if the register holds them}
   *
   * @param id the id to look up
   */
  default Optional<Person> findPerson(PersonId id) {
    return Optional.ofNullable(peopleById().get(id));
  }

  /**
   * {@return the event with {@code id}, if the register holds it}
   *
   * @param id the id to look up
   */
  default Optional<Event> findEvent(EventId id) {
    return Optional.ofNullable(eventsById().get(id));
  }

  /**
   * {@return the decision with {@code id}, if the register holds it}
   *
   * @param id the id to look up
   */
  default Optional<Decision> findDecision(DecisionId id) {
    return Optional.ofNullable(decisionsById().get(id));
  }

  /**
   * {@return the project with {@code id}, if the register holds it}
   *
   * @param id the id to look up
   */
  default Optional<Project> findProject(ProjectId id) {
    return Optional.ofNullable(projectsById().get(id));
  }

  /**
   * {@return the relation with {@code id}, if the register holds it}
   *
   * @param id the id to look up
   */
  default Optional<Relation> findRelation(RelationId id) {
    return Optional.ofNullable(relationsById().get(id));
  }

  /**
   * {@return the agreement with {@code id}, if the register holds it}
   *
   * @param id the id to look up
   */
  default Optional<Agreement> findAgreement(DocumentId id) {
    return getAgreements().stream().filter(a -> a.getId().equals(id)).findFirst();
  }

  /**
   * {@return the strategy with {@code id}, if the register holds it}
   *
   * @param id the id to look up
   */
  default Optional<Strategy> findStrategy(DocumentId id) {
    return getStrategies().stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /**
   * {@return the municipality {@code body} belongs to: the one recorded, else the perspective
   * municipality (the register's own bodies need not say whose they are); a regional network or an
   * association recorded without one belongs to none}
   *
   * @param body the body
   */
  default Optional<MunicipalityId> municipalityOf(Body body) {
    if (body.getMunicipality().isPresent()) {
      return body.getMunicipality();
    }
    return body.belongsToNoMunicipalityByDefault()
        ? Optional.empty()
        : Optional.of(getPerspective().getMunicipality());
  }

  /**
   * {@return the municipality of the body {@code id} ({@link #municipalityOf(Body)}); empty for an
   * unknown body}
   *
   * @param id the body's id
   */
  default Optional<MunicipalityId> municipalityOfBody(BodyId id) {
    Body body = bodiesById().get(id);
    return body == null ? Optional.empty() : municipalityOf(body);
  }

  /**
   * {@return the municipality {@code person} serves: the one recorded, else the municipality of the
   * bodies they hold positions in, else the perspective municipality} Validation refuses a person
   * recorded without a municipality whose positions lie in bodies of two municipalities, so the
   * answer is never a guess between two.
   *
   * @param person the person
   */
  default MunicipalityId municipalityOf(Person person) {
    if (person.getMunicipality().isPresent()) {
      return person.getMunicipality().get();
    }
    for (Position position : person.getPositions()) {
      Optional<MunicipalityId> ofBody = municipalityOfBody(position.getBody());
      if (ofBody.isPresent()) {
        return ofBody.get();
      }
    }
    return getPerspective().getMunicipality();
  }

  /**
   * {@return whether {@code municipality} exists as a municipality of its own on {@code date}}
   *
   * @param municipality the municipality
   * @param date the day
   */
  default boolean existsOn(MunicipalityId municipality, LocalDate date) {
    Municipality recorded = municipalitiesById().get(municipality);
    return recorded != null && recorded.existsOn(date);
  }

  /**
   * {@return whether {@code municipality} is bound by {@code agreement} on {@code date}: a member
   * that day (within the agreement's period and its own membership) and existing as a municipality}
   *
   * @param agreement the agreement
   * @param municipality the municipality
   * @param date the day
   */
  default boolean isBoundOn(Agreement agreement, MunicipalityId municipality, LocalDate date) {
    return agreement.isMemberOn(municipality, date) && existsOn(municipality, date);
  }

  /**
   * {@return the agreement that follows {@code agreement}: the agreement with the earliest first day
   * after {@code agreement}'s first day, the first recorded of those that start the same day}
   *
   * @param agreement the agreement
   */
  default Optional<Agreement> successorOf(Agreement agreement) {
    Agreement next = null;
    for (Agreement other : getAgreements()) {
      LocalDate from = other.getPeriod().from();
      if (from.isAfter(agreement.getPeriod().from()) && (next == null || from.isBefore(next.getPeriod().from()))) {
        next = other;
      }
    }
    return Optional.ofNullable(next);
  }

  /**
   * {@return the chain of {@code agreement} on {@code date}: the parties bound that day, in the
   * order recorded}
   *
   * @param agreement the agreement
   * @param date the day
   */
  default ImmutableList<MunicipalityId> chainOn(Agreement agreement, LocalDate date) {
    return agreement.partyIds().stream()
        .filter(party -> isBoundOn(agreement, party, date))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the catalogue's leadership classification followed by this register's own lines; built once} */
  @Value.Lazy
  default ImmutableList<LeadershipRule> leadershipClassification() {
    return ImmutableList.<LeadershipRule>builder()
        .addAll(LeadershipRule.DEFAULTS)
        .addAll(getLeadershipRules())
        .build();
  }

  /**
   * {@return the leadership {@code position} gives under this register's classification}
   *
   * @param position the position
   */
  default Set<Leadership> leadershipOf(Position position) {
    Body body = bodiesById().get(position.getBody());
    return body == null ? ImmutableSet.of() : leadershipTable().get(position.getRole(), body.getKind());
  }

  /**
   * {@return the leadership {@code person} holds on {@code date}, in any municipality: political,
   * administrative, both or none}
   *
   * @param person the person
   * @param date the day
   */
  default Set<Leadership> leadershipOn(PersonId person, LocalDate date) {
    return leadershipIn(person, date, null);
  }

  /**
   * {@return the leadership {@code person} holds on {@code date} in {@code municipality}: only
   * positions in bodies of that municipality count (VA2021/O1d: a delegation's leadership is its
   * own municipality's, so Kauhava's chief executive is not Vimmerby's administrative leadership)}
   *
   * @param person the person
   * @param date the day
   * @param municipality the municipality
   */
  default Set<Leadership> leadershipOn(PersonId person, LocalDate date, MunicipalityId municipality) {
    return leadershipIn(person, date, requireNonNull(municipality, "municipality"));
  }

  // Asked for every member of every delegation: a person holding one leading position (the usual case)
  // gets the table's own set, so nothing is allocated; only several positions are joined in a new set.
  private Set<Leadership> leadershipIn(PersonId person, LocalDate date, MunicipalityId municipality) {
    Person holder = peopleById().get(person);
    if (holder == null) {
      return ImmutableSet.of();
    }
    Set<Leadership> found = ImmutableSet.of();
    for (Position position : holder.getPositions()) {
      if (!position.isHeldOn(date) || municipality != null && !isOfMunicipality(position.getBody(), municipality)) {
        continue;
      }
      Set<Leadership> held = leadershipOf(position);
      if (held.isEmpty() || found.containsAll(held)) {
        continue;
      }
      if (found.isEmpty()) {
        found = held;
      } else {
        EnumSet<Leadership> union = EnumSet.copyOf(found);
        union.addAll(held);
        found = union;
      }
    }
    return found;
  }

  // Whether body {@code id} is of {@code municipality} (municipalityOfBody without its Optional).
  private boolean isOfMunicipality(BodyId id, MunicipalityId municipality) {
    Body body = bodiesById().get(id);
    if (body == null) {
      return false;
    }
    Optional<MunicipalityId> recorded = body.getMunicipality();
    if (recorded.isPresent()) {
      return recorded.get().equals(municipality);
    }
    return !body.belongsToNoMunicipalityByDefault() && getPerspective().getMunicipality().equals(municipality);
  }

  /**
   * {@return the classification as a table from role and kind of body to the leadership it gives, built
   * once, so that a rule asking for every member of every delegation does a lookup, not a search}
   */
  @Value.Lazy
  default ImmutableTable<Role, BodyKind, ImmutableSet<Leadership>> leadershipTable() {
    ImmutableTable.Builder<Role, BodyKind, ImmutableSet<Leadership>> table = ImmutableTable.builder();
    for (Role role : Role.values()) {
      for (BodyKind kind : BodyKind.values()) {
        table.put(role, kind, Sets.immutableEnumSet(leadershipClassification().stream()
            .filter(rule -> rule.matches(role, kind))
            .map(LeadershipRule::getLeadership)
            .toList()));
      }
    }
    return table.build();
  }

  /** {@return the number of records of every kind, the measure of a register's size} */
  default int recordCount() {
    return getMunicipalities().size() + getAgreements().size() + getStrategies().size()
        + getRelations().size() + getBodies().size() + getPeople().size() + getEvents().size()
        + getDecisions().size() + getProjects().size() + getReports().size();
  }

  /** {@return municipalities by id, built once on first use} */
  @Value.Lazy
  default ImmutableMap<MunicipalityId, Municipality> municipalitiesById() {
    return RegisterValidation.byId(getMunicipalities(), Municipality::getId);
  }

  /** {@return bodies by id, built once on first use} */
  @Value.Lazy
  default ImmutableMap<BodyId, Body> bodiesById() {
    return RegisterValidation.byId(getBodies(), Body::getId);
  }

  /** {@return people by id, built once on first use} */
  @Value.Lazy
  default ImmutableMap<PersonId, Person> peopleById() {
    return RegisterValidation.byId(getPeople(), Person::getId);
  }

  /** {@return events by id, built once on first use} */
  @Value.Lazy
  default ImmutableMap<EventId, Event> eventsById() {
    return RegisterValidation.byId(getEvents(), Event::getId);
  }

  /** {@return decisions by id, built once on first use} */
  @Value.Lazy
  default ImmutableMap<DecisionId, Decision> decisionsById() {
    return RegisterValidation.byId(getDecisions(), Decision::getId);
  }

  /** {@return projects by id, built once on first use} */
  @Value.Lazy
  default ImmutableMap<ProjectId, Project> projectsById() {
    return RegisterValidation.byId(getProjects(), Project::getId);
  }

  /** {@return relations by id, built once on first use} */
  @Value.Lazy
  default ImmutableMap<RelationId, Relation> relationsById() {
    return RegisterValidation.byId(getRelations(), Relation::getId);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Register}, checked as it is built. */
  final class Builder extends ImmutableRegister.Builder {
    /**
     * {@return the register built and checked: see {@link Register#validated()}}
     *
     * @throws InvalidRegisterException listing every problem, each with its path
     */
    @Override
    public Register build() {
      return super.build().validated();
    }
  }
}
