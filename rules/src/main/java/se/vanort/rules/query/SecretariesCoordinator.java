package se.vanort.rules.query;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import se.vanort.domain.register.Register;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Chain;
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
 * <p>The answer only changes on the day of a meeting and on the first and the day after the last day
 * of a secretary's position, so the evaluation keeps one answer per stretch between such days and a
 * question is a lookup of the stretch holding its date.
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
  private static final Evaluation.Index<ImmutableSortedMap<LocalDate, Coordination>> STRETCHES =
      Evaluation.Index.of("query.coordinatorStretches", SecretariesCoordinator::stretches);

  private SecretariesCoordinator() {}

  /**
   * {@return who coordinates on {@code date} in the register of {@code evaluation}}
   *
   * @param evaluation the evaluation of a register
   * @param date the day
   */
  public static Coordination on(Evaluation evaluation, LocalDate date) {
    Map.Entry<LocalDate, Coordination> stretch =
        evaluation.get(STRETCHES)
            .floorEntry(date);
    return stretch.getValue().withDate(date);
  }

  /**
   * {@return who coordinates on {@code date} in {@code register}; see {@link #on(Evaluation, LocalDate)}}
   *
   * @param register the register
   * @param date the day
   */
  public static Coordination on(Register register, LocalDate date) {
    return on(new Evaluation(register, Rulebook.defaultPeriod(register)), date);
  }

  private static ImmutableSortedMap<LocalDate, Coordination> stretches(Evaluation evaluation) {
    TreeSet<LocalDate> changes = new TreeSet<>();
    changes.add(LocalDate.MIN);
    evaluation.events(EventKind.TWIN_TOWN_MEETING).stream().filter(Chain.of(evaluation)::includes)
        .forEach(meeting -> changes.add(meeting.getDate()));
    for (Person secretary : evaluation.holdersOf(Role.TWIN_TOWN_SECRETARY)) {
      for (Position position : secretary.getPositions()) {
        if (position.getRole() == Role.TWIN_TOWN_SECRETARY) {
          position.getFrom().ifPresent(changes::add);
          position.getUntil().filter(until -> until.isBefore(LocalDate.MAX)).map(until -> until.plusDays(1))
              .ifPresent(changes::add);
        }
      }
    }
    ImmutableSortedMap.Builder<LocalDate, Coordination> stretches = ImmutableSortedMap.naturalOrder();
    changes.forEach(day -> stretches.put(day, computed(evaluation, day)));
    return stretches.build();
  }

  /** The answer worked out from its definition, without the stretches; what {@link #on} must agree with. */
  static Coordination computed(Evaluation evaluation, LocalDate date) {
    Coordination.Builder answer = Coordination.builder().date(date);
    Optional<Event> next = Chain.of(evaluation).nextMeeting(date);
    next.ifPresent(meeting -> answer.nextMeeting(meeting.getId()).meetingDate(meeting.getDate())
        .host(meeting.getHost()));
    Optional<MunicipalityId> host = next.flatMap(Event::getHost);
    host.ifPresent(municipality -> answer.coordinators(evaluation.secretariesOn(municipality, date)));
    return answer.build();
  }
}
