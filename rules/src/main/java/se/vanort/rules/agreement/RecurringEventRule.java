package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.Chain;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.obligation.Held;
import se.vanort.rules.obligation.Obligation;
import se.vanort.rules.obligation.ObligationRule;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;

/**
 * A rule that requires an event of the chain in each year of a cycle of calendar years: the
 * conference and the meeting every second year. Each year of the cycle that meets the agreement's
 * period is one obligation, due by 31 December and satisfied by an event of the kind belonging to
 * the agreement's chain ({@link Chain}) whose first day lies in that year.
 */
abstract class RecurringEventRule extends ObligationRule {
  private final EventKind kind;
  private final String slug;

  RecurringEventRule(String id, EventKind kind, String slug) {
    super(id);
    this.kind = kind;
    this.slug = slug;
  }

  /** The cycle of years in which {@code agreement} requires the event. */
  abstract Cycle cycle(Agreement agreement);

  @Override
  public final Stream<Obligation> obligations(Evaluation evaluation, DateRange range) {
    Chain chain = Chain.of(evaluation);
    return evaluation.register().getAgreements().stream()
        .flatMap(agreement -> agreement.getPeriod().intersection(range).stream()
            .flatMap(days -> days.years().filter(cycle(agreement)::includes).boxed()
                .map(year -> obligation(evaluation, chain, agreement, year))));
  }

  private Obligation obligation(Evaluation evaluation, Chain chain, Agreement agreement, int year) {
    String document = agreement.getId().value();
    return settle(evaluation,
        obligation(slug + "-" + year + "-" + document, agreement.getId(), year, DateRange.ofYear(year))
            .addSubjects(RecordRef.of(RecordKind.AGREEMENT, document))
            .addArguments(String.valueOf(year), document),
        LocalDate.of(year, 12, 31),
        chain.events(agreement, kind, year).stream().map(e -> Held.on(e.getId().value(), e.getDate())).toList());
  }

  @Override
  protected final Finding.Builder finding(Evaluation evaluation, Obligation missed) {
    Agreement agreement = evaluation.register().findAgreement(missed.getDocument()).orElseThrow();
    Cycle cycle = cycle(agreement);
    Chain chain = Chain.of(evaluation);
    ImmutableList<Integer> years = agreement.getPeriod().intersection(evaluation.period())
        .map(days -> days.years().boxed().collect(ImmutableList.toImmutableList())).orElse(ImmutableList.of());
    ImmutableList<Object> recorded = years.stream().flatMap(year -> chain.events(agreement, kind, year).stream())
        .map(Event::getId).collect(ImmutableList.toImmutableList());
    return finding()
        .addAllSubjects(missed.getSubjects())
        .year(missed.getYear())
        .fact("year", Fact.year(missed.getYear()))
        .fact("agreement", Fact.ref(RecordKind.AGREEMENT, agreement.getId()))
        .fact("years", Fact.years(years.stream().filter(cycle::includes).toList()))
        .fact("every", Fact.number(cycle.everyYears()))
        .fact("anchor", Fact.year(cycle.anchorYear()))
        .fact("recorded", Fact.refs(RecordKind.EVENT, recorded));
  }
}
