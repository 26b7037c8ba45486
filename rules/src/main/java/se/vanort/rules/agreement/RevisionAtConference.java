package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.RecordId;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.AgendaItem;
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
 * {@code va.revision-at-conference}: the requirement and its interpretation are in the catalogue
 * data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic. One
 * obligation per agreement, in its revision year, satisfied by a conference of the chain that year
 * (hosted by a party of the agreement or of its successor) that has the revision on its agenda or
 * at which a decision revising the agreement was taken. A decision revising the agreement that was
 * taken in another year, or not at such a conference, is a finding of its own, dated on the
 * decision.
 */
final class RevisionAtConference extends ObligationRule {
  RevisionAtConference() {
    super("va.revision-at-conference");
  }

  @Override
  public Stream<Obligation> obligations(Evaluation evaluation, DateRange range) {
    return evaluation.register().getAgreements().stream()
        .filter(agreement -> DateRange.ofYear(agreement.getRevisionYear()).overlaps(range))
        .map(agreement -> obligation(evaluation, agreement));
  }

  private Obligation obligation(Evaluation evaluation, Agreement agreement) {
    int year = agreement.getRevisionYear();
    String document = agreement.getId().value();
    ImmutableList<Event> conferences = Chain.of(evaluation).events(agreement, EventKind.CONFERENCE, year);
    return settle(evaluation,
        obligation("agreement-revision-" + year + "-" + document, agreement.getId(), year, DateRange.ofYear(year))
            .addSubjects(RecordRef.of(RecordKind.AGREEMENT, document))
            .addArguments(String.valueOf(year), document),
        LocalDate.of(year, 12, 31),
        conferences.stream().filter(conference -> isRevisedAt(evaluation, agreement, conference))
            .map(conference -> Held.on(conference.getId().value(), conference.getDate())).toList(),
        1, conferences.stream().map(Event::getDate).findFirst());
  }

  private static boolean isRevisedAt(Evaluation evaluation, Agreement agreement, Event conference) {
    return conference.hasAgendaItem(AgendaItem.AGREEMENT_REVISION)
        || revisions(evaluation, agreement).anyMatch(decision -> isTakenAt(decision, conference));
  }

  private static boolean isTakenAt(Decision decision, Event conference) {
    return decision.getMeeting().map(conference.getId()::equals)
        .orElse(DateRange.of(conference.getDate(), conference.lastDay()).contains(decision.getDate()));
  }

  /** The decisions revising {@code agreement}: naming it, or naming nothing and taken within its reach. */
  private static Stream<Decision> revisions(Evaluation evaluation, Agreement agreement) {
    RecordId subject = RecordId.of(agreement.getId().value());
    DateRange reach = agreement.reach();
    return evaluation.decisions(Matter.REVISE_AGREEMENT).stream()
        .filter(decision -> decision.concerns(subject)
            || (decision.getSubjects().isEmpty() && reach.contains(decision.getDate())));
  }

  @Override
  protected Finding.Builder finding(Evaluation evaluation, Obligation missed) {
    Agreement agreement = evaluation.register().findAgreement(missed.getDocument()).orElseThrow();
    ImmutableList<Event> conferences = Chain.of(evaluation)
        .events(agreement, EventKind.CONFERENCE, agreement.getRevisionYear());
    Finding.Builder finding = conferences.isEmpty() ? finding("va.revision-at-conference.conference") : finding();
    finding.addAllSubjects(missed.getSubjects());
    conferences.forEach(conference -> finding.subject(RecordKind.EVENT, conference.getId()));
    return facts(finding.year(missed.getYear()), agreement, conferences);
  }

  @Override
  protected Stream<Finding> otherFindings(Evaluation evaluation) {
    Chain chain = Chain.of(evaluation);
    return evaluation.register().getAgreements().stream().flatMap(agreement -> {
      ImmutableList<Event> conferences = chain.events(agreement, EventKind.CONFERENCE, agreement.getRevisionYear());
      return revisions(evaluation, agreement)
          .filter(decision -> evaluation.inPeriod(decision.getDate()) && evaluation.isPast(decision.getDate()))
          .filter(decision -> conferences.stream().noneMatch(conference -> isTakenAt(decision, conference)))
          .map(decision -> facts(finding("va.revision-at-conference.decision"), agreement, conferences)
              .subject(RecordKind.DECISION, decision.getId())
              .subject(RecordKind.AGREEMENT, agreement.getId())
              .date(decision.getDate())
              .fact("decision", Fact.ref(RecordKind.DECISION, decision.getId()))
              .fact("decisionDate", Fact.date(decision.getDate()))
              .build());
    });
  }

  private static Finding.Builder facts(Finding.Builder finding, Agreement agreement,
      ImmutableList<Event> conferences) {
    return finding
        .fact("year", Fact.year(agreement.getRevisionYear()))
        .fact("agreement", Fact.ref(RecordKind.AGREEMENT, agreement.getId()))
        .fact("since", Fact.year(agreement.getPeriod().from().getYear()))
        .fact("every", Fact.number(agreement.getRevisionEveryYears()))
        .fact("conferences", Fact.refs(RecordKind.EVENT, conferences.stream().map(Event::getId).toList()));
  }
}
