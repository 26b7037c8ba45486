package se.vanort.domain.repository;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
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
import se.vanort.domain.strategy.Strategy;

/**
 * Registers for repository tests: one that sets every attribute of every kind of record at least
 * once (present and absent optionals, lists out of natural order, empty contacts), with a text of
 * the caller's choice in every free-text field, so that a store that drops or reorders anything
 * fails an equality.
 */
public final class RichRegisters {
  private RichRegisters() {}

  /** Text that breaks naive SQL and narrow character sets. */
  public static final String TRICKY = "Þorlákshöfn–Joniškis 'x'; DROP TABLE register_revision; -- \"q\" \\ % _ ĀŽ 漢字 🇸🇪";

  /** A register {@code id} of Vimmerby as of 2025-12-31, every attribute set, {@code text} in every free text. */
  public static Register every(RegisterId id, String text) {
    MunicipalityId vimmerby = MunicipalityId.of("vimmerby");
    MunicipalityId olfus = MunicipalityId.of("Þorlákshöfn");
    MunicipalityId joniskis = MunicipalityId.of("Joniškis");
    MunicipalityId skaerbaek = MunicipalityId.of("skærbæk");
    MunicipalityId tonder = MunicipalityId.of("tønder");
    BodyId kf = BodyId.of("kf");
    BodyId ks = BodyId.of("ks");
    BodyId bun = BodyId.of("bun");
    BodyId school = BodyId.of("Skola 'A'");
    BodyId network = BodyId.of("int-nät");
    PersonId chair = PersonId.of("p-kso");
    PersonId director = PersonId.of("p-kd");
    PersonId secretary = PersonId.of("p-sekr");
    EventId conference = EventId.of("conf-2023");
    EventId camp = EventId.of("camp-2023");
    DecisionId adopted = DecisionId.of("kf-2016-172");
    DecisionId steering = DecisionId.of("ks-2024-12");
    return Register.builder()
        .id(id)
        .perspective(Perspective.of(vimmerby, LocalDate.of(2025, 12, 31)))
        .addMunicipality(Municipality.builder().id(vimmerby).name("Vimmerby kommun " + text).country("SE").build())
        .addMunicipality(Municipality.builder().id(olfus).name("Sveitarfélagið Ölfus").country("IS").build())
        .addMunicipality(Municipality.builder().id(joniskis).name("Joniškio rajono savivaldybė").country("LT").build())
        .addMunicipality(Municipality.builder().id(tonder).name("Tønder").country("DK").build())
        .addMunicipality(Municipality.builder().id(skaerbaek).name("Skærbæk").country("DK")
            .until(LocalDate.of(2006, 12, 31)).mergedInto(tonder).build())
        .addAgreement(Agreement.builder().id(DocumentId.of("VA2021")).period(DateRange.ofYears(2021, 2026))
            .addParties(Party.builder().municipality(olfus).from(LocalDate.of(2021, 3, 1)).build())
            .addParties(vimmerby)
            .addParties(Party.builder().municipality(joniskis).until(LocalDate.of(2024, 6, 30)).build())
            .addParties(Party.builder().municipality(tonder).from(LocalDate.of(2022, 1, 1))
                .until(LocalDate.of(2025, 12, 31)).build())
            .conferenceCycle(Cycle.of(2, 2021)).meetingCycle(Cycle.of(1, 2021))
            .revisionEveryYears(6).build())
        .addStrategy(Strategy.builder().id(DocumentId.of("VIS2016")).municipality(vimmerby).adoptedBy(adopted)
            .reportBackBy(MonthDay.of(4, 30)).build())
        .addRelation(Relation.builder().id(RelationId.of("vimmerby-joniskis")).municipality(vimmerby)
            .partner(joniskis).kind(RelationKind.TWIN_TOWN).since(Year.of(1994)).until(LocalDate.of(2030, 6, 30))
            .theme(text).channel("Föreningen Norden").note(text).build())
        .addRelation(Relation.builder().id(RelationId.of("vimmerby-olfus")).municipality(vimmerby).partner(olfus)
            .kind(RelationKind.INFORMAL_CONTACT).build())
        .addBody(Body.builder().id(kf).kind(BodyKind.COUNCIL).name("Kommunfullmäktige").municipality(vimmerby).build())
        .addBody(Body.builder().id(ks).kind(BodyKind.EXECUTIVE_BOARD).name(text).municipality(vimmerby).build())
        .addBody(Body.builder().id(bun).kind(BodyKind.COMMITTEE).name("Barn- och utbildningsnämnden")
            .municipality(vimmerby).parent(ks).build())
        .addBody(Body.builder().id(school).kind(BodyKind.SCHOOL).name("Skola").municipality(vimmerby).parent(bun)
            .build())
        .addBody(Body.builder().id(network).kind(BodyKind.REGIONAL_NETWORK).name("Regionens nätverk").build())
        .addPerson(Person.builder().id(chair).name(text).municipality(vimmerby)
            .addPosition(Position.builder().body(ks).role(Role.CHAIR).from(LocalDate.of(2023, 1, 1)).build())
            .addPosition(Position.builder().body(kf).role(Role.MEMBER).from(LocalDate.of(2019, 1, 1))
                .until(LocalDate.of(2022, 12, 31)).build())
            .contact(Contact.builder().email("kso@vimmerby.se").phone("+46 492 76 90 00").build())
            .build())
        .addPerson(Person.builder().id(director)
            .addPosition(Position.builder().body(ks).role(Role.CHIEF_EXECUTIVE).build())
            .contact(Contact.builder().build())
            .build())
        .addPerson(Person.builder().id(secretary).municipality(olfus).build())
        .addEvent(Event.builder().id(conference).kind(EventKind.CONFERENCE).title(text)
            .date(LocalDate.of(2023, 6, 12)).endDate(LocalDate.of(2023, 6, 14)).host(olfus).body(network)
            .partner(joniskis).addAgendaItem(AgendaItem.NORDEN_MEETING).addAgendaItem(AgendaItem.EVALUATE_ACTIVITY_PLAN)
            .noticeIssuedBy(olfus).agendaSetBy(vimmerby).chair(chair).secretary(secretary)
            .addDelegation(Delegation.builder().municipality(vimmerby)
                .addMember(DelegationMember.builder().person(director).capacity(text).build())
                .addMember(DelegationMember.of(chair)).build())
            .addDelegation(Delegation.of(olfus, secretary))
            .addParticipant(secretary).addParticipant(chair)
            .addTag(ClauseId.of("VIS2016/G3")).addTag(ClauseId.of("VA2021/S1"))
            .build())
        .addEvent(Event.builder().id(camp).kind(EventKind.YOUTH_CAMP).date(LocalDate.of(2023, 6, 13))
            .linkedTo(conference).build())
        .addEvent(Event.builder().id(EventId.of("visit-2024")).kind(EventKind.STUDY_VISIT).date(LocalDate.of(2024, 5, 6))
            .partner(joniskis).project(ProjectId.of("mukono-2024"))
            .fundingInvestigation(FundingInvestigation.builder().date(LocalDate.of(2024, 2, 1))
                .addSource(FundingSource.EU).addSource(FundingSource.ICLD).outcome(text).build())
            .publication(Publication.builder().url("https://vimmerby.se/besok?x='1'").date(LocalDate.of(2024, 5, 20))
                .build())
            .build())
        .addEvent(Event.builder().id(EventId.of("exchange-2025")).kind(EventKind.EXCHANGE).date(LocalDate.of(2025, 3, 3))
            .fundingInvestigation(FundingInvestigation.builder().date(LocalDate.of(2025, 1, 10))
                .addSource(FundingSource.OTHER_EXTERNAL).build())
            .build())
        .addDecision(Decision.builder().id(adopted).body(kf).date(LocalDate.of(2016, 6, 27)).paragraph(172)
            .matter(Matter.ADOPT_STRATEGY).addSubject(RecordId.of("VIS2016")).summary(text).build())
        .addDecision(Decision.builder().id(steering).body(ks).date(LocalDate.of(2024, 2, 1))
            .matter(Matter.APPOINT_STEERING_GROUP).addSubject(RecordId.of("mukono-2024")).addSubject(RecordId.of("vimmerby"))
            .build())
        .addDecision(Decision.builder().id(DecisionId.of("conf-2023-1")).meeting(conference)
            .date(LocalDate.of(2023, 6, 13)).matter(Matter.ACTIVITY_PLAN)
            .addFollowUp(FollowUp.builder().date(LocalDate.of(2024, 6, 1)).note(text).build())
            .addFollowUp(FollowUp.builder().date(LocalDate.of(2023, 9, 1)).event(camp).build())
            .build())
        .addProject(Project.builder().id(ProjectId.of("mukono-2024")).kind(ProjectKind.PARTNERSHIP).title(text)
            .owner(bun).addParticipatingBody(school).addParticipatingBody(ks).partner(joniskis)
            .relation(RelationId.of("vimmerby-joniskis")).addOperationalArea("school").addOperationalArea(text).addOperationalArea("elderly care")
            .theme(text).period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)))
            .groundedInChildRights(true)
            .budget(Budget.builder().amount(3_000_000_000L).withinOwnBudget(false).build())
            .addFinancing(FundingSource.ICLD).addFinancing(FundingSource.OWN_BUDGET)
            .fundingInvestigation(FundingInvestigation.builder().date(LocalDate.of(2023, 11, 1))
                .addSource(FundingSource.SWEDISH_INSTITUTE).addSource(FundingSource.EU).outcome(text).build())
            .publication(Publication.builder().url("https://vimmerby.se/mukono?a=1&b='2'")
                .date(LocalDate.of(2024, 2, 2)).build())
            .addParticipant(director).addParticipant(chair)
            .steeringGroup(SteeringGroup.builder().appointedBy(steering).addMember(director).addMember(chair).build())
            .addConsultation(Consultation.builder().network(network).date(LocalDate.of(2023, 12, 1))
                .subject(text).build())
            .addConsultation(Consultation.builder().network(network).date(LocalDate.of(2023, 10, 1)).build())
            .peerMunicipalitiesSought(false)
            .addTag(ClauseId.of("VIS2016/G1"))
            .build())
        .addProject(Project.builder().id(ProjectId.of("utbyte")).kind(ProjectKind.SCHOOL_EXCHANGE).title("Utbyte")
            .owner(school).period(DateRange.ofYear(2025))
            .fundingInvestigation(FundingInvestigation.builder().date(LocalDate.of(2024, 11, 1))
                .addSource(FundingSource.OTHER_EXTERNAL).build())
            .steeringGroup(SteeringGroup.builder().appointedBy(steering).build())
            .peerMunicipalitiesSought(true)
            .build())
        .addReport(CouncilReport.builder().committee(bun).year(2024).date(LocalDate.of(2025, 3, 1))
            .internationalWorkIncluded(true).build())
        .addReport(CouncilReport.builder().committee(ks).year(2024).internationalWorkIncluded(false).build())
        .addLeadershipRule(LeadershipRule.of(Role.CHAIR, Leadership.POLITICAL, BodyKind.COMMITTEE, BodyKind.COUNCIL))
        .addLeadershipRule(LeadershipRule.of(Role.TWIN_TOWN_SECRETARY, Leadership.ADMINISTRATIVE))
        .build();
  }

  /** The smallest register: one municipality, nothing else. */
  public static Register minimal(RegisterId id, LocalDate asOf) {
    MunicipalityId vimmerby = MunicipalityId.of("vimmerby");
    return Register.builder()
        .id(id)
        .perspective(Perspective.of(vimmerby, asOf))
        .addMunicipality(Municipality.builder().id(vimmerby).name("Vimmerby kommun").country("SE").build())
        .build();
  }
}
