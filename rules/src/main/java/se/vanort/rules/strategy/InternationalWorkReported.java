package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.rules.Finding;

/**
 * {@code vis.international-work-reported} (VIS2016/R2, SHALL): "Redovisning av pågående
 * internationellt arbete sker i samband med nämndernas återredovisning till kommunfullmäktige."
 *
 * <p>Interpretation: calendar years. In each closed year of the period under the strategy, every
 * committee (or the executive board) that owns or takes part in a project of the municipality
 * running in that year (directly, or through a school or administration under it) has a report back
 * to the council for that year that includes the international work. Key
 * {@code vis.international-work-reported} when no report is recorded,
 * {@code vis.international-work-reported.not-included} when the report leaves the international work
 * out. A project that began before the adoption still counts: what is judged is the year's report.
 */
final class InternationalWorkReported extends StrategyRule {
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
  Stream<Finding> judge(StrategyScope scope) {
    SortedSet<CommitteeYear> due = new TreeSet<>();
    scope.projects().forEach(project -> project.getPeriod().intersection(scope.evaluation().period())
        .ifPresent(running -> running.years().filter(scope::isJudgedYear).forEach(year ->
            Stream.concat(Stream.of(project.getOwner()), project.getParticipatingBodies().stream())
                .map(scope::responsibleCommittee)
                .flatMap(Optional::stream)
                .forEach(committee -> due.add(new CommitteeYear(committee, year))))));
    ImmutableMap<CommitteeYear, CouncilReport> reports = scope.evaluation().index("strategy.reports", e ->
        e.register().getReports().stream().collect(ImmutableMap.toImmutableMap(
            report -> new CommitteeYear(report.getCommittee(), report.getYear()), report -> report,
            (first, second) -> first)));
    return due.stream().flatMap(key -> {
      Optional<CouncilReport> report = Optional.ofNullable(reports.get(key));
      if (report.filter(CouncilReport::isInternationalWorkIncluded).isPresent()) {
        return Stream.empty();
      }
      return Stream.of(finding(report.isPresent()
              ? "vis.international-work-reported.not-included" : "vis.international-work-reported")
          .addSubject(key.committee().value())
          .year(key.year())
          .args(scope.bodyName(key.committee()), key.year())
          .build());
    });
  }
}
