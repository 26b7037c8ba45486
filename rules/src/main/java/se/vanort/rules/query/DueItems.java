package se.vanort.rules.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.MandatePeriod;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;
import se.vanort.domain.strategy.Strategy;
import se.vanort.rules.Evaluation;

/**
 * Works out a {@link DueCalendar}. The items of a calendar year and the revision of a mandate period
 * do not depend on the range asked, so each is worked out once per evaluation and kept; a calendar is
 * then the kept items of the years it touches, in order, and the calendar of whole years is kept too.
 */
final class DueItems {
  private static final String INDEX = DueItems.class.getName();
  private static final String REPORTS_INDEX = DueItems.class.getName() + ".reports";
  private static final int NETWORK_MEETINGS_PER_YEAR = 2;

  private final Evaluation evaluation;
  private final Register register;
  private final MunicipalityId perspective;
  private final List<DueItem> items = new ArrayList<>();

  private DueItems(Evaluation evaluation) {
    this.evaluation = evaluation;
    this.register = evaluation.register();
    this.perspective = evaluation.perspective();
  }

  /** What one evaluation has worked out so far. */
  private static final class Kept {
    private final Map<Integer, ImmutableList<DueItem>> years = new ConcurrentHashMap<>();
    private final Map<MandatePeriod, ImmutableList<DueItem>> revisions = new ConcurrentHashMap<>();
    private final Map<DateRange, DueCalendar> wholeYears = new ConcurrentHashMap<>();
  }

  static DueCalendar calendar(Evaluation evaluation, DateRange range) {
    checkArgument(!range.isReversed(), "the range %s ends before it starts", range);
    Kept kept = evaluation.index(INDEX, e -> new Kept());
    // Calendars of whole years are kept: there are few of them, and they are what is asked again and again.
    if (range.equals(DateRange.ofYears(range.from().getYear(), range.to().getYear()))) {
      return kept.wholeYears.computeIfAbsent(range, whole -> calendar(evaluation, kept, whole));
    }
    return calendar(evaluation, kept, range);
  }

  private static DueCalendar calendar(Evaluation evaluation, Kept kept, DateRange range) {
    List<DueItem> items = new ArrayList<>();
    range.years().forEach(year ->
        items.addAll(kept.years.computeIfAbsent(year, y -> new DueItems(evaluation).ofYear(y))));
    MandatePeriod last = MandatePeriod.containing(range.to());
    for (MandatePeriod period = MandatePeriod.containing(range.from()); period.compareTo(last) <= 0;
        period = period.next()) {
      // A revision of the strategy belongs to the range that holds its date, not to every year it spans.
      kept.revisions.computeIfAbsent(period, p -> new DueItems(evaluation).ofMandatePeriod(p)).stream()
          .filter(item -> range.contains(item.getDate()))
          .forEach(items::add);
    }
    return DueCalendar.builder()
        .range(range)
        .asOf(evaluation.asOf())
        .items(ImmutableList.sortedCopyOf(DueItem.ORDER, items))
        .build();
  }

  private ImmutableList<DueItem> ofYear(int year) {
    register.getAgreements().forEach(agreement -> chain(agreement, year));
    evaluation.strategy().ifPresent(strategy -> perspective(strategy, year));
    return ImmutableList.copyOf(items);
  }

  private ImmutableList<DueItem> ofMandatePeriod(MandatePeriod period) {
    evaluation.strategy().ifPresent(strategy -> strategyRevision(strategy, period));
    return ImmutableList.copyOf(items);
  }

  private void chain(Agreement agreement, int year) {
    DocumentId document = agreement.getId();
    if (DateRange.ofYear(year).overlaps(agreement.getPeriod())) {
      String suffix = year + "-" + document;
      if (agreement.isConferenceYear(year)) {
        ImmutableList<Event> conferences = evaluation.events(EventKind.CONFERENCE, year);
        settle(item(DueKind.CONFERENCE, year, suffix, document, null), yearEnd(year), held(conferences));
        Set<EventId> conferenceIds = conferences.stream().map(Event::getId).collect(ImmutableSet.toImmutableSet());
        settle(item(DueKind.YOUTH_CAMP, year, suffix, document, null), yearEnd(year),
            held(evaluation.events(EventKind.YOUTH_CAMP, year).stream()
                .filter(camp -> camp.getLinkedTo().map(conferenceIds::contains).orElse(false))));
      } else {
        optional(item(DueKind.YOUTH_COUNCIL_FORUM, year, suffix, document, null), yearEnd(year),
            held(evaluation.events(EventKind.YOUTH_COUNCIL_FORUM, year)));
      }
      if (agreement.isMeetingYear(year)) {
        settle(item(DueKind.TWIN_TOWN_MEETING, year, suffix, document, null), yearEnd(year),
            held(evaluation.events(EventKind.TWIN_TOWN_MEETING, year)));
      }
      settle(item(DueKind.SECRETARIES_MEETING, year, suffix, document, null), yearEnd(year),
          held(evaluation.events(EventKind.SECRETARIES_MEETING, year)));
    }
    int revisionYear = agreement.getRevisionYear();
    if (revisionYear == year) {
      RecordId subject = RecordId.of(document.value());
      List<Held> revisions = evaluation.decisions(Matter.REVISE_AGREEMENT).stream()
          .filter(decision -> decision.getDate().getYear() == revisionYear)
          .filter(decision -> decision.getSubjects().isEmpty() || decision.concerns(subject))
          .map(decision -> new Held(decision.getId().value(), Optional.of(decision.getDate())))
          .sorted().toList();
      // Until the revision is recorded, it is due at the conference of that year, when one is planned.
      Optional<LocalDate> conference = evaluation.events(EventKind.CONFERENCE, revisionYear).stream()
          .map(Event::getDate).min(Comparator.naturalOrder());
      settle(item(DueKind.AGREEMENT_REVISION, revisionYear, revisionYear + "-" + document, document, null),
          yearEnd(revisionYear), revisions, 1, conference);
    }
  }

  private void perspective(Strategy strategy, int year) {
    if (year < adopted(strategy).getYear()) {
      return;
    }
    DocumentId document = strategy.getId();
    String who = perspective.value();
    boolean conferenceYear = register.getAgreements().stream()
        .filter(agreement -> agreement.isParty(perspective))
        .filter(agreement -> DateRange.ofYear(year).overlaps(agreement.getPeriod()))
        .anyMatch(agreement -> agreement.isConferenceYear(year));
    if (conferenceYear) {
      settle(item(DueKind.NORDIC_MEETING, year, year + "-" + who, document, perspective), yearEnd(year),
          held(evaluation.events(EventKind.CONFERENCE, year).stream()
              .filter(conference -> conference.delegationOf(perspective).isPresent())));
    }
    List<Held> networkMeetings = held(evaluation.events(EventKind.NETWORK_MEETING, year).stream()
        .filter(this::isOwnNetworkMeeting));
    for (int nth = 1; nth <= NETWORK_MEETINGS_PER_YEAR; nth++) {
      settle(item(DueKind.NETWORK_MEETING, year, year + "-" + nth + "-" + who, document, perspective, nth),
          yearEnd(year), networkMeetings, nth, Optional.empty());
    }
    settle(item(DueKind.REGIONAL_NETWORK_MEETING, year, year + "-" + who, document, perspective),
        yearEnd(year), held(evaluation.events(EventKind.REGIONAL_NETWORK_MEETING, year).stream()
            .filter(this::coordinatorTakesPart)));
    committeesWithInternationalWork(year).forEach(committee -> settle(
        item(DueKind.COUNCIL_REPORT, year, year + "-" + committee.getId(), document, perspective,
            committee.getId() + " " + committee.getName()),
        yearEnd(year), reportsOf(committee.getId(), year)));
  }

  private LocalDate adopted(Strategy strategy) {
    return register.findDecision(strategy.getAdoptedBy()).map(Decision::getDate).orElse(LocalDate.MIN);
  }

  private void strategyRevision(Strategy strategy, MandatePeriod period) {
    if (period.end().isBefore(adopted(strategy))) {
      return;
    }
    RecordId subject = RecordId.of(strategy.getId().value());
    // The adoption itself renews the strategy for the period it falls in.
    List<Held> revisions = Stream.concat(
            register.findDecision(strategy.getAdoptedBy()).stream(),
            evaluation.decisions(Matter.REVISE_STRATEGY).stream().filter(decision -> decision.concerns(subject)))
        .filter(decision -> period.contains(decision.getDate()))
        .map(decision -> new Held(decision.getId().value(), Optional.of(decision.getDate())))
        .sorted().toList();
    settle(
        item(DueKind.STRATEGY_REVISION, period.end().getYear(), period.electionYear() + "-" + strategy.getId(),
            strategy.getId(), perspective, period.toString()),
        period.end(), revisions, 1, Optional.empty());
  }

  private boolean isOwnNetworkMeeting(Event meeting) {
    return meeting.getHost().map(perspective::equals).orElse(true)
        && meeting.getBody().flatMap(register::findBody).flatMap(Body::getMunicipality)
            .map(perspective::equals).orElse(true);
  }

  private boolean coordinatorTakesPart(Event meeting) {
    return Stream.concat(meeting.getParticipants().stream(),
            meeting.delegationOf(perspective).map(Delegation::memberIds).orElse(ImmutableList.of()).stream())
        .flatMap(id -> register.findPerson(id).stream())
        .anyMatch(person -> person.getMunicipality().equals(perspective)
            && person.holds(Role.INTERNATIONAL_COORDINATOR, meeting.getDate()));
  }

  // A committee (or the executive board) of the perspective has international work in a year when it
  // owns or takes part in a project running in that year.
  private ImmutableList<Body> committeesWithInternationalWork(int year) {
    DateRange whole = DateRange.ofYear(year);
    return register.getProjects().stream()
        .filter(project -> project.getPeriod().overlaps(whole))
        .flatMap(DueItems::bodiesOf)
        .distinct()
        .flatMap(id -> register.findBody(id).stream())
        .filter(body -> body.getKind() == BodyKind.COMMITTEE || body.getKind() == BodyKind.EXECUTIVE_BOARD)
        .filter(body -> body.getMunicipality().map(perspective::equals).orElse(true))
        .sorted(Comparator.comparing(Body::getId))
        .collect(ImmutableList.toImmutableList());
  }

  private static Stream<BodyId> bodiesOf(Project project) {
    return Stream.concat(Stream.of(project.getOwner()), project.getParticipatingBodies().stream());
  }

  private List<Held> reportsOf(BodyId committee, int year) {
    return evaluation.<ImmutableListMultimap<CommitteeYear, CouncilReport>>index(REPORTS_INDEX,
            e -> ImmutableListMultimap.copyOf(e.register().getReports().stream()
                .filter(CouncilReport::isInternationalWorkIncluded)
                .collect(ImmutableListMultimap.toImmutableListMultimap(
                    report -> new CommitteeYear(report.getCommittee(), report.getYear()), report -> report))))
        .get(new CommitteeYear(committee, year)).stream()
        .map(report -> new Held(committee + "/" + year, report.getDate()))
        .sorted().toList();
  }

  private record CommitteeYear(BodyId committee, int year) {}

  private static LocalDate yearEnd(int year) {
    return LocalDate.of(year, 12, 31);
  }

  private DueItem.Builder item(
      DueKind kind, int year, String uidSuffix, DocumentId document, MunicipalityId municipality, Object... extra) {
    DueItem.Builder item = DueItem.builder()
        .uid(kind.slug() + "-" + uidSuffix)
        .kind(kind)
        .year(year)
        .clause(kind.clause())
        .rule(kind.rule())
        .document(document)
        .municipality(Optional.ofNullable(municipality))
        .descriptionKey(kind.messageKey())
        .addArgument(String.valueOf(year))
        .addArgument(municipality == null ? document.value() : municipality.value());
    for (Object argument : extra) {
      item.addArgument(String.valueOf(argument));
    }
    return item;
  }

  /** A record that may satisfy an item, by id and date (a council report may have none). */
  private record Held(String id, Optional<LocalDate> date) implements Comparable<Held> {
    @Override
    public int compareTo(Held other) {
      return Comparator.comparing((Held held) -> held.date.orElse(LocalDate.MIN))
          .thenComparing(Held::id).compare(this, other);
    }
  }

  private static List<Held> held(List<Event> events) {
    return held(events.stream());
  }

  private static List<Held> held(Stream<Event> events) {
    return events.map(event -> new Held(event.getId().value(), Optional.of(event.getDate()))).sorted().toList();
  }

  private void settle(DueItem.Builder item, LocalDate deadline, List<Held> candidates) {
    settle(item, deadline, candidates, 1, Optional.empty());
  }

  /**
   * Sets the status, date and records of {@code item}, which the {@code nth} of {@code candidates}
   * (sorted by date) satisfies once it lies on or before the as-of date; adds it to the calendar.
   */
  private void settle(
      DueItem.Builder item, LocalDate deadline, List<Held> candidates, int nth, Optional<LocalDate> fallbackDate) {
    List<Held> past = candidates.stream().filter(h -> h.date.map(evaluation::isPast).orElse(true)).toList();
    List<Held> planned = candidates.subList(past.size(), candidates.size());
    item.deadline(deadline);
    if (past.size() >= nth) {
      Held satisfying = past.get(nth - 1);
      item.status(DueStatus.DONE)
          .date(satisfying.date.orElse(deadline))
          .dateRecorded(satisfying.date.isPresent())
          .records(recordsOf(nth == 1 ? past : List.of(satisfying)));
    } else {
      int next = nth - past.size() - 1;
      Optional<LocalDate> date = next < planned.size() ? planned.get(next).date : fallbackDate;
      item.status(evaluation.isPast(deadline) ? DueStatus.MISSED : DueStatus.DUE)
          .date(date.orElse(deadline))
          .dateRecorded(date.isPresent())
          .records(next < planned.size() ? recordsOf(nth == 1 ? planned : List.of(planned.get(next))) : List.of());
    }
    items.add(item.build());
  }

  private void optional(DueItem.Builder item, LocalDate deadline, List<Held> candidates) {
    Optional<LocalDate> first = candidates.stream().findFirst().flatMap(Held::date);
    items.add(item.deadline(deadline)
        .status(DueStatus.OPTIONAL)
        .date(first.orElse(deadline))
        .dateRecorded(first.isPresent())
        .records(recordsOf(candidates))
        .build());
  }

  private static ImmutableList<String> recordsOf(List<Held> held) {
    return held.stream().map(Held::id).collect(ImmutableList.toImmutableList());
  }
}
