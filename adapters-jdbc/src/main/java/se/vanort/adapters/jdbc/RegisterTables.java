package se.vanort.adapters.jdbc;

import com.google.common.collect.ImmutableList;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.vanort.domain.DateRange;
import se.vanort.domain.RecordId;
import se.vanort.domain.activity.FundingSource;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.agreement.Party;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.FollowUp;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.DelegationMember;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.organisation.LeadershipRule;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.project.Consultation;
import se.vanort.domain.project.Project;
import se.vanort.domain.strategy.Strategy;

/**
 * The tables of a register revision ({@code V1__registers.sql} as {@code V3__second_round.sql}
 * extends them), one description per record: which column holds which attribute. Columns are
 * written in the order listed and the child tables of a record right after its row, which is the
 * canonical order of {@link RevisionDigest}: a change of order here changes every stored digest.
 */
final class RegisterTables {
  /** The register's lists, each with the table that holds it, in the order they are written. */
  static final ImmutableList<Table.Child> LISTS = ImmutableList.of(
      list("municipalities", Table.of("municipality", Municipality.class)
          .column("municipality_id", "id").column("name", "name").column("country", "country")
          .column("until_date", "until").column("merged_into", "mergedInto")
          .build()),
      list("agreements", Table.of("agreement", Agreement.class)
          .column("agreement_id", "id")
          .columns("period", period(), row -> DateRange.of(Columns.date(row, "valid_from"), Columns.date(row, "valid_to")),
              "valid_from", "valid_to")
          .columns("conferenceCycle", cycle(), row -> Cycle.of(row.getInt("conference_every_years"),
              row.getInt("conference_anchor_year")), "conference_every_years", "conference_anchor_year")
          .columns("meetingCycle", cycle(), row -> Cycle.of(row.getInt("meeting_every_years"),
              row.getInt("meeting_anchor_year")), "meeting_every_years", "meeting_anchor_year")
          .column("revision_every_years", "revisionEveryYears")
          .child("parties", "agreement_seq", Table.of("agreement_party", Party.class)
              .column("municipality_id", "municipality").column("from_date", "from").column("until_date", "until")
              .build())
          .build()),
      list("strategies", Table.of("strategy", Strategy.class)
          .column("strategy_id", "id").column("municipality_id", "municipality").column("adopted_by", "adoptedBy")
          .columns("reportBackBy", day -> List.of(((MonthDay) day).getMonthValue(), ((MonthDay) day).getDayOfMonth()),
              row -> MonthDay.of(row.getInt("report_back_month"), row.getInt("report_back_day")),
              "report_back_month", "report_back_day")
          .build()),
      list("relations", Table.of("relationship", Relation.class)
          .column("relation_id", "id").column("municipality_id", "municipality").column("partner_id", "partner")
          .column("kind", "kind").column("since_year", "since").column("until_date", "until")
          .column("theme", "theme").column("channel", "channel").column("note", "note")
          .build()),
      list("bodies", Table.of("body", Body.class)
          .column("body_id", "id").column("kind", "kind").column("name", "name")
          .column("municipality_id", "municipality").column("parent_id", "parent")
          .build()),
      list("people", Table.of("person", Person.class)
          .column("person_id", "id").column("name", "name").column("municipality_id", "municipality")
          .flattenedWhen("contact", "has_contact", "email", "email", "phone", "phone")
          .child("positions", "person_seq", Table.of("person_position", Position.class)
              .column("body_id", "body").column("role", "role").column("from_date", "from").column("until_date", "until")
              .build())
          .build()),
      list("events", Table.of("event", Event.class)
          .column("event_id", "id").column("kind", "kind").column("title", "title").column("start_date", "date")
          .column("end_date", "endDate").column("host_id", "host").column("body_id", "body")
          .column("partner_id", "partner").column("linked_to", "linkedTo").column("notice_issued_by", "noticeIssuedBy")
          .column("agenda_set_by", "agendaSetBy").column("chair_id", "chair").column("secretary_id", "secretary")
          .column("project_id", "project")
          .flattened("fundingInvestigation", "funding_investigated_on", "date", "funding_outcome", "outcome")
          .flattened("publication", "publication_url", "url", "publication_date", "date")
          .addedColumn("location", "location")
          .child("fundingInvestigation.sources", "event_seq",
              Table.values("event_funding_investigation_source", "funding_source", FundingSource.class))
          .child("agendaItems", "event_seq", Table.values("event_agenda_item", "agenda_item", AgendaItem.class))
          .child("delegations", "event_seq", Table.of("delegation", Delegation.class)
              .column("municipality_id", "municipality")
              .child("members", "delegation_seq", Table.of("delegation_member", DelegationMember.class)
                  .column("person_id", "person").column("capacity", "capacity")
                  .build())
              .build())
          .child("participants", "event_seq", Table.values("event_participant", "person_id", PersonId.class))
          .child("tags", "event_seq", Table.values("event_tag", "clause_id", ClauseId.class))
          .build()),
      list("decisions", Table.of("decision", Decision.class)
          .column("decision_id", "id").column("body_id", "body").column("meeting_id", "meeting")
          .column("decided_on", "date").column("paragraph", "paragraph").column("matter", "matter")
          .column("summary", "summary")
          .child("subjects", "decision_seq", Table.values("decision_subject", "record_id", RecordId.class))
          .child("followUps", "decision_seq", Table.of("follow_up", FollowUp.class)
              .column("followed_up_on", "date").column("event_id", "event").column("note", "note")
              .build())
          .build()),
      list("projects", Table.of("project", Project.class)
          .column("project_id", "id").column("kind", "kind").column("title", "title").column("owner_id", "owner")
          .column("partner_id", "partner").column("relation_id", "relation").column("theme", "theme")
          .columns("period", period(), row -> DateRange.of(Columns.date(row, "period_from"), Columns.date(row, "period_to")),
              "period_from", "period_to")
          .column("grounded_in_child_rights", "groundedInChildRights")
          .flattened("budget", "budget_amount", "amount", "budget_within_own", "withinOwnBudget")
          .flattened("fundingInvestigation", "funding_investigated_on", "date", "funding_outcome", "outcome")
          .flattened("publication", "publication_url", "url", "publication_date", "date")
          .flattened("steeringGroup", "steering_group_appointed_by", "appointedBy")
          .column("peer_municipalities_sought", "peerMunicipalitiesSought")
          .child("participatingBodies", "project_seq", Table.values("project_participating_body", "body_id", BodyId.class))
          .child("operationalAreas", "project_seq", Table.values("project_operational_area", "area", String.class))
          .child("financing", "project_seq", Table.values("project_financing", "funding_source", FundingSource.class))
          .child("fundingInvestigation.sources", "project_seq",
              Table.values("funding_investigation_source", "funding_source", FundingSource.class))
          .child("participants", "project_seq", Table.values("project_participant", "person_id", PersonId.class))
          .child("steeringGroup.members", "project_seq", Table.values("steering_group_member", "person_id", PersonId.class))
          .child("consultations", "project_seq", Table.of("consultation", Consultation.class)
              .column("network_id", "network").column("consulted_on", "date").column("subject", "subject")
              .build())
          .child("tags", "project_seq", Table.values("project_tag", "clause_id", ClauseId.class))
          .build()),
      list("reports", Table.of("council_report", CouncilReport.class)
          .column("committee_id", "committee").column("report_year", "year").column("reported_on", "date")
          .column("international_work_included", "internationalWorkIncluded")
          .build()),
      list("leadershipRules", Table.of("leadership_rule", LeadershipRule.class)
          .column("role", "role").column("leadership", "leadership")
          .child("bodyKinds", "rule_seq", Table.values("leadership_rule_body_kind", "body_kind", BodyKind.class))
          .build()));

  /** Every table that holds records of a revision, keyed by register_id and revision, parents first. */
  static final ImmutableList<String> TABLES = tableNames(LISTS);

  private RegisterTables() {}

  private static Table.Child list(String attribute, Table table) {
    return new Table.Child(attribute, null, table);
  }

  private static ImmutableList<String> tableNames(List<Table.Child> lists) {
    List<String> names = new ArrayList<>();
    for (Table.Child list : lists) {
      names.add(list.table().name());
      names.addAll(tableNames(list.table().children()));
    }
    return ImmutableList.copyOf(names);
  }

  private static Function<Object, List<Object>> period() {
    return value -> List.<Object>of(((DateRange) value).from(), ((DateRange) value).to());
  }

  private static Function<Object, List<Object>> cycle() {
    return value -> List.<Object>of(((Cycle) value).everyYears(), ((Cycle) value).anchorYear());
  }
}
