package se.vanort.rules.strategy;

import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.project.Project;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.activity.Publication;
import se.vanort.rules.RecordKind;

/**
 * An international contact of the municipality in any form (VIS2016/W4 "i varje form av
 * internationell kontakt"): a project owned by one of its bodies, or an exchange or study visit
 * recorded as an event of its own that the municipality takes part in. The strategy judges those that
 * start on or after its adoption.
 *
 * @param kind a project or an event
 * @param id the record's id
 * @param title how a message names it
 * @param days the days it runs
 * @param fundingInvestigation its investigation of external funding, if recorded
 * @param publication its publication on the website, if recorded
 */
record Activity(RecordKind kind, String id, String title, DateRange days, Optional<FundingInvestigation> fundingInvestigation,
    Optional<Publication> publication) {

  /** The activities of {@code scope}'s municipality whose days meet {@code range}, projects first. */
  static Stream<Activity> of(StrategyScope scope, DateRange range) {
    Stream<Activity> projects = scope.register().getProjects().stream()
        .filter(project -> scope.ownBody(project.getOwner()).isPresent())
        .filter(project -> !project.getPeriod().isReversed() && project.getPeriod().overlaps(range))
        .map(Activity::of);
    Stream<Activity> events = scope.register().getEvents().stream()
        .filter(Event::isActivityOfItsOwn)
        .filter(event -> event.isAttendedBy(scope.municipality()))
        .map(Activity::of)
        .filter(activity -> activity.days().overlaps(range));
    return Stream.concat(projects, events).filter(activity -> scope.judges(activity.days().from()));
  }

  /** The activity recorded as the project or the event {@code id}. */
  static Activity find(StrategyScope scope, String id) {
    return scope.register().findProject(ProjectId.of(id)).map(Activity::of)
        .or(() -> scope.register().findEvent(EventId.of(id)).map(Activity::of))
        .orElseThrow(() -> new IllegalArgumentException("no project or event " + id));
  }

  private static Activity of(Project project) {
    return new Activity(RecordKind.PROJECT, project.getId().value(), project.getTitle(), project.getPeriod(),
        project.getFundingInvestigation(), project.getPublication());
  }

  private static Activity of(Event event) {
    return new Activity(RecordKind.EVENT, event.getId().value(), event.getTitle().orElse(event.getId().value()),
        DateRange.of(event.getDate(), event.lastDay()), event.getFundingInvestigation(), event.getPublication());
  }
}
