package se.vanort.adapters.cli.file;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.vanort.adapters.cli.file.RegisterDto.AgreementDto;
import se.vanort.adapters.cli.file.RegisterDto.BodyDto;
import se.vanort.adapters.cli.file.RegisterDto.BudgetDto;
import se.vanort.adapters.cli.file.RegisterDto.ConsultationDto;
import se.vanort.adapters.cli.file.RegisterDto.ContactDto;
import se.vanort.adapters.cli.file.RegisterDto.CycleDto;
import se.vanort.adapters.cli.file.RegisterDto.DecisionDto;
import se.vanort.adapters.cli.file.RegisterDto.DelegationDto;
import se.vanort.adapters.cli.file.RegisterDto.EventDto;
import se.vanort.adapters.cli.file.RegisterDto.FollowUpDto;
import se.vanort.adapters.cli.file.RegisterDto.FundingInvestigationDto;
import se.vanort.adapters.cli.file.RegisterDto.LeadershipRuleDto;
import se.vanort.adapters.cli.file.RegisterDto.MemberDto;
import se.vanort.adapters.cli.file.RegisterDto.MunicipalityDto;
import se.vanort.adapters.cli.file.RegisterDto.PartyDto;
import se.vanort.adapters.cli.file.RegisterDto.PeriodDto;
import se.vanort.adapters.cli.file.RegisterDto.PersonDto;
import se.vanort.adapters.cli.file.RegisterDto.PositionDto;
import se.vanort.adapters.cli.file.RegisterDto.ProjectDto;
import se.vanort.adapters.cli.file.RegisterDto.PublicationDto;
import se.vanort.adapters.cli.file.RegisterDto.RelationDto;
import se.vanort.adapters.cli.file.RegisterDto.ReportDto;
import se.vanort.adapters.cli.file.RegisterDto.SteeringGroupDto;
import se.vanort.adapters.cli.file.RegisterDto.StrategyDto;
import se.vanort.domain.DateRange;
import se.vanort.domain.Names;
import se.vanort.domain.RecordId;
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
import se.vanort.domain.register.InvalidRegisterException;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.Problem;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.strategy.Strategy;

/**
 * Reads a {@link RegisterDto} into the domain's builders, judging every value on the way (ids,
 * dates, enum names, required fields) and collecting each mistake at its path. When the values are
 * all well-formed it builds the register, whose own validation (constraints and references) is
 * turned into problems at the same paths, so a user sees every domain problem at once.
 */
final class RegisterMapping {
  private final ProblemList problems;
  private final String root;
  private MunicipalityId perspectiveMunicipality;
  private boolean perspectiveUnreadable = true;
  // fields left unread because of a problem reported elsewhere (the perspective's)
  private int consequences;

  /** A mapping adding to {@code problems}, with paths under {@code root} (empty: the file's root). */
  RegisterMapping(ProblemList problems, String root) {
    this.problems = problems;
    this.root = root;
  }

  /** The register of {@code dto}, or empty when it has problems (which are then in the list). */
  Optional<Register> toRegister(RegisterDto dto) {
    int mark = problems.size();
    Register.Builder builder = Register.builder();
    Perspective perspective = required("perspective", dto.perspective, this::perspective);
    if (perspective != null) {
      builder.perspective(perspective);
    }
    optional("id", dto.id, RegisterId::of).ifPresent(builder::id);
    builder.municipalities(each("municipalities", dto.municipalities, this::municipality));
    builder.agreements(each("agreements", dto.agreements, this::agreement));
    builder.strategies(each("strategies", dto.strategies, this::strategy));
    builder.relations(each("relations", dto.relations, this::relation));
    builder.bodies(each("bodies", dto.bodies, this::body));
    builder.people(each("people", dto.people, this::person));
    builder.events(each("events", dto.events, this::event));
    builder.decisions(each("decisions", dto.decisions, this::decision));
    builder.projects(each("projects", dto.projects, this::project));
    builder.reports(each("reports", dto.reports, this::report));
    builder.leadershipRules(each("leadershipRules", dto.leadershipRules, this::leadershipRule));
    if (problems.size() > mark) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.build());
    } catch (InvalidRegisterException e) {
      for (Problem problem : e.getProblems()) {
        add(filePath(problem.path()), problem.message());
      }
      return Optional.empty();
    }
  }

  /**
   * The file's path of a domain path: the domain's attribute names where the format names them
   * otherwise, and without the validator's markers of container elements.
   */
  static String filePath(String domainPath) {
    return domainPath
        .replaceAll("\\.<[^>]*>", "")
        .replace("[]", "")
        .replace("agendaItems", "agenda")
        .replace("conferenceCycle", "conferences")
        .replace("meetingCycle", "meetings");
  }

  private interface Reader<D, T> {
    T read(String path, D dto);
  }

  private <D, T> List<T> each(String path, List<D> dtos, Reader<D, T> reader) {
    List<T> values = new ArrayList<>();
    if (dtos == null) {
      return values;
    }
    for (int i = 0; i < dtos.size(); i++) {
      String element = path + "[" + i + "]";
      D dto = dtos.get(i);
      if (dto == null) {
        add(element, "is an empty entry; remove it or fill it in");
        continue;
      }
      T value = built(element, reader, dto);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * Reads one record, or null when any of its fields has a problem. The builder then refuses to
   * build for want of the field, which the problem already explains; any other refusal (an
   * agreement whose revision year is not a conference year) becomes a problem at the record.
   */
  private <D, T> T built(String path, Reader<D, T> reader, D dto) {
    int mark = problems.size();
    int consequencesMark = consequences;
    try {
      T value = reader.read(path, dto);
      return problems.size() > mark || consequences > consequencesMark ? null : value;
    } catch (IllegalStateException | IllegalArgumentException | DateTimeException e) {
      if (problems.size() == mark && consequences == consequencesMark) {
        add(path, e.getMessage());
      }
      return null;
    }
  }

  private <D, T> T required(String path, D dto, Reader<D, T> reader) {
    if (dto == null) {
      add(path, ProblemList.REQUIRED);
      return null;
    }
    return built(path, reader, dto);
  }

  private <D, T> Optional<T> optionalRecord(String path, D dto, Reader<D, T> reader) {
    return dto == null ? Optional.empty() : Optional.ofNullable(built(path, reader, dto));
  }

  private void add(String path, String message) {
    problems.add(FilePaths.join(root, path), message);
  }

  /** The value of a required text field, converted; null (with a problem) when absent or malformed. */
  private <T> T required(String path, String text, Function<String, T> convert) {
    if (text == null) {
      add(path, ProblemList.REQUIRED);
      return null;
    }
    return optional(path, text, convert).orElse(null);
  }

  private <T> Optional<T> optional(String path, String text, Function<String, T> convert) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(convert.apply(text));
    } catch (IllegalArgumentException e) {
      add(path, e.getMessage());
      return Optional.empty();
    }
  }

  private <T> List<T> all(String path, List<String> texts, Function<String, T> convert) {
    List<T> values = new ArrayList<>();
    if (texts == null) {
      return values;
    }
    for (int i = 0; i < texts.size(); i++) {
      String element = path + "[" + i + "]";
      if (texts.get(i) == null) {
        add(element, "is an empty entry; remove it or fill it in");
      } else {
        optional(element, texts.get(i), convert).ifPresent(values::add);
      }
    }
    return values;
  }

  private <T> T requiredValue(String path, T value) {
    if (value == null) {
      add(path, ProblemList.REQUIRED);
    }
    return value;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date; write it as YYYY-MM-DD (ISO 8601), e.g. 2023-06-14", e);
    }
  }

  /** A day of the year, written MM-DD as in ISO 8601's {@code --MM-DD} without the dashes before it. */
  private static MonthDay dayOfYear(String text) {
    try {
      return MonthDay.parse("--" + text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a day of the year; write it as MM-DD, e.g. 06-30", e);
    }
  }

  private static <E extends Enum<E>> Function<String, E> constant(Class<E> type, String what) {
    return text -> Kebab.parse(type, text).orElseThrow(() -> {
      List<String> accepted = Kebab.names(type);
      StringBuilder message = new StringBuilder("'").append(text).append("' is not ").append(what);
      Names.closest(text, accepted).ifPresent(name -> message.append("; did you mean '").append(name).append("'?"));
      message.append(message.charAt(message.length() - 1) == '?' ? " Accepted: " : "; accepted: ")
          .append(String.join(", ", accepted));
      return new IllegalArgumentException(message.toString());
    });
  }

  private MunicipalityId municipalityOrPerspective(String path, String text) {
    if (text == null && perspectiveMunicipality != null) {
      return perspectiveMunicipality;
    }
    if (text == null && perspectiveUnreadable) {
      // the default is the perspective's municipality, whose own problem is the cause: not reported twice
      consequences++;
      return null;
    }
    return required(path, text, MunicipalityId::of);
  }

  private DateRange period(String path, PeriodDto dto) {
    LocalDate from = required(path + ".from", dto.from, RegisterMapping::date);
    LocalDate to = required(path + ".to", dto.to, RegisterMapping::date);
    return from == null || to == null ? null : DateRange.of(from, to);
  }

  private Cycle cycle(String path, CycleDto dto) {
    Integer every = requiredValue(path + ".everyYears", dto.everyYears);
    Integer anchor = requiredValue(path + ".anchorYear", dto.anchorYear);
    if (every == null || anchor == null) {
      return null;
    }
    if (every < 1) {
      add(path + ".everyYears", "must be 1 or more years, was " + every);
      return null;
    }
    return Cycle.of(every, anchor);
  }

  private Perspective perspective(String path, RegisterDto.PerspectiveDto dto) {
    MunicipalityId municipality = required(path + ".municipality", dto.municipality, MunicipalityId::of);
    // the default municipality of other records, whether or not the rest of the perspective reads
    perspectiveMunicipality = municipality;
    perspectiveUnreadable = municipality == null;
    LocalDate asOf = required(path + ".asOf", dto.asOf, RegisterMapping::date);
    return municipality == null || asOf == null ? null : Perspective.of(municipality, asOf);
  }

  private Municipality municipality(String path, MunicipalityDto dto) {
    Municipality.Builder builder = Municipality.builder();
    set(required(path + ".id", dto.id, MunicipalityId::of), builder::id);
    set(requiredValue(path + ".name", dto.name), builder::name);
    set(requiredValue(path + ".country", dto.country), builder::country);
    builder.until(optional(path + ".until", dto.until, RegisterMapping::date));
    builder.mergedInto(optional(path + ".mergedInto", dto.mergedInto, MunicipalityId::of));
    return builder.build();
  }

  private Agreement agreement(String path, AgreementDto dto) {
    Agreement.Builder builder = Agreement.builder();
    set(required(path + ".id", dto.id, DocumentId::of), builder::id);
    set(required(path + ".period", dto.period, this::period), builder::period);
    builder.parties(each(path + ".parties", dto.parties, this::party));
    set(required(path + ".conferences", dto.conferences, this::cycle), builder::conferenceCycle);
    optionalRecord(path + ".meetings", dto.meetings, this::cycle).ifPresent(builder::meetingCycle);
    set(requiredValue(path + ".revisionEveryYears", dto.revisionEveryYears), builder::revisionEveryYears);
    return builder.build();
  }

  private Party party(String path, PartyDto dto) {
    Party.Builder builder = Party.builder();
    set(required(path + ".municipality", dto.municipality, MunicipalityId::of), builder::municipality);
    builder.from(optional(path + ".from", dto.from, RegisterMapping::date));
    builder.until(optional(path + ".until", dto.until, RegisterMapping::date));
    return builder.build();
  }

  private Strategy strategy(String path, StrategyDto dto) {
    Strategy.Builder builder = Strategy.builder();
    set(required(path + ".id", dto.id, DocumentId::of), builder::id);
    set(municipalityOrPerspective(path + ".municipality", dto.municipality), builder::municipality);
    set(required(path + ".adoptedBy", dto.adoptedBy, DecisionId::of), builder::adoptedBy);
    optional(path + ".reportBackBy", dto.reportBackBy, RegisterMapping::dayOfYear).ifPresent(builder::reportBackBy);
    return builder.build();
  }

  private Relation relation(String path, RelationDto dto) {
    Relation.Builder builder = Relation.builder();
    set(required(path + ".id", dto.id, RelationId::of), builder::id);
    set(municipalityOrPerspective(path + ".municipality", dto.municipality), builder::municipality);
    set(required(path + ".partner", dto.partner, MunicipalityId::of), builder::partner);
    set(required(path + ".kind", dto.kind, constant(RelationKind.class, "a kind of relation")), builder::kind);
    if (dto.since != null) {
      builder.since(Year.of(dto.since));
    }
    builder.until(optional(path + ".until", dto.until, RegisterMapping::date));
    builder.theme(Optional.ofNullable(dto.theme));
    builder.channel(Optional.ofNullable(dto.channel));
    builder.note(Optional.ofNullable(dto.note));
    return builder.build();
  }

  private Body body(String path, BodyDto dto) {
    Body.Builder builder = Body.builder();
    set(required(path + ".id", dto.id, BodyId::of), builder::id);
    set(required(path + ".kind", dto.kind, constant(BodyKind.class, "a kind of body")), builder::kind);
    set(requiredValue(path + ".name", dto.name), builder::name);
    builder.municipality(optional(path + ".municipality", dto.municipality, MunicipalityId::of));
    builder.parent(optional(path + ".parent", dto.parent, BodyId::of));
    return builder.build();
  }

  private Person person(String path, PersonDto dto) {
    Person.Builder builder = Person.builder();
    set(required(path + ".id", dto.id, PersonId::of), builder::id);
    builder.name(Optional.ofNullable(dto.name));
    // Absent stays absent: the register resolves it from the person's bodies (Register#municipalityOf).
    builder.municipality(optional(path + ".municipality", dto.municipality, MunicipalityId::of));
    builder.positions(each(path + ".positions", dto.positions, this::position));
    builder.contact(optionalRecord(path + ".contact", dto.contact, this::contact));
    return builder.build();
  }

  private Position position(String path, PositionDto dto) {
    Position.Builder builder = Position.builder();
    set(required(path + ".body", dto.body, BodyId::of), builder::body);
    set(required(path + ".role", dto.role, constant(Role.class, "a role")), builder::role);
    builder.from(optional(path + ".from", dto.from, RegisterMapping::date));
    builder.until(optional(path + ".until", dto.until, RegisterMapping::date));
    return builder.build();
  }

  private Contact contact(String path, ContactDto dto) {
    return Contact.builder().email(Optional.ofNullable(dto.email)).phone(Optional.ofNullable(dto.phone)).build();
  }

  private Event event(String path, EventDto dto) {
    Event.Builder builder = Event.builder();
    set(required(path + ".id", dto.id, EventId::of), builder::id);
    set(required(path + ".kind", dto.kind, constant(EventKind.class, "a kind of event")), builder::kind);
    builder.title(Optional.ofNullable(dto.title));
    set(required(path + ".date", dto.date, RegisterMapping::date), builder::date);
    builder.endDate(optional(path + ".endDate", dto.endDate, RegisterMapping::date));
    builder.host(optional(path + ".host", dto.host, MunicipalityId::of));
    builder.body(optional(path + ".body", dto.body, BodyId::of));
    builder.partner(optional(path + ".partner", dto.partner, MunicipalityId::of));
    builder.agendaItems(all(path + ".agenda", dto.agenda, constant(AgendaItem.class, "an agenda item")));
    builder.linkedTo(optional(path + ".linkedTo", dto.linkedTo, EventId::of));
    builder.noticeIssuedBy(optional(path + ".noticeIssuedBy", dto.noticeIssuedBy, MunicipalityId::of));
    builder.agendaSetBy(optional(path + ".agendaSetBy", dto.agendaSetBy, MunicipalityId::of));
    builder.chair(optional(path + ".chair", dto.chair, PersonId::of));
    builder.secretary(optional(path + ".secretary", dto.secretary, PersonId::of));
    builder.delegations(each(path + ".delegations", dto.delegations, this::delegation));
    builder.participants(all(path + ".participants", dto.participants, PersonId::of));
    builder.project(optional(path + ".project", dto.project, ProjectId::of));
    builder.fundingInvestigation(optionalRecord(path + ".fundingInvestigation", dto.fundingInvestigation,
        this::fundingInvestigation));
    builder.publication(optionalRecord(path + ".publication", dto.publication, this::publication));
    builder.tags(all(path + ".tags", dto.tags, ClauseId::of));
    return builder.build();
  }

  private Delegation delegation(String path, DelegationDto dto) {
    Delegation.Builder builder = Delegation.builder();
    set(required(path + ".municipality", dto.municipality, MunicipalityId::of), builder::municipality);
    builder.members(each(path + ".members", dto.members, this::member));
    return builder.build();
  }

  private DelegationMember member(String path, MemberDto dto) {
    DelegationMember.Builder builder = DelegationMember.builder();
    set(required(path + ".person", dto.person, PersonId::of), builder::person);
    builder.capacity(Optional.ofNullable(dto.capacity));
    return builder.build();
  }

  private Decision decision(String path, DecisionDto dto) {
    Decision.Builder builder = Decision.builder();
    set(required(path + ".id", dto.id, DecisionId::of), builder::id);
    builder.body(optional(path + ".body", dto.body, BodyId::of));
    builder.meeting(optional(path + ".meeting", dto.meeting, EventId::of));
    set(required(path + ".date", dto.date, RegisterMapping::date), builder::date);
    builder.paragraph(Optional.ofNullable(dto.paragraph));
    set(required(path + ".matter", dto.matter, constant(Matter.class, "a matter")), builder::matter);
    builder.subjects(all(path + ".subjects", dto.subjects, RecordId::of));
    builder.summary(Optional.ofNullable(dto.summary));
    builder.followUps(each(path + ".followUps", dto.followUps, this::followUp));
    return builder.build();
  }

  private FollowUp followUp(String path, FollowUpDto dto) {
    FollowUp.Builder builder = FollowUp.builder();
    set(required(path + ".date", dto.date, RegisterMapping::date), builder::date);
    builder.event(optional(path + ".event", dto.event, EventId::of));
    builder.note(Optional.ofNullable(dto.note));
    return builder.build();
  }

  private Project project(String path, ProjectDto dto) {
    Project.Builder builder = Project.builder();
    set(required(path + ".id", dto.id, ProjectId::of), builder::id);
    set(required(path + ".kind", dto.kind, constant(ProjectKind.class, "a kind of project")), builder::kind);
    set(requiredValue(path + ".title", dto.title), builder::title);
    set(required(path + ".owner", dto.owner, BodyId::of), builder::owner);
    builder.participatingBodies(all(path + ".participatingBodies", dto.participatingBodies, BodyId::of));
    builder.partner(optional(path + ".partner", dto.partner, MunicipalityId::of));
    builder.relation(optional(path + ".relation", dto.relation, RelationId::of));
    builder.operationalAreas(all(path + ".operationalAreas", dto.operationalAreas, Function.identity()));
    builder.theme(Optional.ofNullable(dto.theme));
    set(required(path + ".period", dto.period, this::period), builder::period);
    if (dto.groundedInChildRights != null) {
      builder.groundedInChildRights(dto.groundedInChildRights);
    }
    builder.budget(optionalRecord(path + ".budget", dto.budget, this::budget));
    builder.financing(all(path + ".financing", dto.financing, constant(FundingSource.class, "a funding source")));
    builder.fundingInvestigation(optionalRecord(path + ".fundingInvestigation", dto.fundingInvestigation,
        this::fundingInvestigation));
    builder.publication(optionalRecord(path + ".publication", dto.publication, this::publication));
    builder.participants(all(path + ".participants", dto.participants, PersonId::of));
    builder.steeringGroup(optionalRecord(path + ".steeringGroup", dto.steeringGroup, this::steeringGroup));
    builder.consultations(each(path + ".consultations", dto.consultations, this::consultation));
    builder.peerMunicipalitiesSought(Optional.ofNullable(dto.peerMunicipalitiesSought));
    builder.tags(all(path + ".tags", dto.tags, ClauseId::of));
    return builder.build();
  }

  private Budget budget(String path, BudgetDto dto) {
    Budget.Builder builder = Budget.builder();
    set(requiredValue(path + ".amount", dto.amount), builder::amount);
    set(requiredValue(path + ".withinOwnBudget", dto.withinOwnBudget), builder::withinOwnBudget);
    return builder.build();
  }

  private FundingInvestigation fundingInvestigation(String path, FundingInvestigationDto dto) {
    FundingInvestigation.Builder builder = FundingInvestigation.builder();
    set(required(path + ".date", dto.date, RegisterMapping::date), builder::date);
    builder.sources(all(path + ".sources", dto.sources, constant(FundingSource.class, "a funding source")));
    builder.outcome(Optional.ofNullable(dto.outcome));
    return builder.build();
  }

  private Publication publication(String path, PublicationDto dto) {
    Publication.Builder builder = Publication.builder();
    set(requiredValue(path + ".url", dto.url), builder::url);
    set(required(path + ".date", dto.date, RegisterMapping::date), builder::date);
    return builder.build();
  }

  private SteeringGroup steeringGroup(String path, SteeringGroupDto dto) {
    SteeringGroup.Builder builder = SteeringGroup.builder();
    set(required(path + ".appointedBy", dto.appointedBy, DecisionId::of), builder::appointedBy);
    builder.members(all(path + ".members", dto.members, PersonId::of));
    return builder.build();
  }

  private Consultation consultation(String path, ConsultationDto dto) {
    Consultation.Builder builder = Consultation.builder();
    set(required(path + ".network", dto.network, BodyId::of), builder::network);
    set(required(path + ".date", dto.date, RegisterMapping::date), builder::date);
    builder.subject(Optional.ofNullable(dto.subject));
    return builder.build();
  }

  private CouncilReport report(String path, ReportDto dto) {
    CouncilReport.Builder builder = CouncilReport.builder();
    set(required(path + ".committee", dto.committee, BodyId::of), builder::committee);
    set(requiredValue(path + ".year", dto.year), builder::year);
    builder.date(optional(path + ".date", dto.date, RegisterMapping::date));
    set(requiredValue(path + ".internationalWorkIncluded", dto.internationalWorkIncluded),
        builder::internationalWorkIncluded);
    return builder.build();
  }

  private LeadershipRule leadershipRule(String path, LeadershipRuleDto dto) {
    LeadershipRule.Builder builder = LeadershipRule.builder();
    set(required(path + ".role", dto.role, constant(Role.class, "a role")), builder::role);
    builder.bodyKinds(all(path + ".bodyKinds", dto.bodyKinds, constant(BodyKind.class, "a kind of body")));
    set(required(path + ".leadership", dto.leadership, constant(Leadership.class, "a kind of leadership")),
        builder::leadership);
    return builder.build();
  }

  private static <T> void set(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
