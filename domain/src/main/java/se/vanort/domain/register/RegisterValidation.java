package se.vanort.domain.register;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Party;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Documents;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.project.Project;
import se.vanort.domain.strategy.Strategy;
import se.vanort.domain.DateRange;
import se.vanort.domain.Names;

/**
 * Finds every problem of a register: the Jakarta constraints declared on its values (enforced by
 * the validation provider on the class path, Hibernate Validator), and what no single value can
 * know: unknown references, duplicate ids, reversed periods.
 */
final class RegisterValidation {
  private static final int KNOWN_IDS_SHOWN = 8;
  private static final Set<String> TAG_RULES = Set.of("va.strategy-coverage", "vis.goal-coverage");

  private final Register register;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> municipalityIds = new HashSet<>();
  private final Set<String> bodyIds = new HashSet<>();
  private final Set<String> personIds = new HashSet<>();
  private final Set<String> eventIds = new HashSet<>();
  private final Set<String> decisionIds = new HashSet<>();
  private final Set<String> projectIds = new HashSet<>();
  private final Set<String> relationIds = new HashSet<>();
  private final Set<String> documentIds = new HashSet<>();

  private RegisterValidation(Register register) {
    this.register = register;
  }

  /** Every problem of {@code register}, sorted by path; empty when it is valid. */
  static ImmutableList<Problem> problemsOf(Register register) {
    RegisterValidation validation = new RegisterValidation(register);
    validation.checkConstraints();
    LimitCheck.check(register, validation.problems);
    validation.collectIds();
    validation.checkReferences();
    return validation.problems.stream().sorted().distinct().collect(ImmutableList.toImmutableList());
  }

  /** {@code records} by id, the first of any duplicates winning (validation reports duplicates). */
  static <K, V> ImmutableMap<K, V> byId(Collection<V> records, Function<V, K> id) {
    Map<K, V> map = new LinkedHashMap<>(records.size() * 2);
    records.forEach(record -> map.putIfAbsent(id.apply(record), record));
    return ImmutableMap.copyOf(map);
  }

  /**
   * The validator, built on first use. A library must not log on a normal call, so two things differ
   * from {@code Validation.buildDefaultValidatorFactory()}:
   *
   * <ul>
   *   <li>the parameter message interpolator: every message of the domain is plain text or names a
   *       constraint's attribute, so no expression language is needed (nor on the class path);
   *   <li>Hibernate Validator announces its version at INFO when it starts. Through JBoss Logging it
   *       reaches {@code java.util.logging} unless the application uses another logging backend,
   *       and there the console prints it. Its logger is set to WARNING unless the application has
   *       given it a level of its own; with another backend, that backend's configuration decides.
   * </ul>
   */
  private static final class ValidatorHolder {
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";
    // Held so that the level set here is not lost when java.util.logging drops an unused logger.
    private static final Logger QUIETED = quiet(Logger.getLogger(VERSION_LOGGER));
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private static Logger quiet(Logger logger) {
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARNING);
      }
      return logger;
    }
  }

  private void checkConstraints() {
    for (ConstraintViolation<Register> violation : ValidatorHolder.VALIDATOR.validate(register)) {
      Object value = violation.getInvalidValue();
      boolean scalar = value instanceof CharSequence || value instanceof Number;
      problems.add(Problem.at(
          violation.getPropertyPath().toString(),
          violation.getMessage() + (scalar ? " (was '" + value + "')" : "")));
    }
  }

  private void collectIds() {
    unique("municipalities", register.getMunicipalities(), m -> m.getId().value(), municipalityIds);
    unique("bodies", register.getBodies(), b -> b.getId().value(), bodyIds);
    unique("people", register.getPeople(), p -> p.getId().value(), personIds);
    unique("events", register.getEvents(), e -> e.getId().value(), eventIds);
    unique("decisions", register.getDecisions(), d -> d.getId().value(), decisionIds);
    unique("projects", register.getProjects(), p -> p.getId().value(), projectIds);
    unique("relations", register.getRelations(), r -> r.getId().value(), relationIds);
    unique("agreements", register.getAgreements(), a -> a.getId().value(), documentIds);
    unique("strategies", register.getStrategies(), s -> s.getId().value(), documentIds);
  }

  private <T> void unique(String list, List<T> records, Function<T, String> id, Set<String> seen) {
    for (int i = 0; i < records.size(); i++) {
      String value = id.apply(records.get(i));
      if (!seen.add(value)) {
        problems.add(Problem.at(list + "[" + i + "].id",
            "id '" + value + "' is used twice; every record of " + list + " needs an id of its own"));
      }
    }
  }

  private void checkReferences() {
    municipality("perspective.municipality", register.getPerspective().getMunicipality().value());
    each("municipalities", register.getMunicipalities(), this::checkMunicipality);
    each("agreements", register.getAgreements(), this::checkAgreement);
    each("strategies", register.getStrategies(), this::checkStrategy);
    each("relations", register.getRelations(), this::checkRelation);
    each("bodies", register.getBodies(), this::checkBody);
    each("people", register.getPeople(), this::checkPerson);
    each("events", register.getEvents(), this::checkEvent);
    each("decisions", register.getDecisions(), this::checkDecision);
    each("projects", register.getProjects(), this::checkProject);
    checkReports();
  }

  private interface Check<T> {
    void check(String path, T record);
  }

  private static <T> void each(String list, List<T> records, Check<T> check) {
    for (int i = 0; i < records.size(); i++) {
      check.check(list + "[" + i + "]", records.get(i));
    }
  }

  private void checkMunicipality(String path, Municipality municipality) {
    municipality.getMergedInto().ifPresent(into -> {
      municipality(path + ".mergedInto", into.value());
      if (into.equals(municipality.getId())) {
        problems.add(Problem.at(path + ".mergedInto", "municipality " + into + " cannot be merged into itself"));
      }
      if (municipality.getUntil().isEmpty()) {
        problems.add(Problem.at(path + ".until", "municipality " + municipality.getId()
            + " was merged into " + into + " but has no last day (until); record the day before the merger"));
      }
    });
  }

  private void checkAgreement(String path, Agreement agreement) {
    reversed(path + ".period", agreement.getPeriod());
    each(path + ".parties", agreement.getParties(), (p, party) -> checkParty(p, agreement, party));
    duplicates(path + ".parties", agreement.partyIds().stream().map(Object::toString).toList(), "party");
    if (!agreement.getPeriod().isReversed() && !agreement.isRevisionYearPlausible()) {
      problems.add(Problem.at(path + ".revisionEveryYears", "agreement " + agreement.getId() + ": the revision"
          + " year " + agreement.getRevisionYear() + " (first year " + agreement.getPeriod().from().getYear()
          + " + " + agreement.getRevisionEveryYears() + ") lies outside the agreement's period "
          + agreement.getPeriod() + " and the year right after it; a revision must fall within them"));
    }
  }

  private void checkParty(String path, Agreement agreement, Party party) {
    String id = party.getMunicipality().value();
    municipality(path, id);
    if (party.isReversed()) {
      problems.add(Problem.at(path + ".until", "the membership of " + id + " ends (" + party.getUntil().get()
          + ") before it starts (" + party.getFrom().get() + ")"));
      return;
    }
    Municipality municipality = register.municipalitiesById().get(party.getMunicipality());
    if (municipality == null || agreement.getPeriod().isReversed() || municipality.getUntil().isEmpty()) {
      return;
    }
    LocalDate firstDay = party.getFrom().filter(from -> from.isAfter(agreement.getPeriod().from()))
        .orElse(agreement.getPeriod().from());
    if (municipality.getUntil().get().isBefore(firstDay)) {
      problems.add(Problem.at(path, "party " + id + " no longer exists (its last day was "
          + municipality.getUntil().get() + ") on the first day of its membership of " + agreement.getId() + " ("
          + firstDay + "), so it is never bound by it"
          + municipality.getMergedInto().map(into -> "; record its successor " + into + " as the party").orElse("")));
    }
  }

  private void checkStrategy(String path, Strategy strategy) {
    municipality(path + ".municipality", strategy.getMunicipality().value());
    reference(path + ".adoptedBy", "decision", strategy.getAdoptedBy().value(), decisionIds);
    register.findDecision(strategy.getAdoptedBy()).flatMap(Decision::getBody)
        .flatMap(register::municipalityOfBody)
        .filter(adopter -> !adopter.equals(strategy.getMunicipality()))
        .ifPresent(adopter -> problems.add(Problem.at(path + ".municipality", "strategy " + strategy.getId()
            + " is recorded as " + strategy.getMunicipality() + "'s, but the decision that adopted it ("
            + strategy.getAdoptedBy() + ") was taken by a body of " + adopter + "; a strategy belongs to the"
            + " municipality that adopted it")));
  }

  private void checkRelation(String path, Relation relation) {
    municipality(path + ".municipality", relation.getMunicipality().value());
    municipality(path + ".partner", relation.getPartner().value());
    if (relation.getPartner().equals(relation.getMunicipality())) {
      problems.add(Problem.at(path + ".partner", "relation " + relation.getId() + " ties "
          + relation.getMunicipality() + " to itself; the partner is the municipality abroad"));
    }
    if (relation.getSince().isPresent() && relation.getUntil().isPresent()
        && relation.getUntil().get().getYear() < relation.getSince().get().getValue()) {
      problems.add(Problem.at(path + ".until", "relation " + relation.getId() + " ends ("
          + relation.getUntil().get() + ") before the year it began (" + relation.getSince().get() + ")"));
    }
  }

  private void checkBody(String path, Body body) {
    body.getMunicipality().ifPresent(m -> municipality(path + ".municipality", m.value()));
    body.getParent().ifPresent(parent -> {
      reference(path + ".parent", "body", parent.value(), bodyIds);
      if (parent.equals(body.getId())) {
        problems.add(Problem.at(path + ".parent", "body " + body.getId() + " cannot sit under itself"));
      }
    });
  }

  private void checkPerson(String path, Person person) {
    person.getMunicipality().ifPresentOrElse(m -> municipality(path + ".municipality", m.value()), () -> {
      Set<String> ofBodies = new TreeSet<>();
      person.getPositions().forEach(position -> register.municipalityOfBody(position.getBody())
          .ifPresent(m -> ofBodies.add(m.value())));
      if (ofBodies.size() > 1) {
        problems.add(Problem.at(path + ".municipality", "person " + person.getId() + " has no municipality"
            + " recorded and holds positions in bodies of " + String.join(" and ", ofBodies)
            + "; record which municipality the person serves"));
      }
    });
    each(path + ".positions", person.getPositions(), (p, position) -> checkPosition(p, position));
  }

  private void checkPosition(String path, Position position) {
    reference(path + ".body", "body", position.getBody().value(), bodyIds);
    if (position.isReversed()) {
      problems.add(Problem.at(path + ".until", "the position ends (" + position.getUntil().get()
          + ") before it starts (" + position.getFrom().get() + ")"));
    }
  }

  private void checkEvent(String path, Event event) {
    event.getHost().ifPresent(m -> {
      municipality(path + ".host", m.value());
      Municipality host = register.municipalitiesById().get(m);
      if (host != null && !host.existsOn(event.getDate())) {
        problems.add(Problem.at(path + ".host", "event " + event.getId() + " (" + event.getDate() + ") is hosted"
            + " by " + m + ", which no longer existed that day (its last day was " + host.getUntil().get() + ")"
            + host.getMergedInto().map(into -> "; the host was probably " + into).orElse("")));
      }
    });
    event.getPartner().ifPresent(m -> municipality(path + ".partner", m.value()));
    event.getNoticeIssuedBy().ifPresent(m -> municipality(path + ".noticeIssuedBy", m.value()));
    event.getAgendaSetBy().ifPresent(m -> municipality(path + ".agendaSetBy", m.value()));
    event.getBody().ifPresent(b -> reference(path + ".body", "body", b.value(), bodyIds));
    event.getProject().ifPresent(p -> reference(path + ".project", "project", p.value(), projectIds));
    event.getChair().ifPresent(p -> reference(path + ".chair", "person", p.value(), personIds));
    event.getSecretary().ifPresent(p -> reference(path + ".secretary", "person", p.value(), personIds));
    event.getLinkedTo().ifPresent(linked -> {
      reference(path + ".linkedTo", "event", linked.value(), eventIds);
      if (linked.equals(event.getId())) {
        problems.add(Problem.at(path + ".linkedTo", "event " + event.getId() + " cannot be linked to itself"));
      }
    });
    event.getEndDate().ifPresent(end -> {
      if (end.isBefore(event.getDate())) {
        problems.add(Problem.at(path + ".endDate", "event " + event.getId() + " ends (" + end
            + ") before it starts (" + event.getDate() + ")"));
      }
    });
    each(path + ".delegations", event.getDelegations(), this::checkDelegation);
    duplicates(path + ".delegations", event.getDelegations().stream()
        .map(d -> d.getMunicipality().value()).toList(), "delegation of municipality");
    each(path + ".participants", event.getParticipants(), (p, person) -> reference(p, "person", person.value(), personIds));
    tags(path + ".tags", event.getTags());
  }

  private void checkDelegation(String path, Delegation delegation) {
    municipality(path + ".municipality", delegation.getMunicipality().value());
    each(path + ".members", delegation.getMembers(),
        (p, member) -> reference(p + ".person", "person", member.getPerson().value(), personIds));
  }

  private void checkDecision(String path, Decision decision) {
    if (decision.getBody().isPresent() == decision.getMeeting().isPresent()) {
      problems.add(Problem.at(path, "decision " + decision.getId() + " needs either the deciding body"
          + " (body) or the twin-town meeting it was taken at (meeting), "
          + (decision.getBody().isPresent() ? "not both" : "and has neither")));
    }
    decision.getBody().ifPresent(b -> reference(path + ".body", "body", b.value(), bodyIds));
    decision.getMeeting().ifPresent(e -> reference(path + ".meeting", "event", e.value(), eventIds));
    each(path + ".subjects", decision.getSubjects(), (p, subject) -> {
      if (!isAnyRecord(subject.value())) {
        problems.add(Problem.at(p, "decision " + decision.getId() + ": subject '" + subject
            + "' is not the id of any record of the register (municipality, body, person, event,"
            + " decision, project, relation, agreement or strategy)"));
      }
    });
    each(path + ".followUps", decision.getFollowUps(), (p, followUp) -> checkFollowUp(p, decision, followUp));
  }

  private void checkFollowUp(String path, Decision decision, FollowUp followUp) {
    followUp.getEvent().ifPresent(e -> reference(path + ".event", "event", e.value(), eventIds));
    if (followUp.getDate().isBefore(decision.getDate())) {
      problems.add(Problem.at(path + ".date", "decision " + decision.getId() + " is followed up ("
          + followUp.getDate() + ") before it was taken (" + decision.getDate() + ")"));
    }
  }

  private boolean isAnyRecord(String id) {
    return municipalityIds.contains(id) || bodyIds.contains(id) || personIds.contains(id)
        || eventIds.contains(id) || decisionIds.contains(id) || projectIds.contains(id)
        || relationIds.contains(id) || documentIds.contains(id);
  }

  private void checkProject(String path, Project project) {
    reference(path + ".owner", "body", project.getOwner().value(), bodyIds);
    project.getParticipatingBodies().forEach(b -> reference(path + ".participatingBodies", "body", b.value(), bodyIds));
    project.getPartner().ifPresent(m -> municipality(path + ".partner", m.value()));
    project.getRelation().ifPresent(r -> reference(path + ".relation", "relation", r.value(), relationIds));
    reversed(path + ".period", project.getPeriod());
    project.getSteeringGroup().ifPresent(group -> {
      reference(path + ".steeringGroup.appointedBy", "decision", group.getAppointedBy().value(), decisionIds);
      each(path + ".steeringGroup.members", group.getMembers(), (p, person) -> reference(p, "person", person.value(), personIds));
    });
    each(path + ".participants", project.getParticipants(), (p, person) -> reference(p, "person", person.value(), personIds));
    each(path + ".consultations", project.getConsultations(),
        (p, consultation) -> reference(p + ".network", "body", consultation.getNetwork().value(), bodyIds));
    tags(path + ".tags", project.getTags());
  }

  private void checkReports() {
    Set<String> seen = new HashSet<>();
    each("reports", register.getReports(), (path, report) -> {
      reference(path + ".committee", "body", report.getCommittee().value(), bodyIds);
      if (!seen.add(report.getCommittee() + "/" + report.getYear())) {
        problems.add(Problem.at(path, "committee " + report.getCommittee() + " has two reports for "
            + report.getYear() + "; keep one report per committee and year"));
      }
    });
  }

  private void tags(String path, Set<ClauseId> tags) {
    for (ClauseId tag : tags) {
      boolean taggable = Documents.findClause(tag).isPresent()
          && Documents.document(tag.getDocument()).rulesOf(tag).stream()
              .anyMatch(rule -> TAG_RULES.contains(rule.getId().value()));
      if (!taggable) {
        problems.add(Problem.at(path, "'" + tag + "' is not a strategy of VA2021 (VA2021/S1 … VA2021/S5)"
            + " or a goal of VIS2016 (VIS2016/G1 … VIS2016/G8)"));
      }
    }
  }

  private void reversed(String path, DateRange range) {
    if (range.isReversed()) {
      problems.add(Problem.at(path, "ends (" + range.to() + ") before it starts (" + range.from() + ")"));
    }
  }

  private void duplicates(String path, List<String> values, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        problems.add(Problem.at(path + "[" + i + "]", what + " '" + values.get(i) + "' appears twice"));
      }
    }
  }

  private void municipality(String path, String id) {
    reference(path, "municipality", id, municipalityIds);
  }

  private void reference(String path, String kind, String id, Set<String> known) {
    if (known.contains(id)) {
      return;
    }
    StringBuilder message = new StringBuilder()
        .append('\'').append(id).append("' is not ").append(article(kind)).append(' ').append(kind)
        .append(" of the register");
    Names.closest(id, known).ifPresent(suggestion -> message.append("; did you mean '").append(suggestion).append("'?"));
    message.append(known.isEmpty() ? "; the register has none" : (message.charAt(message.length() - 1) == '?' ? " Known: " : "; known: ") + shown(known));
    problems.add(Problem.at(path, message.toString()));
  }

  private static String article(String kind) {
    return "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String shown(Set<String> known) {
    TreeSet<String> sorted = new TreeSet<>(known);
    String listed = sorted.stream().limit(KNOWN_IDS_SHOWN).collect(Collectors.joining(", "));
    return sorted.size() > KNOWN_IDS_SHOWN ? listed + ", … (" + sorted.size() + " in all)" : listed;
  }
}
