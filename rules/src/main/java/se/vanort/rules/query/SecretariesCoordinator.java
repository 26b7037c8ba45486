package se.vanort.rules.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import se.vanort.domain.Register;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Rulebook;

/**
 * Who coordinates the twin-town secretaries' work on a date: "Sekreteraren får den kommun som är värd
 * för nästkommande möte har ansvaret för samordningen av detta arbete" (VA2021/O3).
 *
 * <p>Interpretation: the next meeting is the first twin-town meeting that starts after the date,
 * recorded or planned; the coordinators are the host's twin-town secretaries on the date itself.
 * When there is no next meeting, no host is recorded or the host has no secretary on the date, the
 * answer names no one and says why.
 *
 * <pre>{@code
 * Coordination who = SecretariesCoordinator.on(evaluation, LocalDate.of(2024, 3, 1));
 * if (who.isKnown()) {
 *   who.getCoordinators().forEach(person -> System.out.println(person.displayName()));
 * }
 * System.out.println(who.explanation(Messages.of(Locale.ENGLISH)));
 * }</pre>
 */
public final class SecretariesCoordinator {
  private static final String INDEX = SecretariesCoordinator.class.getName();

  private SecretariesCoordinator() {}

  /** Who coordinates on {@code date} in the register of {@code evaluation}. */
  public static Coordination on(Evaluation evaluation, LocalDate date) {
    Optional<Event> next = evaluation.nextEvent(EventKind.TWIN_TOWN_MEETING, date);
    Coordination.Builder answer = Coordination.builder().date(date);
    if (next.isEmpty()) {
      return answer.explanationKey("query.coordinator.no-next-meeting").addArgument(date.toString()).build();
    }
    Event meeting = next.get();
    answer.nextMeeting(meeting.getId()).meetingDate(meeting.getDate()).host(meeting.getHost());
    if (meeting.getHost().isEmpty()) {
      return answer.explanationKey("query.coordinator.no-host")
          .addArguments(date.toString(), meeting.getId().value(), meeting.getDate().toString())
          .build();
    }
    MunicipalityId host = meeting.getHost().get();
    ImmutableList<Person> secretaries = secretariesOf(evaluation, host).stream()
        .filter(person -> person.holds(Role.TWIN_TOWN_SECRETARY, date))
        .collect(ImmutableList.toImmutableList());
    String meetingArguments = meeting.getId().value();
    if (secretaries.isEmpty()) {
      return answer.explanationKey("query.coordinator.no-secretary")
          .addArguments(date.toString(), meetingArguments, meeting.getDate().toString(), host.value())
          .build();
    }
    return answer.coordinators(secretaries)
        .explanationKey("query.coordinator.found")
        .addArguments(date.toString(), meetingArguments, meeting.getDate().toString(), host.value(),
            secretaries.stream().map(Person::displayName).collect(Collectors.joining(", ")))
        .build();
  }

  /** Who coordinates on {@code date} in {@code register}; see {@link #on(Evaluation, LocalDate)}. */
  public static Coordination on(Register register, LocalDate date) {
    return on(new Evaluation(register, Rulebook.defaultPeriod(register)), date);
  }

  private static ImmutableList<Person> secretariesOf(Evaluation evaluation, MunicipalityId municipality) {
    return evaluation.<ImmutableListMultimap<MunicipalityId, Person>>index(INDEX,
        e -> Multimaps.index(e.holdersOf(Role.TWIN_TOWN_SECRETARY), Person::getMunicipality)).get(municipality);
  }
}
