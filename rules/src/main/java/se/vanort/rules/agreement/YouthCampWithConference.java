package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.RuleId;
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
 * {@code va.youth-camp-with-conference}: the requirement and its interpretation are in the
 * catalogue data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their
 * logic. One obligation per conference year, satisfied by a camp of the chain in that year that is
 * linked to a conference of the chain held that year, either by the register ({@code linkedTo}) or,
 * where the register does not link it, because the conference's host holds it within {@link
 * #DAYS_APART} days of the conference's dates.
 */
final class YouthCampWithConference extends ObligationRule {
  /**
   * How far apart a camp and a conference of the same host may lie and still be "i anknytning": the rule's
   * parameter {@code days-apart} in the catalogue data, which its interpretation names too.
   */
  static final int DAYS_APART =
      Documents.VA2021.rule(RuleId.of("va.youth-camp-with-conference")).parameter("days-apart");
  /** The variant of the calendar's description when only the host and the dates link the camp. */
  static final String INFERRED = "inferred-link";

  YouthCampWithConference() {
    super("va.youth-camp-with-conference");
  }

  @Override
  public Stream<Obligation> obligations(Evaluation evaluation, DateRange range) {
    Chain chain = Chain.of(evaluation);
    return evaluation.register().getAgreements().stream()
        .flatMap(agreement -> agreement.getPeriod().intersection(range).stream()
            .flatMap(days -> days.years().filter(agreement::isConferenceYear).boxed()
                .map(year -> obligation(evaluation, chain, agreement, year))));
  }

  private Obligation obligation(Evaluation evaluation, Chain chain, Agreement agreement, int year) {
    String document = agreement.getId().value();
    ImmutableList<Event> conferences = chain.events(agreement, EventKind.CONFERENCE, year);
    ImmutableList<Event> linked = chain.events(agreement, EventKind.YOUTH_CAMP, year).stream()
        .filter(camp -> conferences.stream().anyMatch(conference -> isLinked(camp, conference)))
        .collect(ImmutableList.toImmutableList());
    Obligation.Builder obligation =
        obligation("youth-camp-" + year + "-" + document, agreement.getId(), year, DateRange.ofYear(year))
            .addSubjects(RecordRef.of(RecordKind.AGREEMENT, document))
            .addArguments(String.valueOf(year), document);
    // Where only the host and the dates link the camps, the calendar says the link was inferred.
    if (!linked.isEmpty() && linked.stream().allMatch(camp -> camp.getLinkedTo().isEmpty())) {
      obligation.descriptionVariant(INFERRED);
    }
    return settle(evaluation, obligation, LocalDate.of(year, 12, 31),
        linked.stream().map(camp -> Held.on(camp.getId().value(), camp.getDate())).toList());
  }

  /**
   * Whether {@code camp} is held "i anknytning till" {@code conference}: linked by the register, or,
   * where it is linked to nothing, held by the conference's host within {@link #DAYS_APART} days of it.
   */
  static boolean isLinked(Event camp, Event conference) {
    if (camp.getLinkedTo().isPresent()) {
      return camp.getLinkedTo().get().equals(conference.getId());
    }
    return isNearByHost(camp, conference);
  }

  /** Whether the conference's host holds {@code camp} within {@link #DAYS_APART} days of {@code conference}. */
  static boolean isNearByHost(Event camp, Event conference) {
    return camp.getHost().isPresent() && camp.getHost().equals(conference.getHost())
        && !camp.getDate().isAfter(conference.lastDay().plusDays(DAYS_APART))
        && !camp.lastDay().isBefore(conference.getDate().minusDays(DAYS_APART));
  }

  @Override
  protected Finding.Builder finding(Evaluation evaluation, Obligation missed) {
    Agreement agreement = evaluation.register().findAgreement(missed.getDocument()).orElseThrow();
    Chain chain = Chain.of(evaluation);
    int year = missed.getYear();
    ImmutableList<Event> camps = chain.events(agreement, EventKind.YOUTH_CAMP, year);
    Finding.Builder finding = camps.isEmpty()
        ? finding().addAllSubjects(missed.getSubjects())
        : finding("va.youth-camp-with-conference.unlinked");
    camps.forEach(camp -> finding.subject(RecordKind.EVENT, camp.getId()));
    return finding
        .year(year)
        .fact("year", Fact.year(year))
        .fact("agreement", Fact.ref(RecordKind.AGREEMENT, agreement.getId()))
        .fact("conferences", Fact.refs(RecordKind.EVENT, chain.events(agreement, EventKind.CONFERENCE, year).stream()
            .map(Event::getId).toList()))
        .fact("camps", Fact.refs(RecordKind.EVENT, camps.stream().map(Event::getId).toList()));
  }
}
