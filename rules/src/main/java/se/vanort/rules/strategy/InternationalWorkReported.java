package se.vanort.rules.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.project.Project;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * {@code vis.international-work-reported}: the requirement and its interpretation are in the
 * catalogue data ({@code VIS2016.catalogue}, shown by {@code rules show}); this class is their
 * logic. One obligation per committee (or the executive board) with international work in a year
 * (it owns or takes part in a project running that year, or answers for a school or administration
 * that does), due by the strategy's report-back day of the next year (30 June) and satisfied by its
 * report for that year that includes the international work, known by the as-of date.
 */
final class InternationalWorkReported extends StrategyObligationRule {
  InternationalWorkReported() {
    super("vis.international-work-reported");
  }

  private record CommitteeYear(BodyId committee, int year) implements Comparable<CommitteeYear> {
    @Override
    public int compareTo(CommitteeYear other) {
      int byYear = Integer.compare(year, other.year);
      return byYear != 0 ? byYear : committee.compareTo(other.committee);
    }
  }

  @Override
  Stream<Obligation> obligations(StrategyScope scope, DateRange range) {
    SortedSet<CommitteeYear> due = new TreeSet<>();
    for (Project project : scope.register().getProjects()) {
      Optional<DateRange> running = project.getPeriod().intersection(range);
      if (running.isEmpty() || scope.ownBody(project.getOwner()).isEmpty()) {
        continue;
      }
      for (int year = running.get().from().getYear(); year <= running.get().to().getYear(); year++) {
        if (!scope.judges(LocalDate.of(year, 1, 1))) {
          continue;
        }
        addCommittee(scope, project.getOwner(), year, due);
        for (BodyId participant : project.getParticipatingBodies()) {
          addCommittee(scope, participant, year, due);
        }
      }
    }
    // The reports indexed once by committee and year, not searched per obligation.
    Map<CommitteeYear, List<CouncilReport>> reports = reportsByCommitteeYear(scope);
    return due.stream().map(key -> settle(scope.evaluation(),
        obligation("council-report-" + key.year() + "-" + key.committee(), scope.strategy().getId(), key.year(),
                DateRange.ofYear(key.year()))
            .municipality(scope.municipality())
            .addSubjects(RecordRef.of(RecordKind.BODY, key.committee()))
            .addArguments(String.valueOf(key.year()), scope.municipalityName(scope.municipality()),
                scope.bodyName(key.committee())),
        scope.strategy().reportBackDeadline(key.year()),
        reports.getOrDefault(key, List.of()).stream().filter(CouncilReport::isInternationalWorkIncluded)
            .map(report -> new Held(key.committee() + "/" + key.year(), report.getDate())).toList()));
  }

  private static void addCommittee(StrategyScope scope, BodyId body, int year, SortedSet<CommitteeYear> due) {
    scope.responsibleCommittee(body).ifPresent(committee -> due.add(new CommitteeYear(committee, year)));
  }

  private static Map<CommitteeYear, List<CouncilReport>> reportsByCommitteeYear(StrategyScope scope) {
    Map<CommitteeYear, List<CouncilReport>> byKey = new HashMap<>();
    for (CouncilReport report : scope.register().getReports()) {
      byKey.computeIfAbsent(new CommitteeYear(report.getCommittee(), report.getYear()), key -> new ArrayList<>())
          .add(report);
    }
    return byKey;
  }

  private static Stream<CouncilReport> reports(StrategyScope scope, CommitteeYear key) {
    return scope.register().getReports().stream()
        .filter(report -> report.getCommittee().equals(key.committee()) && report.getYear() == key.year());
  }

  @Override
  Finding.Builder finding(StrategyScope scope, Obligation missed) {
    BodyId committee = BodyId.of(missed.getSubjects().get(0).id());
    List<CouncilReport> known = reports(scope, new CommitteeYear(committee, missed.getYear()))
        .filter(report -> report.getDate().map(scope.evaluation()::isPast).orElse(true)).toList();
    String key = known.isEmpty() ? "vis.international-work-reported"
        : known.stream().anyMatch(CouncilReport::isInternationalWorkIncluded)
            ? "vis.international-work-reported.late" : "vis.international-work-reported.not-included";
    return finding(key)
        .addAllSubjects(missed.getSubjects())
        .year(missed.getYear())
        .fact("committee", Fact.ref(RecordKind.BODY, committee))
        .fact("year", Fact.year(missed.getYear()))
        .fact("deadline", Fact.date(missed.getDeadline()));
  }
}
