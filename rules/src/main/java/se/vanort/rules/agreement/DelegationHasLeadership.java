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

/**
 * {@code va.delegation-has-leadership} (VA2021/O1d, SHALL): "Politisk och administrativ ledning ska
 * vara representerade."
 *
 * <p>Interpretation: each delegation a party sends to a conference or a twin-town meeting of the
 * chain, held in the evaluated period on or before the as-of date, includes on the event's first day
 * at least one member with political leadership and at least one with administrative leadership, by
 * the register's classification of positions ({@link Register#leadershipOn}). One person holding
 * both counts for both. Each missing kind is a finding of its own ({@code .political},
 * {@code .administrative}) naming the event and the members. A party that sent no delegation is not
 * this clause's business: the clause governs the make-up of a delegation, not attendance (VIS2016/V2
 * checks Vimmerby's attendance). Delegations of municipalities that are not parties (guests such as
 * a Danish town through Föreningen Norden) are not bound by the agreement.
 *
 * <p>Arguments of the texts: {0} the event, {1} its date, {2} the party, {3} the members.
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
    return Scope.of(evaluation).stream()
        .anyMatch(scope -> scope.covers(event) && scope.agreement().isParty(delegation.getMunicipality()));
  }

  private Stream<Finding> check(Register register, Event event, Delegation delegation) {
    EnumSet<Leadership> present = EnumSet.noneOf(Leadership.class);
    delegation.memberIds().forEach(member -> present.addAll(register.leadershipOn(member, event.getDate())));
    return EnumSet.complementOf(present).stream()
        .map(missing -> findingOn(event, delegation, missing));
  }

  private Finding findingOn(Event event, Delegation delegation, Leadership missing) {
    Finding.Builder finding = finding("va.delegation-has-leadership." + missing.name().toLowerCase(Locale.ROOT))
        .addSubject(event.getId().value())
        .municipality(delegation.getMunicipality())
        .date(event.getDate());
    delegation.memberIds().forEach(member -> finding.addSubject(member.value()));
    return finding
        .args(event.getId().value(), event.getDate().toString(), delegation.getMunicipality().value(),
            Scope.joined(delegation.memberIds().stream().map(PersonId::value)))
        .build();
  }
}
