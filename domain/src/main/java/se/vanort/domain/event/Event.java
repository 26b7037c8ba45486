package se.vanort.domain.event;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.activity.Publication;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.PersonId;

/**
 * Something that took place (or is planned) on a date: a conference, a twin-town meeting, a youth
 * camp, a secretaries' meeting, a network meeting, a visit or an exchange, with its host, agenda,
 * the event it belongs to, the delegations, and who issued the notice and chaired and minuted it.
 */
@Value.Immutable
@VanortStyle
public interface Event extends WithEvent {
  /** {@return the id other records use to name it} */
  EventId getId();

  /** {@return what kind of event it is} */
  EventKind getKind();

  /** {@return a title, e.g. "Vänortskonferens i Kauhava"} */
  Optional<@NonBlankText String> getTitle();

  /** {@return the first day} */
  LocalDate getDate();

  /** {@return the last day of an event of several days} */
  Optional<LocalDate> getEndDate();

  /** {@return the host municipality} */
  Optional<MunicipalityId> getHost();

  /** {@return the body that met, for network meetings} */
  Optional<BodyId> getBody();

  /** {@return the partner municipality of a visit or exchange} */
  Optional<MunicipalityId> getPartner();

  /** {@return the agenda items that rules look for} */
  ImmutableSet<AgendaItem> getAgendaItems();

  /** {@return the event this one belongs to: a youth camp's conference} */
  Optional<EventId> getLinkedTo();

  /** {@return the municipality that issued the notice ({@code kallelse})} */
  Optional<MunicipalityId> getNoticeIssuedBy();

  /** {@return the municipality that set the agenda ({@code dagordning})} */
  Optional<MunicipalityId> getAgendaSetBy();

  /** {@return who chaired the meeting} */
  Optional<PersonId> getChair();

  /** {@return who kept the minutes} */
  Optional<PersonId> getSecretary();

  /** {@return the delegations, one per sending municipality} */
  ImmutableList<@Valid Delegation> getDelegations();

  /** {@return participants outside delegations: the members present at a network meeting, say} */
  ImmutableList<PersonId> getParticipants();

  /**
   * {@return the project this event is part of (a study visit within a partnership project, say):
   * the project then carries the funding investigation and the publication, and the event is not
   * judged as an activity of its own}
   */
  Optional<ProjectId> getProject();

  /**
   * {@return the investigation of external funding for an exchange or study visit recorded as an
   * event of its own (VIS2016/W4), if one was recorded}
   */
  Optional<@Valid FundingInvestigation> getFundingInvestigation();

  /**
   * {@return the publication of an exchange or study visit on the municipality's website
   * (VIS2016/N1), if recorded}
   */
  Optional<@Valid Publication> getPublication();

  /** {@return the strategies of VA2021 (S1–S5) and goals of VIS2016 (G1–G8) the event serves} */
  ImmutableSet<ClauseId> getTags();

  /** {@return the calendar year of its first day} */
  default int year() {
    return getDate().getYear();
  }

  /**
   * {@return the delegation of {@code municipality}, if it sent one}
   *
   * @param municipality the municipality
   */
  default Optional<Delegation> delegationOf(MunicipalityId municipality) {
    ImmutableList<Delegation> delegations = getDelegations();
    for (int i = 0; i < delegations.size(); i++) {
      if (delegations.get(i).getMunicipality().equals(municipality)) {
        return Optional.of(delegations.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether {@code municipality} takes part in the event: it hosts it or sends a
   * delegation (the catalogue's "taking part")}
   *
   * @param municipality the municipality
   */
  default boolean isAttendedBy(MunicipalityId municipality) {
    if (getHost().isPresent() && getHost().get().equals(municipality)) {
      return true;
    }
    ImmutableList<Delegation> delegations = getDelegations();
    for (int i = 0; i < delegations.size(); i++) {
      if (delegations.get(i).getMunicipality().equals(municipality)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether the event is an international contact of its own under VIS2016/W4 and N1: an
   * exchange or a study visit that is not part of a project}
   */
  default boolean isActivityOfItsOwn() {
    return (getKind() == EventKind.EXCHANGE || getKind() == EventKind.STUDY_VISIT) && getProject().isEmpty();
  }

  /** {@return the last day: the end date, or the first day of a one-day event} */
  default LocalDate lastDay() {
    return getEndDate().orElse(getDate());
  }

  /**
   * {@return whether the agenda holds {@code item}}
   *
   * @param item the agenda item
   */
  default boolean hasAgendaItem(AgendaItem item) {
    return getAgendaItems().contains(item);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Event}. */
  final class Builder extends ImmutableEvent.Builder {}
}
