package se.vanort.domain.decision;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.vanort.domain.RecordId;
import se.vanort.domain.NonBlankText;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.event.EventId;
import se.vanort.domain.organisation.BodyId;

/**
 * A decision: by a body of a municipality (the council, § 172 on 2016-06-27), or taken jointly at a
 * twin-town meeting, about a matter and the records it concerns, with its follow-ups.
 *
 * <p>Exactly one of {@link #getBody()} and {@link #getMeeting()} is present; the register's
 * validation reports a decision with neither or both.
 */
@Value.Immutable
@VanortStyle
public interface Decision extends WithDecision {
  /** {@return the id other records use to name it, e.g. {@code kf-2016-172}} */
  DecisionId getId();

  /** {@return the deciding body, for a decision of a municipality} */
  Optional<BodyId> getBody();

  /** {@return the twin-town meeting it was taken at, for a decision of the chain} */
  Optional<EventId> getMeeting();

  /** {@return the day it was taken} */
  LocalDate getDate();

  /** {@return the paragraph of the minutes ({@code §})} */
  Optional<@Positive(message = "must be a positive paragraph number") Integer> getParagraph();

  /** {@return what it is about} */
  Matter getMatter();

  /** {@return the records it concerns: a municipality, a project, a relation, a document such as VIS2016} */
  ImmutableList<RecordId> getSubjects();

  /** {@return what was decided, in a line} */
  Optional<@NonBlankText String> getSummary();

  /** {@return its recorded follow-ups (VA2021/O3), in any order} */
  ImmutableList<@Valid FollowUp> getFollowUps();

  /**
   * {@return whether {@code id} is among its subjects}
   *
   * @param id the id of a record
   */
  default boolean concerns(RecordId id) {
    return getSubjects().contains(id);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}. */
  final class Builder extends ImmutableDecision.Builder {}
}
