package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register as a file holds it: plain fields, enums and dates as text, so that Jackson reads
 * the structure and {@link RegisterMapping} judges every value with a message in the file's
 * terms. Field names are the format's names (docs/register-format.md); the order of the fields is
 * the order they are written in.
 */
final class RegisterDto {
  public String id;
  public PerspectiveDto perspective;
  public List<MunicipalityDto> municipalities;
  public List<AgreementDto> agreements;
  public List<StrategyDto> strategies;
  public List<RelationDto> relations;
  public List<BodyDto> bodies;
  public List<PersonDto> people;
  public List<EventDto> events;
  public List<DecisionDto> decisions;
  public List<ProjectDto> projects;
  public List<ReportDto> reports;
  public List<LeadershipRuleDto> leadershipRules;

  static final class PerspectiveDto {
    public String municipality;
    public String asOf;
  }

  static final class MunicipalityDto {
    public String id;
    public String name;
    public String country;
    public String until;
    public String mergedInto;
  }

  static final class PeriodDto {
    public String from;
    public String to;
  }

  static final class CycleDto {
    public Integer everyYears;
    public Integer anchorYear;
  }

  static final class AgreementDto {
    public String id;
    public PeriodDto period;
    public List<PartyDto> parties;
    public CycleDto conferences;
    public CycleDto meetings;
    public Integer revisionEveryYears;
  }

  /** A party: a plain municipality id (a member for the whole period), or {@code {municipality, from, until}}. */
  static final class PartyDto {
    public String municipality;
    public String from;
    public String until;

    PartyDto() {}

    /** The short form: a party written as the municipality's id alone. */
    @JsonCreator
    static PartyDto ofMunicipality(String municipality) {
      PartyDto party = new PartyDto();
      party.municipality = municipality;
      return party;
    }

    /** Written in the short form when there is no membership period to tell. */
    @JsonValue
    Object written() {
      if (from == null && until == null) {
        return municipality;
      }
      Map<String, String> full = new LinkedHashMap<>();
      full.put("municipality", municipality);
      if (from != null) {
        full.put("from", from);
      }
      if (until != null) {
        full.put("until", until);
      }
      return full;
    }
  }

  static final class StrategyDto {
    public String id;
    public String municipality;
    public String adoptedBy;
    public String reportBackBy;
  }

  static final class RelationDto {
    public String id;
    public String municipality;
    public String partner;
    public String kind;
    public Integer since;
    public String until;
    public String theme;
    public String channel;
    public String note;
  }

  static final class BodyDto {
    public String id;
    public String kind;
    public String name;
    public String municipality;
    public String parent;
  }

  static final class PersonDto {
    public String id;
    public String name;
    public String municipality;
    public List<PositionDto> positions;
    public ContactDto contact;
  }

  static final class PositionDto {
    public String body;
    public String role;
    public String from;
    public String until;
  }

  static final class ContactDto {
    public String email;
    public String phone;
  }

  static final class EventDto {
    public String id;
    public String kind;
    public String title;
    public String date;
    public String endDate;
    public String host;
    public String body;
    public String partner;
    public List<String> agenda;
    public String linkedTo;
    public String noticeIssuedBy;
    public String agendaSetBy;
    public String chair;
    public String secretary;
    public List<DelegationDto> delegations;
    public List<String> participants;
    public String project;
    public FundingInvestigationDto fundingInvestigation;
    public PublicationDto publication;
    public List<String> tags;
  }

  static final class DelegationDto {
    public String municipality;
    public List<MemberDto> members;
  }

  /** A delegation member: a plain person id, or {@code {person, capacity}}. */
  static final class MemberDto {
    public String person;
    public String capacity;

    MemberDto() {}

    /** The short form: a member written as the person's id alone. */
    @JsonCreator
    static MemberDto ofPerson(String person) {
      MemberDto member = new MemberDto();
      member.person = person;
      return member;
    }

    /** Written in the short form when there is no capacity to tell. */
    @JsonValue
    Object written() {
      if (capacity == null) {
        return person;
      }
      Map<String, String> full = new LinkedHashMap<>();
      full.put("person", person);
      full.put("capacity", capacity);
      return full;
    }
  }

  static final class DecisionDto {
    public String id;
    public String body;
    public String meeting;
    public String date;
    public Integer paragraph;
    public String matter;
    public List<String> subjects;
    public String summary;
    public List<FollowUpDto> followUps;
  }

  static final class FollowUpDto {
    public String date;
    public String event;
    public String note;
  }

  static final class ProjectDto {
    public String id;
    public String kind;
    public String title;
    public String owner;
    public List<String> participatingBodies;
    public String partner;
    public String relation;
    public List<String> operationalAreas;
    public String theme;
    public PeriodDto period;
    public Boolean groundedInChildRights;
    public BudgetDto budget;
    public List<String> financing;
    public FundingInvestigationDto fundingInvestigation;
    public PublicationDto publication;
    public List<String> participants;
    public SteeringGroupDto steeringGroup;
    public List<ConsultationDto> consultations;
    public Boolean peerMunicipalitiesSought;
    public List<String> tags;
  }

  static final class BudgetDto {
    public Long amount;
    public Boolean withinOwnBudget;
  }

  static final class FundingInvestigationDto {
    public String date;
    public List<String> sources;
    public String outcome;
  }

  static final class PublicationDto {
    public String url;
    public String date;
  }

  static final class SteeringGroupDto {
    public String appointedBy;
    public List<String> members;
  }

  static final class ConsultationDto {
    public String network;
    public String date;
    public String subject;
  }

  static final class ReportDto {
    public String committee;
    public Integer year;
    public String date;
    public Boolean internationalWorkIncluded;
  }

  static final class LeadershipRuleDto {
    public String role;
    public List<String> bodyKinds;
    public String leadership;
  }
}
