package se.vanort.rules.agreement;

import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Stream;
import se.vanort.domain.register.Register;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.organisation.PersonId;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * {@code va.delegation-has-leadership}: the requirement and its interpretation are the catalogue's
 * ({@code rules show}); this class is their logic. Leadership counts only in the delegation's own
 * municipality ({@link Register#leadershipOn(se.vanort.domain.organisation.PersonId, java.time.LocalDate,
 * se.vanort.domain.municipality.MunicipalityId)}).
 */
final class DelegationHasLeadership extends BaseRule {
  DelegationHasLeadership() {
    super("va.delegation-has-leadership");
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    return Stream.of(EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING)
        .flatMap(kind -> Scope.pastChainEvents(evaluation, kind))
        .flatMap(event -> event.getDelegations().stream()
            .filter(delegation -> isParty(evaluation, event, delegation))
            .flatMap(delegation -> check(evaluation.register(), event, delegation)));
  }

  private static boolean isParty(Evaluation evaluation, Event event, Delegation delegation) {
    return Scope.of(evaluation).stream().anyMatch(scope -> scope.covers(evaluation, event)
        && evaluation.register().isBoundOn(scope.agreement(), delegation.getMunicipality(), event.getDate()));
  }

  private Stream<Finding> check(Register register, Event event, Delegation delegation) {
    EnumSet<Leadership> present = EnumSet.noneOf(Leadership.class);
    delegation.memberIds().forEach(member -> present.addAll(
        register.leadershipOn(member, event.getDate(), delegation.getMunicipality())));
    return EnumSet.complementOf(present).stream()
        .map(missing -> findingOn(event, delegation, missing));
  }

  private Finding findingOn(Event event, Delegation delegation, Leadership missing) {
    Finding.Builder finding = finding("va.delegation-has-leadership." + missing.name().toLowerCase(Locale.ROOT))
        .subject(RecordKind.EVENT, event.getId())
        .municipality(delegation.getMunicipality())
        .date(event.getDate());
    return finding
        .subjects(RecordKind.PERSON, delegation.memberIds())
        .fact("event", Fact.ref(RecordKind.EVENT, event.getId()))
        .fact("date", Fact.date(event.getDate()))
        .fact("municipality", Fact.ref(RecordKind.MUNICIPALITY, delegation.getMunicipality()))
        .fact("members", Fact.refs(RecordKind.PERSON, delegation.memberIds()))
        .build();
  }
}
