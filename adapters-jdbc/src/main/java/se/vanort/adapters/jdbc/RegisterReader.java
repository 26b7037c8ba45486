package se.vanort.adapters.jdbc;

import static se.vanort.adapters.jdbc.Columns.constant;
import static se.vanort.adapters.jdbc.Columns.date;
import static se.vanort.adapters.jdbc.Columns.id;
import static se.vanort.adapters.jdbc.Columns.optionalBoolean;
import static se.vanort.adapters.jdbc.Columns.optionalDate;
import static se.vanort.adapters.jdbc.Columns.optionalId;
import static se.vanort.adapters.jdbc.Columns.optionalInt;
import static se.vanort.adapters.jdbc.Columns.optionalLong;
import static se.vanort.adapters.jdbc.Columns.optionalText;
import static se.vanort.adapters.jdbc.Columns.text;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Reads one register revision back from the tables {@link RegisterWriter} fills: one query per
 * table, whatever the register's size, with the rows of child tables grouped by their parent's
 * {@code seq}. The register is built through its builder, so it is validated like any other.
 */
final class RegisterReader {
  /** Reads one row of a result. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private final Connection connection;
  private final RegisterId id;
  private final int revision;

  private RegisterReader(Connection connection, RegisterId id, int revision) {
    this.connection = connection;
    this.id = id;
    this.revision = revision;
  }

  /** Reads revision {@code revision} of {@code id}, whose header row says it is of {@code perspective}. */
  static Register read(Connection connection, RegisterId id, int revision, Perspective perspective)
      throws SQLException {
    return new RegisterReader(connection, id, revision).read(perspective);
  }

  private Register read(Perspective perspective) throws SQLException {
    return Register.builder()
        .id(id)
        .perspective(perspective)
        .municipalities(municipalities())
        .agreements(agreements())
        .strategies(strategies())
        .relations(relations())
        .bodies(bodies())
        .people(people())
        .events(events())
        .decisions(decisions())
        .projects(projects())
        .reports(reports())
        .leadershipRules(leadershipRules())
        .build();
  }

  /** Runs {@code SELECT columns FROM table} for this revision in {@code order}, reading each row. */
  private void select(String table, String columns, String order, RowReader reader) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT " + columns + " FROM " + table + " WHERE register_id = ? AND revision = ? ORDER BY " + order)) {
      statement.setFetchSize(Batch.SIZE);
      statement.setString(1, id.value());
      statement.setInt(2, revision);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          reader.read(row);
        }
      }
    }
  }

  /** The values of a child table with one value column, grouped by the parent's seq. */
  private <T> ListMultimap<Integer, T> children(String table, String parent, String column, ValueReader<T> value)
      throws SQLException {
    ListMultimap<Integer, T> values = ArrayListMultimap.create();
    select(table, parent + ", " + column, parent + ", seq", row -> values.put(row.getInt(1), value.read(row, 2)));
    return values;
  }

  /** Reads the value in one column of a row. */
  @FunctionalInterface
  private interface ValueReader<T> {
    T read(ResultSet row, int column) throws SQLException;
  }

  private List<Municipality> municipalities() throws SQLException {
    List<Municipality> result = new ArrayList<>();
    select("municipality", "municipality_id, name, country, until_date, merged_into", "seq", row -> result.add(
        Municipality.builder()
            .id(id(row, 1, MunicipalityId::of))
            .name(text(row, 2))
            .country(text(row, 3))
            .until(optionalDate(row, 4))
            .mergedInto(optionalId(row, 5, MunicipalityId::of))
            .build()));
    return result;
  }

  private List<Agreement> agreements() throws SQLException {
    ListMultimap<Integer, Party> parties = ArrayListMultimap.create();
    select("agreement_party", "agreement_seq, municipality_id, from_date, until_date", "agreement_seq, seq",
        row -> parties.put(row.getInt(1), Party.builder()
            .municipality(id(row, 2, MunicipalityId::of))
            .from(optionalDate(row, 3))
            .until(optionalDate(row, 4))
            .build()));
    List<Agreement> result = new ArrayList<>();
    select("agreement", "seq, agreement_id, valid_from, valid_to, conference_every_years, conference_anchor_year,"
        + " meeting_every_years, meeting_anchor_year, revision_every_years", "seq", row -> result.add(
        Agreement.builder()
            .id(id(row, 2, DocumentId::of))
            .period(DateRange.of(date(row, 3), date(row, 4)))
            .conferenceCycle(Cycle.of(row.getInt(5), row.getInt(6)))
            .meetingCycle(Cycle.of(row.getInt(7), row.getInt(8)))
            .revisionEveryYears(row.getInt(9))
            .parties(parties.get(row.getInt(1)))
            .build()));
    return result;
  }

  private List<Strategy> strategies() throws SQLException {
    List<Strategy> result = new ArrayList<>();
    select("strategy", "strategy_id, municipality_id, adopted_by, report_back_month, report_back_day", "seq",
        row -> result.add(Strategy.builder()
            .id(id(row, 1, DocumentId::of))
            .municipality(id(row, 2, MunicipalityId::of))
            .adoptedBy(id(row, 3, DecisionId::of))
            .reportBackBy(MonthDay.of(row.getInt(4), row.getInt(5)))
            .build()));
    return result;
  }

  private List<Relation> relations() throws SQLException {
    List<Relation> result = new ArrayList<>();
    select("relationship", "relation_id, municipality_id, partner_id, kind, since_year, until_date, theme, channel,"
        + " note", "seq", row -> result.add(
        Relation.builder()
            .id(id(row, 1, RelationId::of))
            .municipality(id(row, 2, MunicipalityId::of))
            .partner(id(row, 3, MunicipalityId::of))
            .kind(constant(row, 4, RelationKind.class))
            .since(optionalInt(row, 5).map(Year::of))
            .until(optionalDate(row, 6))
            .theme(optionalText(row, 7))
            .channel(optionalText(row, 8))
            .note(optionalText(row, 9))
            .build()));
    return result;
  }

  private List<Body> bodies() throws SQLException {
    List<Body> result = new ArrayList<>();
    select("body", "body_id, kind, name, municipality_id, parent_id", "seq", row -> result.add(
        Body.builder()
            .id(id(row, 1, BodyId::of))
            .kind(constant(row, 2, BodyKind.class))
            .name(text(row, 3))
            .municipality(optionalId(row, 4, MunicipalityId::of))
            .parent(optionalId(row, 5, BodyId::of))
            .build()));
    return result;
  }

  private List<Person> people() throws SQLException {
    ListMultimap<Integer, Position> positions = ArrayListMultimap.create();
    select("person_position", "person_seq, body_id, role, from_date, until_date", "person_seq, seq",
        row -> positions.put(row.getInt(1), Position.builder()
            .body(id(row, 2, BodyId::of))
            .role(constant(row, 3, Role.class))
            .from(optionalDate(row, 4))
            .until(optionalDate(row, 5))
            .build()));
    List<Person> result = new ArrayList<>();
    select("person", "seq, person_id, name, municipality_id, has_contact, email, phone", "seq", row -> result.add(
        Person.builder()
            .id(id(row, 2, PersonId::of))
            .name(optionalText(row, 3))
            .municipality(optionalId(row, 4, MunicipalityId::of))
            .contact(row.getBoolean(5)
                ? Optional.of(Contact.builder().email(optionalText(row, 6)).phone(optionalText(row, 7)).build())
                : Optional.empty())
            .positions(positions.get(row.getInt(1)))
            .build()));
    return result;
  }

  private List<Event> events() throws SQLException {
    ListMultimap<Integer, AgendaItem> agenda =
        children("event_agenda_item", "event_seq", "agenda_item", (row, c) -> constant(row, c, AgendaItem.class));
    ListMultimap<Long, DelegationMember> members = ArrayListMultimap.create();
    select("delegation_member", "event_seq, delegation_seq, person_id, capacity", "event_seq, delegation_seq, seq",
        row -> members.put(pair(row.getInt(1), row.getInt(2)), DelegationMember.builder()
            .person(id(row, 3, PersonId::of))
            .capacity(optionalText(row, 4))
            .build()));
    ListMultimap<Integer, Delegation> delegations = ArrayListMultimap.create();
    select("delegation", "event_seq, seq, municipality_id", "event_seq, seq",
        row -> delegations.put(row.getInt(1), Delegation.builder()
            .municipality(id(row, 3, MunicipalityId::of))
            .members(members.get(pair(row.getInt(1), row.getInt(2))))
            .build()));
    ListMultimap<Integer, PersonId> participants =
        children("event_participant", "event_seq", "person_id", (row, c) -> id(row, c, PersonId::of));
    ListMultimap<Integer, ClauseId> tags =
        children("event_tag", "event_seq", "clause_id", (row, c) -> id(row, c, ClauseId::of));
    ListMultimap<Integer, FundingSource> investigated = children("event_funding_investigation_source", "event_seq",
        "funding_source", (row, c) -> constant(row, c, FundingSource.class));
    List<Event> result = new ArrayList<>();
    select("event", "seq, event_id, kind, title, start_date, end_date, host_id, body_id, partner_id, linked_to,"
        + " notice_issued_by, agenda_set_by, chair_id, secretary_id, project_id, funding_investigated_on,"
        + " funding_outcome, publication_url, publication_date", "seq", row -> {
          int seq = row.getInt(1);
          result.add(Event.builder()
              .id(id(row, 2, EventId::of))
              .kind(constant(row, 3, EventKind.class))
              .title(optionalText(row, 4))
              .date(date(row, 5))
              .endDate(optionalDate(row, 6))
              .host(optionalId(row, 7, MunicipalityId::of))
              .body(optionalId(row, 8, BodyId::of))
              .partner(optionalId(row, 9, MunicipalityId::of))
              .linkedTo(optionalId(row, 10, EventId::of))
              .noticeIssuedBy(optionalId(row, 11, MunicipalityId::of))
              .agendaSetBy(optionalId(row, 12, MunicipalityId::of))
              .chair(optionalId(row, 13, PersonId::of))
              .secretary(optionalId(row, 14, PersonId::of))
              .project(optionalId(row, 15, ProjectId::of))
              .fundingInvestigation(fundingInvestigation(row, 16, 17, investigated.get(seq)))
              .publication(publication(row, 18, 19))
              .agendaItems(agenda.get(seq))
              .delegations(delegations.get(seq))
              .participants(participants.get(seq))
              .tags(tags.get(seq))
              .build());
        });
    return result;
  }

  private List<Decision> decisions() throws SQLException {
    ListMultimap<Integer, RecordId> subjects =
        children("decision_subject", "decision_seq", "record_id", (row, c) -> id(row, c, RecordId::of));
    ListMultimap<Integer, FollowUp> followUps = ArrayListMultimap.create();
    select("follow_up", "decision_seq, followed_up_on, event_id, note", "decision_seq, seq",
        row -> followUps.put(row.getInt(1), FollowUp.builder()
            .date(date(row, 2))
            .event(optionalId(row, 3, EventId::of))
            .note(optionalText(row, 4))
            .build()));
    List<Decision> result = new ArrayList<>();
    select("decision", "seq, decision_id, body_id, meeting_id, decided_on, paragraph, matter, summary", "seq",
        row -> {
          int seq = row.getInt(1);
          result.add(Decision.builder()
              .id(id(row, 2, DecisionId::of))
              .body(optionalId(row, 3, BodyId::of))
              .meeting(optionalId(row, 4, EventId::of))
              .date(date(row, 5))
              .paragraph(optionalInt(row, 6))
              .matter(constant(row, 7, Matter.class))
              .summary(optionalText(row, 8))
              .subjects(subjects.get(seq))
              .followUps(followUps.get(seq))
              .build());
        });
    return result;
  }

  private List<Project> projects() throws SQLException {
    ListMultimap<Integer, BodyId> participatingBodies =
        children("project_participating_body", "project_seq", "body_id", (row, c) -> id(row, c, BodyId::of));
    ListMultimap<Integer, String> areas = children("project_operational_area", "project_seq", "area", Columns::text);
    ListMultimap<Integer, FundingSource> financing = children("project_financing", "project_seq", "funding_source",
        (row, c) -> constant(row, c, FundingSource.class));
    ListMultimap<Integer, FundingSource> investigated = children("funding_investigation_source", "project_seq",
        "funding_source", (row, c) -> constant(row, c, FundingSource.class));
    ListMultimap<Integer, PersonId> participants =
        children("project_participant", "project_seq", "person_id", (row, c) -> id(row, c, PersonId::of));
    ListMultimap<Integer, PersonId> steering =
        children("steering_group_member", "project_seq", "person_id", (row, c) -> id(row, c, PersonId::of));
    ListMultimap<Integer, Consultation> consultations = ArrayListMultimap.create();
    select("consultation", "project_seq, network_id, consulted_on, subject", "project_seq, seq",
        row -> consultations.put(row.getInt(1), Consultation.builder()
            .network(id(row, 2, BodyId::of))
            .date(date(row, 3))
            .subject(optionalText(row, 4))
            .build()));
    ListMultimap<Integer, ClauseId> tags =
        children("project_tag", "project_seq", "clause_id", (row, c) -> id(row, c, ClauseId::of));
    List<Project> result = new ArrayList<>();
    select("project", "seq, project_id, kind, title, owner_id, partner_id, relation_id, theme, period_from,"
        + " period_to, grounded_in_child_rights, budget_amount, budget_within_own, funding_investigated_on,"
        + " funding_outcome, publication_url, publication_date, steering_group_appointed_by,"
        + " peer_municipalities_sought", "seq", row -> {
          int seq = row.getInt(1);
          Optional<Long> budget = optionalLong(row, 12);
          Optional<DecisionId> steeringAppointedBy = optionalId(row, 18, DecisionId::of);
          result.add(Project.builder()
              .id(id(row, 2, ProjectId::of))
              .kind(constant(row, 3, ProjectKind.class))
              .title(text(row, 4))
              .owner(id(row, 5, BodyId::of))
              .partner(optionalId(row, 6, MunicipalityId::of))
              .relation(optionalId(row, 7, RelationId::of))
              .theme(optionalText(row, 8))
              .period(DateRange.of(date(row, 9), date(row, 10)))
              .groundedInChildRights(row.getBoolean(11))
              .budget(budget.isEmpty() ? Optional.empty() : Optional.of(
                  Budget.builder().amount(budget.get()).withinOwnBudget(row.getBoolean(13)).build()))
              .fundingInvestigation(fundingInvestigation(row, 14, 15, investigated.get(seq)))
              .publication(publication(row, 16, 17))
              .steeringGroup(steeringAppointedBy.isEmpty() ? Optional.empty() : Optional.of(
                  SteeringGroup.builder().appointedBy(steeringAppointedBy.get()).members(steering.get(seq)).build()))
              .peerMunicipalitiesSought(optionalBoolean(row, 19))
              .participatingBodies(participatingBodies.get(seq))
              .operationalAreas(areas.get(seq))
              .financing(financing.get(seq))
              .participants(participants.get(seq))
              .consultations(consultations.get(seq))
              .tags(tags.get(seq))
              .build());
        });
    return result;
  }

  private List<CouncilReport> reports() throws SQLException {
    List<CouncilReport> result = new ArrayList<>();
    select("council_report", "committee_id, report_year, reported_on, international_work_included", "seq",
        row -> result.add(CouncilReport.builder()
            .committee(id(row, 1, BodyId::of))
            .year(row.getInt(2))
            .date(optionalDate(row, 3))
            .internationalWorkIncluded(row.getBoolean(4))
            .build()));
    return result;
  }

  private List<LeadershipRule> leadershipRules() throws SQLException {
    ListMultimap<Integer, BodyKind> kinds = children("leadership_rule_body_kind", "rule_seq", "body_kind",
        (row, c) -> constant(row, c, BodyKind.class));
    List<LeadershipRule> result = new ArrayList<>();
    select("leadership_rule", "seq, role, leadership", "seq", row -> result.add(
        LeadershipRule.builder()
            .role(constant(row, 2, Role.class))
            .leadership(constant(row, 3, Leadership.class))
            .bodyKinds(kinds.get(row.getInt(1)))
            .build()));
    return result;
  }

  /** A funding investigation flattened into its owner's row: set when the date column is. */
  private static Optional<FundingInvestigation> fundingInvestigation(ResultSet row, int date, int outcome,
      List<FundingSource> sources) throws SQLException {
    Optional<LocalDate> investigatedOn = optionalDate(row, date);
    return investigatedOn.isEmpty() ? Optional.empty() : Optional.of(FundingInvestigation.builder()
        .date(investigatedOn.get()).sources(sources).outcome(optionalText(row, outcome)).build());
  }

  /** A publication flattened into its owner's row: set when the url column is. */
  private static Optional<Publication> publication(ResultSet row, int url, int date) throws SQLException {
    Optional<String> publishedAt = optionalText(row, url);
    return publishedAt.isEmpty() ? Optional.empty()
        : Optional.of(Publication.builder().url(publishedAt.get()).date(date(row, date)).build());
  }

  private static long pair(int parent, int child) {
    return ((long) parent << 32) | (child & 0xffffffffL);
  }
}
