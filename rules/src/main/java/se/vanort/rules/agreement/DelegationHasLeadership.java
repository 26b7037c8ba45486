package se.vanort.rules.agreement;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import se.vanort.domain.Kebab;
import se.vanort.domain.register.Register;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.DelegationMember;
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
 * {@code va.delegation-has-leadership}: the requirement and its interpretation are in the catalogue
 * data ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic.
 * Leadership counts only in the delegation's own municipality ({@link
 * Register#leadershipOn(se.vanort.domain.organisation.PersonId, java.time.LocalDate,
 * se.vanort.domain.municipality.MunicipalityId)}).
 */
final class DelegationHasLeadership extends BaseRule {
  private static final List<EventKind> CHAIN_MEETINGS = List.of(EventKind.CONFERENCE, EventKind.TWIN_TOWN_MEETING);
  private static final EnumSet<Leadership> ALL = EnumSet.allOf(Leadership.class);

  DelegationHasLeadership() {
    super("va.delegation-has-leadership");
  }

  @Override
  public Stream<Finding> check(Evaluation evaluation) {
    List<Finding> findings = new ArrayList<>();
    ImmutableList<Scope> scopes = Scope.of(evaluation);
    Register register = evaluation.register();
    for (EventKind kind : CHAIN_MEETINGS) {
      for (Event event : Scope.pastChainEvents(evaluation, kind)) {
        for (Delegation delegation : event.getDelegations()) {
          if (isParty(evaluation, scopes, event, delegation)) {
            check(register, event, delegation, findings);
          }
        }
      }
    }
    return findings.stream();
  }

  private static boolean isParty(Evaluation evaluation, ImmutableList<Scope> scopes, Event event, Delegation delegation) {
    for (Scope scope : scopes) {
      if (scope.covers(evaluation, event)
          && evaluation.register().isBoundOn(scope.agreement(), delegation.getMunicipality(), event.getDate())) {
        return true;
      }
    }
    return false;
  }

  private void check(Register register, Event event, Delegation delegation, List<Finding> findings) {
    EnumSet<Leadership> present = EnumSet.noneOf(Leadership.class);
    for (DelegationMember member : delegation.getMembers()) {
      present.addAll(register.leadershipOn(member.getPerson(), event.getDate(), delegation.getMunicipality()));
    }
    if (present.size() < ALL.size()) {
      for (Leadership missing : EnumSet.complementOf(present)) {
        findings.add(findingOn(event, delegation, missing));
      }
    }
  }

  private Finding findingOn(Event event, Delegation delegation, Leadership missing) {
    Finding.Builder finding = finding("va.delegation-has-leadership." + Kebab.of(missing))
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
