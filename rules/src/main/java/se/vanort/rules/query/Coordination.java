package se.vanort.rules.query;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import se.vanort.domain.VanortStyle;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.event.EventId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Person;
import se.vanort.rules.Messages;

/**
 * The answer to "who coordinates the secretaries' work on this date?" (VA2021/O3): the next
 * twin-town meeting after the date, its host, and the host's twin-town secretaries on the date; or,
 * with no one named, the reason why. The explanation is derived from these on first use.
 */
@Value.Immutable
@VanortStyle
public interface Coordination extends WithCoordination {
  /** The clause that assigns the coordination, {@code VA2021/O3}. */
  ClauseId CLAUSE = ClauseId.of("VA2021/O3");

  /** {@return the date asked about} */
  LocalDate getDate();

  /** {@return the clause the answer rests on} */
  @Value.Default
  default ClauseId getClause() {
    return CLAUSE;
  }

  /** {@return the next twin-town meeting after the date, recorded or planned} */
  Optional<EventId> getNextMeeting();

  /** {@return the day of that meeting} */
  Optional<LocalDate> getMeetingDate();

  /** {@return its host municipality} */
  Optional<MunicipalityId> getHost();

  /**
   * {@return the host's twin-town secretaries on the date: the coordinators} Empty when no one can be named.
   */
  ImmutableList<Person> getCoordinators();

  /** {@return the key of the explanation (or of the reason no one is named) in the query messages} */
  @Value.Lazy
  default String getExplanationKey() {
    if (getNextMeeting().isEmpty()) {
      return "query.coordinator.no-next-meeting";
    }
    if (getHost().isEmpty()) {
      return "query.coordinator.no-host";
    }
    return isKnown() ? "query.coordinator.found" : "query.coordinator.no-secretary";
  }

  /**
   * {@return the arguments of the explanation: the date, the next meeting, its date, its host and the
   * coordinators' names, as far as they are known}
   */
  @Value.Lazy
  default ImmutableList<String> getArguments() {
    ImmutableList.Builder<String> arguments = ImmutableList.<String>builder().add(getDate().toString());
    getNextMeeting().ifPresent(meeting -> arguments.add(meeting.value()));
    getMeetingDate().ifPresent(day -> arguments.add(day.toString()));
    getHost().ifPresent(host -> arguments.add(host.value()));
    if (isKnown()) {
      arguments.add(getCoordinators().stream().map(Person::displayName).collect(Collectors.joining(", ")));
    }
    return arguments.build();
  }

  /** {@return whether someone is named} */
  default boolean isKnown() {
    return !getCoordinators().isEmpty();
  }

  /**
   * {@return the explanation in the language of {@code messages}}
   *
   * @param messages the texts, in the reader's language
   */
  default String explanation(Messages messages) {
    return messages.text(getExplanationKey(), getArguments());
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Coordination}. */
  final class Builder extends ImmutableCoordination.Builder {}
}
