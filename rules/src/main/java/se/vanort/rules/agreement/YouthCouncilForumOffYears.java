package se.vanort.rules.agreement;

import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.Chain;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.obligation.ObligationRule;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * {@code va.youth-council-forum-off-years}: the requirement and its interpretation are in the
 * catalogue data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their
 * logic. A permission: each year of the agreement outside the conference cycle is an optional item
 * of the calendar, listing the chain's forums held that year; it is never missed, so the rule never
 * reports a finding.
 */
final class YouthCouncilForumOffYears extends ObligationRule {
  YouthCouncilForumOffYears() {
    super("va.youth-council-forum-off-years");
  }

  @Override
  public Stream<Obligation> obligations(Evaluation evaluation, DateRange range) {
    Chain chain = Chain.of(evaluation);
    return evaluation.register().getAgreements().stream()
        .flatMap(agreement -> agreement.getPeriod().intersection(range).stream()
            .flatMap(days -> days.years().filter(year -> !agreement.isConferenceYear(year)).boxed()
                .map(year -> optional(
                    obligation("youth-council-forum-" + year + "-" + agreement.getId(), agreement.getId(), year,
                            DateRange.ofYear(year))
                        .addSubjects(RecordRef.of(RecordKind.AGREEMENT, agreement.getId()))
                        .addArguments(String.valueOf(year), agreement.getId().value()),
                    LocalDate.of(year, 12, 31),
                    chain.events(agreement, EventKind.YOUTH_COUNCIL_FORUM, year).stream()
                        .map(forum -> Held.on(forum.getId().value(), forum.getDate())).toList()))));
  }

  @Override
  protected Finding.Builder finding(Evaluation evaluation, Obligation missed) {
    throw new IllegalStateException("a permission is never missed: " + missed.getUid());
  }
}
