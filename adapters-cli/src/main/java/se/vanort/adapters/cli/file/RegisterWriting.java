package se.vanort.adapters.cli.file;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
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
import se.vanort.adapters.cli.file.RegisterDto.PerspectiveDto;
import se.vanort.adapters.cli.file.RegisterDto.PositionDto;
import se.vanort.adapters.cli.file.RegisterDto.ProjectDto;
import se.vanort.adapters.cli.file.RegisterDto.PublicationDto;
import se.vanort.adapters.cli.file.RegisterDto.RelationDto;
import se.vanort.adapters.cli.file.RegisterDto.ReportDto;
import se.vanort.adapters.cli.file.RegisterDto.SteeringGroupDto;
import se.vanort.adapters.cli.file.RegisterDto.StrategyDto;
import se.vanort.domain.DateRange;
import se.vanort.domain.Identifier;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.agreement.Party;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.DelegationMember;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.Contact;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.organisation.LeadershipRule;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.project.Budget;
import se.vanort.domain.project.Consultation;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.project.Project;
import se.vanort.domain.activity.Publication;
import se.vanort.domain.project.SteeringGroup;
import se.vanort.domain.register.Register;
import se.vanort.domain.strategy.Strategy;

/**
 * Writes a register into the file's model, the inverse of {@link RegisterMapping}: what it writes
 * reads back equal. Defaults are left out (the register id when it is the perspective's
 * municipality, the meeting cycle when it is the conference cycle, a record's municipality when it
 * is the perspective's, except a person's, which is written as recorded: the register resolves an
 * absent one from the person's bodies), so an exported file reads like a hand-written one.
 */
final class RegisterWriting {
  private final Register register;
  private final MunicipalityId home;

  private RegisterWriting(Register register) {
    this.register = register;
    this.home = register.getPerspective().getMunicipality();
  }

  /** The file model of {@code register}. */
  static RegisterDto toDto(Register register) {
    return new RegisterWriting(register).dto();
  }

  private RegisterDto dto() {
    RegisterDto dto = new RegisterDto();
    if (!register.getId().value().equals(home.value())) {
      dto.id = register.getId().value();
    }
    dto.perspective = new PerspectiveDto();
    dto.perspective.municipality = home.value();
    dto.perspective.asOf = register.asOf().toString();
    dto.municipalities = map(register.getMunicipalities(), this::municipality);
    dto.agreements = map(register.getAgreements(), this::agreement);
    dto.strategies = map(register.getStrategies(), strategy -> {
      StrategyDto s = new StrategyDto();
      s.id = strategy.getId().value();
      s.municipality = unlessHome(strategy.getMunicipality());
      s.adoptedBy = strategy.getAdoptedBy().value();
      if (!strategy.getReportBackBy().equals(Strategy.DEFAULT_REPORT_BACK_BY)) {
        s.reportBackBy = strategy.getReportBackBy().toString().substring(2);
      }
      return s;
    });
    dto.relations = map(register.getRelations(), this::relation);
    dto.bodies = map(register.getBodies(), this::body);
    dto.people = map(register.getPeople(), this::person);
    dto.events = map(register.getEvents(), this::event);
    dto.decisions = map(register.getDecisions(), this::decision);
    dto.projects = map(register.getProjects(), this::project);
    dto.reports = map(register.getReports(), RegisterWriting::report);
    dto.leadershipRules = map(register.getLeadershipRules(), RegisterWriting::leadershipRule);
    return dto;
  }

  private static <T, R> List<R> map(Collection<T> values, Function<T, R> write) {
    return values.stream().map(write).toList();
  }

  private static List<String> ids(Collection<? extends Identifier<?>> ids) {
    return ids.stream().map(Identifier::value).toList();
  }

  private static List<String> texts(Collection<?> values) {
    return values.stream().map(v -> v instanceof Enum<?> e ? Kebab.of(e) : v.toString()).toList();
  }

  private static String text(Optional<?> value) {
    return value.map(v -> v instanceof Identifier<?> id ? id.value() : v.toString()).orElse(null);
  }

  private String unlessHome(MunicipalityId municipality) {
    return municipality.equals(home) ? null : municipality.value();
  }

  private static PeriodDto period(DateRange range) {
    PeriodDto dto = new PeriodDto();
    dto.from = range.from().toString();
    dto.to = range.to().toString();
    return dto;
  }

  private static CycleDto cycle(Cycle cycle) {
    CycleDto dto = new CycleDto();
    dto.everyYears = cycle.everyYears();
    dto.anchorYear = cycle.anchorYear();
    return dto;
  }

  private MunicipalityDto municipality(Municipality municipality) {
    MunicipalityDto dto = new MunicipalityDto();
    dto.id = municipality.getId().value();
    dto.name = municipality.getName();
    dto.country = municipality.getCountry();
    dto.until = text(municipality.getUntil());
    dto.mergedInto = text(municipality.getMergedInto());
    return dto;
  }

  private AgreementDto agreement(Agreement agreement) {
    AgreementDto dto = new AgreementDto();
    dto.id = agreement.getId().value();
    dto.period = period(agreement.getPeriod());
    dto.parties = map(agreement.getParties(), RegisterWriting::party);
    dto.conferences = cycle(agreement.getConferenceCycle());
    if (!agreement.getMeetingCycle().equals(agreement.getConferenceCycle())) {
      dto.meetings = cycle(agreement.getMeetingCycle());
    }
    dto.revisionEveryYears = agreement.getRevisionEveryYears();
    return dto;
  }

  private static PartyDto party(Party party) {
    PartyDto dto = PartyDto.ofMunicipality(party.getMunicipality().value());
    dto.from = text(party.getFrom());
    dto.until = text(party.getUntil());
    return dto;
  }

  private RelationDto relation(Relation relation) {
    RelationDto dto = new RelationDto();
    dto.id = relation.getId().value();
    dto.municipality = unlessHome(relation.getMunicipality());
    dto.partner = relation.getPartner().value();
    dto.kind = Kebab.of(relation.getKind());
    dto.since = relation.getSince().map(Year::getValue).orElse(null);
    dto.until = text(relation.getUntil());
    dto.theme = relation.getTheme().orElse(null);
    dto.channel = relation.getChannel().orElse(null);
    dto.note = relation.getNote().orElse(null);
    return dto;
  }

  private BodyDto body(Body body) {
    BodyDto dto = new BodyDto();
    dto.id = body.getId().value();
    dto.kind = Kebab.of(body.getKind());
    dto.name = body.getName();
    dto.municipality = text(body.getMunicipality());
    dto.parent = text(body.getParent());
    return dto;
  }

  private PersonDto person(Person person) {
    PersonDto dto = new PersonDto();
    dto.id = person.getId().value();
    dto.name = person.getName().orElse(null);
    dto.municipality = text(person.getMunicipality());
    dto.positions = map(person.getPositions(), RegisterWriting::position);
    dto.contact = person.getContact().map(RegisterWriting::contact).orElse(null);
    return dto;
  }

  private static PositionDto position(Position position) {
    PositionDto dto = new PositionDto();
    dto.body = position.getBody().value();
    dto.role = Kebab.of(position.getRole());
    dto.from = text(position.getFrom());
    dto.until = text(position.getUntil());
    return dto;
  }

  private static ContactDto contact(Contact contact) {
    ContactDto dto = new ContactDto();
    dto.email = contact.getEmail().orElse(null);
    dto.phone = contact.getPhone().orElse(null);
    return dto;
  }

  private EventDto event(Event event) {
    EventDto dto = new EventDto();
    dto.id = event.getId().value();
    dto.kind = Kebab.of(event.getKind());
    dto.title = event.getTitle().orElse(null);
    dto.date = event.getDate().toString();
    dto.endDate = text(event.getEndDate());
    dto.host = text(event.getHost());
    dto.body = text(event.getBody());
    dto.partner = text(event.getPartner());
    dto.agenda = texts(event.getAgendaItems());
    dto.linkedTo = text(event.getLinkedTo());
    dto.noticeIssuedBy = text(event.getNoticeIssuedBy());
    dto.agendaSetBy = text(event.getAgendaSetBy());
    dto.chair = text(event.getChair());
    dto.secretary = text(event.getSecretary());
    dto.delegations = map(event.getDelegations(), RegisterWriting::delegation);
    dto.participants = ids(event.getParticipants());
    dto.project = text(event.getProject());
    dto.fundingInvestigation = event.getFundingInvestigation().map(RegisterWriting::fundingInvestigation).orElse(null);
    dto.publication = event.getPublication().map(RegisterWriting::publication).orElse(null);
    dto.tags = texts(event.getTags());
    return dto;
  }

  private static DelegationDto delegation(Delegation delegation) {
    DelegationDto dto = new DelegationDto();
    dto.municipality = delegation.getMunicipality().value();
    dto.members = map(delegation.getMembers(), RegisterWriting::member);
    return dto;
  }

  private static MemberDto member(DelegationMember member) {
    MemberDto dto = MemberDto.ofPerson(member.getPerson().value());
    dto.capacity = member.getCapacity().orElse(null);
    return dto;
  }

  private DecisionDto decision(Decision decision) {
    DecisionDto dto = new DecisionDto();
    dto.id = decision.getId().value();
    dto.body = text(decision.getBody());
    dto.meeting = text(decision.getMeeting());
    dto.date = decision.getDate().toString();
    dto.paragraph = decision.getParagraph().orElse(null);
    dto.matter = Kebab.of(decision.getMatter());
    dto.subjects = ids(decision.getSubjects());
    dto.summary = decision.getSummary().orElse(null);
    dto.followUps = map(decision.getFollowUps(), RegisterWriting::followUp);
    return dto;
  }

  private static FollowUpDto followUp(FollowUp followUp) {
    FollowUpDto dto = new FollowUpDto();
    dto.date = followUp.getDate().toString();
    dto.event = text(followUp.getEvent());
    dto.note = followUp.getNote().orElse(null);
    return dto;
  }

  private ProjectDto project(Project project) {
    ProjectDto dto = new ProjectDto();
    dto.id = project.getId().value();
    dto.kind = Kebab.of(project.getKind());
    dto.title = project.getTitle();
    dto.owner = project.getOwner().value();
    dto.participatingBodies = ids(project.getParticipatingBodies());
    dto.partner = text(project.getPartner());
    dto.relation = text(project.getRelation());
    dto.operationalAreas = List.copyOf(project.getOperationalAreas());
    dto.theme = project.getTheme().orElse(null);
    dto.period = period(project.getPeriod());
    dto.groundedInChildRights = project.isGroundedInChildRights() ? Boolean.TRUE : null;
    dto.budget = project.getBudget().map(RegisterWriting::budget).orElse(null);
    dto.financing = texts(project.getFinancing());
    dto.fundingInvestigation = project.getFundingInvestigation().map(RegisterWriting::fundingInvestigation).orElse(null);
    dto.publication = project.getPublication().map(RegisterWriting::publication).orElse(null);
    dto.participants = ids(project.getParticipants());
    dto.steeringGroup = project.getSteeringGroup().map(RegisterWriting::steeringGroup).orElse(null);
    dto.consultations = map(project.getConsultations(), RegisterWriting::consultation);
    dto.peerMunicipalitiesSought = project.getPeerMunicipalitiesSought().orElse(null);
    dto.tags = texts(project.getTags());
    return dto;
  }

  private static BudgetDto budget(Budget budget) {
    BudgetDto dto = new BudgetDto();
    dto.amount = budget.getAmount();
    dto.withinOwnBudget = budget.isWithinOwnBudget();
    return dto;
  }

  private static FundingInvestigationDto fundingInvestigation(FundingInvestigation investigation) {
    FundingInvestigationDto dto = new FundingInvestigationDto();
    dto.date = investigation.getDate().toString();
    dto.sources = texts(investigation.getSources());
    dto.outcome = investigation.getOutcome().orElse(null);
    return dto;
  }

  private static PublicationDto publication(Publication publication) {
    PublicationDto dto = new PublicationDto();
    dto.url = publication.getUrl();
    dto.date = publication.getDate().toString();
    return dto;
  }

  private static SteeringGroupDto steeringGroup(SteeringGroup group) {
    SteeringGroupDto dto = new SteeringGroupDto();
    dto.appointedBy = group.getAppointedBy().value();
    dto.members = ids(group.getMembers());
    return dto;
  }

  private static ConsultationDto consultation(Consultation consultation) {
    ConsultationDto dto = new ConsultationDto();
    dto.network = consultation.getNetwork().value();
    dto.date = consultation.getDate().toString();
    dto.subject = consultation.getSubject().orElse(null);
    return dto;
  }

  private static ReportDto report(CouncilReport report) {
    ReportDto dto = new ReportDto();
    dto.committee = report.getCommittee().value();
    dto.year = report.getYear();
    dto.date = report.getDate().map(LocalDate::toString).orElse(null);
    dto.internationalWorkIncluded = report.isInternationalWorkIncluded();
    return dto;
  }

  private static LeadershipRuleDto leadershipRule(LeadershipRule rule) {
    LeadershipRuleDto dto = new LeadershipRuleDto();
    dto.role = Kebab.of(rule.getRole());
    dto.bodyKinds = texts(rule.getBodyKinds());
    dto.leadership = Kebab.of(rule.getLeadership());
    return dto;
  }
}
