package se.vanort.adapters.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Party;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.DelegationMember;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.Municipality;
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
import se.vanort.domain.strategy.Strategy;

/**
 * Writes the records of one register revision into the tables of {@code V1__registers.sql} (as
 * {@code V3__second_round.sql} extends them), one
 * batched statement per table; every list keeps its order in the {@code seq} column.
 */
final class RegisterWriter {
  private static final String[] KEY = {"register_id", "revision"};

  /** Every table that holds records of a revision, keyed by register_id and revision. */
  static final ImmutableList<String> TABLES = ImmutableList.of("municipality", "agreement", "agreement_party",
      "strategy", "relationship", "body", "person", "person_position", "event", "event_agenda_item", "delegation",
      "delegation_member", "event_participant", "event_tag", "event_funding_investigation_source", "decision", "decision_subject", "follow_up", "project",
      "project_participating_body", "project_operational_area", "project_financing", "funding_investigation_source",
      "project_participant", "steering_group_member", "consultation", "project_tag", "council_report",
      "leadership_rule", "leadership_rule_body_kind");

  private final Connection connection;
  private final Object[] key;
  private final Runnable afterBatch;
  private final RevisionDigest digest;
  private final List<Batch> batches = new ArrayList<>();

  private RegisterWriter(Connection connection, Register register, int revision, Runnable afterBatch,
      RevisionDigest digest) {
    this.connection = connection;
    this.key = new Object[] {register.getId().value(), revision};
    this.afterBatch = afterBatch;
    this.digest = digest;
  }

  /**
   * The SHA-256 of the rows {@link #write} writes for {@code register} (see {@link RevisionDigest}),
   * computed without a database: the digest a revision holding {@code register} must have.
   */
  static String digest(Register register) {
    RevisionDigest digest = RevisionDigest.sha256();
    try {
      new RegisterWriter(null, register, 1, () -> { }, digest).writeAll(register);
    } catch (SQLException e) {
      throw new IllegalStateException("a digest touches no database", e);
    }
    return digest.hex();
  }

  /** Writes every record of {@code register} as revision {@code revision}, running {@code afterBatch} after each batch. */
  static void write(Connection connection, Register register, int revision, Runnable afterBatch) throws SQLException {
    RegisterWriter writer = new RegisterWriter(connection, register, revision, afterBatch, RevisionDigest.NONE);
    try {
      writer.writeAll(register);
    } finally {
      for (Batch batch : writer.batches) {
        batch.close();
      }
    }
  }

  private Batch table(String table, String... columns) throws SQLException {
    Batch batch = connection == null ? Batch.digestOnly(table, digest)
        : Batch.insert(connection, table, KEY, key, afterBatch, digest, columns);
    batches.add(batch);
    return batch;
  }

  private void writeAll(Register register) throws SQLException {
    municipalities(register);
    agreements(register);
    strategies(register);
    relations(register);
    bodies(register);
    people(register);
    events(register);
    decisions(register);
    projects(register);
    reports(register);
    leadershipRules(register);
    for (Batch batch : batches) {
      batch.flush();
    }
  }

  private void municipalities(Register register) throws SQLException {
    Batch rows = table("municipality", "seq", "municipality_id", "name", "country", "until_date", "merged_into");
    int seq = 0;
    for (Municipality m : register.getMunicipalities()) {
      rows.add(seq++, m.getId(), m.getName(), m.getCountry(), m.getUntil(), m.getMergedInto());
    }
  }

  private void agreements(Register register) throws SQLException {
    Batch rows = table("agreement", "seq", "agreement_id", "valid_from", "valid_to", "conference_every_years",
        "conference_anchor_year", "meeting_every_years", "meeting_anchor_year", "revision_every_years");
    Batch parties = table("agreement_party", "agreement_seq", "seq", "municipality_id", "from_date", "until_date");
    int seq = 0;
    for (Agreement a : register.getAgreements()) {
      rows.add(seq, a.getId(), a.getPeriod().from(), a.getPeriod().to(), a.getConferenceCycle().everyYears(),
          a.getConferenceCycle().anchorYear(), a.getMeetingCycle().everyYears(), a.getMeetingCycle().anchorYear(),
          a.getRevisionEveryYears());
      int party = 0;
      for (Party p : a.getParties()) {
        parties.add(seq, party++, p.getMunicipality(), p.getFrom(), p.getUntil());
      }
      seq++;
    }
  }

  private void strategies(Register register) throws SQLException {
    Batch rows = table("strategy", "seq", "strategy_id", "municipality_id", "adopted_by", "report_back_month",
        "report_back_day");
    int seq = 0;
    for (Strategy s : register.getStrategies()) {
      rows.add(seq++, s.getId(), s.getMunicipality(), s.getAdoptedBy(), s.getReportBackBy().getMonthValue(),
          s.getReportBackBy().getDayOfMonth());
    }
  }

  private void relations(Register register) throws SQLException {
    Batch rows = table("relationship", "seq", "relation_id", "municipality_id", "partner_id", "kind", "since_year",
        "until_date", "theme", "channel", "note");
    int seq = 0;
    for (Relation r : register.getRelations()) {
      rows.add(seq++, r.getId(), r.getMunicipality(), r.getPartner(), r.getKind(), r.getSince(), r.getUntil(),
          r.getTheme(), r.getChannel(), r.getNote());
    }
  }

  private void bodies(Register register) throws SQLException {
    Batch rows = table("body", "seq", "body_id", "kind", "name", "municipality_id", "parent_id");
    int seq = 0;
    for (Body b : register.getBodies()) {
      rows.add(seq++, b.getId(), b.getKind(), b.getName(), b.getMunicipality(), b.getParent());
    }
  }

  private void people(Register register) throws SQLException {
    Batch rows = table("person", "seq", "person_id", "name", "municipality_id", "has_contact", "email", "phone");
    Batch positions = table("person_position", "person_seq", "seq", "body_id", "role", "from_date", "until_date");
    int seq = 0;
    for (Person p : register.getPeople()) {
      rows.add(seq, p.getId(), p.getName(), p.getMunicipality(), p.getContact().isPresent(),
          p.getContact().flatMap(Contact::getEmail), p.getContact().flatMap(Contact::getPhone));
      int position = 0;
      for (Position q : p.getPositions()) {
        positions.add(seq, position++, q.getBody(), q.getRole(), q.getFrom(), q.getUntil());
      }
      seq++;
    }
  }

  private void events(Register register) throws SQLException {
    Batch rows = table("event", "seq", "event_id", "kind", "title", "start_date", "end_date", "host_id", "body_id",
        "partner_id", "linked_to", "notice_issued_by", "agenda_set_by", "chair_id", "secretary_id", "project_id",
        "funding_investigated_on", "funding_outcome", "publication_url", "publication_date");
    Batch agenda = table("event_agenda_item", "event_seq", "seq", "agenda_item");
    Batch delegations = table("delegation", "event_seq", "seq", "municipality_id");
    Batch members = table("delegation_member", "event_seq", "delegation_seq", "seq", "person_id", "capacity");
    Batch participants = table("event_participant", "event_seq", "seq", "person_id");
    Batch tags = table("event_tag", "event_seq", "seq", "clause_id");
    Batch investigated = table("event_funding_investigation_source", "event_seq", "seq", "funding_source");
    int seq = 0;
    for (Event e : register.getEvents()) {
      rows.add(seq, e.getId(), e.getKind(), e.getTitle(), e.getDate(), e.getEndDate(), e.getHost(), e.getBody(),
          e.getPartner(), e.getLinkedTo(), e.getNoticeIssuedBy(), e.getAgendaSetBy(), e.getChair(), e.getSecretary(),
          e.getProject(), e.getFundingInvestigation().map(FundingInvestigation::getDate),
          e.getFundingInvestigation().flatMap(FundingInvestigation::getOutcome),
          e.getPublication().map(Publication::getUrl), e.getPublication().map(Publication::getDate));
      if (e.getFundingInvestigation().isPresent()) {
        investigated.addAll(seq, e.getFundingInvestigation().get().getSources());
      }
      agenda.addAll(seq, e.getAgendaItems());
      int delegation = 0;
      for (Delegation d : e.getDelegations()) {
        delegations.add(seq, delegation, d.getMunicipality());
        int member = 0;
        for (DelegationMember m : d.getMembers()) {
          members.add(seq, delegation, member++, m.getPerson(), m.getCapacity());
        }
        delegation++;
      }
      participants.addAll(seq, e.getParticipants());
      tags.addAll(seq, e.getTags());
      seq++;
    }
  }

  private void decisions(Register register) throws SQLException {
    Batch rows = table("decision", "seq", "decision_id", "body_id", "meeting_id", "decided_on", "paragraph", "matter",
        "summary");
    Batch subjects = table("decision_subject", "decision_seq", "seq", "record_id");
    Batch followUps = table("follow_up", "decision_seq", "seq", "followed_up_on", "event_id", "note");
    int seq = 0;
    for (Decision d : register.getDecisions()) {
      rows.add(seq, d.getId(), d.getBody(), d.getMeeting(), d.getDate(), d.getParagraph(), d.getMatter(),
          d.getSummary());
      subjects.addAll(seq, d.getSubjects());
      int followUp = 0;
      for (FollowUp f : d.getFollowUps()) {
        followUps.add(seq, followUp++, f.getDate(), f.getEvent(), f.getNote());
      }
      seq++;
    }
  }

  private void projects(Register register) throws SQLException {
    Batch rows = table("project", "seq", "project_id", "kind", "title", "owner_id", "partner_id", "relation_id",
        "theme", "period_from", "period_to", "grounded_in_child_rights", "budget_amount", "budget_within_own",
        "funding_investigated_on", "funding_outcome", "publication_url", "publication_date",
        "steering_group_appointed_by", "peer_municipalities_sought");
    Batch participatingBodies = table("project_participating_body", "project_seq", "seq", "body_id");
    Batch areas = table("project_operational_area", "project_seq", "seq", "area");
    Batch financing = table("project_financing", "project_seq", "seq", "funding_source");
    Batch investigated = table("funding_investigation_source", "project_seq", "seq", "funding_source");
    Batch participants = table("project_participant", "project_seq", "seq", "person_id");
    Batch steering = table("steering_group_member", "project_seq", "seq", "person_id");
    Batch consultations = table("consultation", "project_seq", "seq", "network_id", "consulted_on", "subject");
    Batch tags = table("project_tag", "project_seq", "seq", "clause_id");
    int seq = 0;
    for (Project p : register.getProjects()) {
      rows.add(seq, p.getId(), p.getKind(), p.getTitle(), p.getOwner(), p.getPartner(), p.getRelation(),
          p.getTheme(), p.getPeriod().from(), p.getPeriod().to(), p.isGroundedInChildRights(),
          p.getBudget().map(Budget::getAmount), p.getBudget().map(Budget::isWithinOwnBudget),
          p.getFundingInvestigation().map(FundingInvestigation::getDate),
          p.getFundingInvestigation().flatMap(FundingInvestigation::getOutcome),
          p.getPublication().map(Publication::getUrl), p.getPublication().map(Publication::getDate),
          p.getSteeringGroup().map(SteeringGroup::getAppointedBy), p.getPeerMunicipalitiesSought());
      participatingBodies.addAll(seq, p.getParticipatingBodies());
      areas.addAll(seq, p.getOperationalAreas());
      financing.addAll(seq, p.getFinancing());
      if (p.getFundingInvestigation().isPresent()) {
        investigated.addAll(seq, p.getFundingInvestigation().get().getSources());
      }
      participants.addAll(seq, p.getParticipants());
      if (p.getSteeringGroup().isPresent()) {
        steering.addAll(seq, p.getSteeringGroup().get().getMembers());
      }
      int consultation = 0;
      for (Consultation c : p.getConsultations()) {
        consultations.add(seq, consultation++, c.getNetwork(), c.getDate(), c.getSubject());
      }
      tags.addAll(seq, p.getTags());
      seq++;
    }
  }

  private void reports(Register register) throws SQLException {
    Batch rows = table("council_report", "seq", "committee_id", "report_year", "reported_on",
        "international_work_included");
    int seq = 0;
    for (CouncilReport r : register.getReports()) {
      rows.add(seq++, r.getCommittee(), r.getYear(), r.getDate(), r.isInternationalWorkIncluded());
    }
  }

  private void leadershipRules(Register register) throws SQLException {
    Batch rows = table("leadership_rule", "seq", "role", "leadership");
    Batch kinds = table("leadership_rule_body_kind", "rule_seq", "seq", "body_kind");
    int seq = 0;
    for (LeadershipRule r : register.getLeadershipRules()) {
      rows.add(seq, r.getRole(), r.getLeadership());
      kinds.addAll(seq++, r.getBodyKinds());
    }
  }
}
