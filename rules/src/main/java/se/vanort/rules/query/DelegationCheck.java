package se.vanort.rules.query;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import se.vanort.domain.DateRange;
import se.vanort.domain.Names;
import se.vanort.domain.register.Register;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.document.RuleId;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordNames;
import se.vanort.rules.RecordRef;
import se.vanort.rules.Rule;
import se.vanort.rules.Rulebook;

/**
 * Does a proposed delegation meet VA2021/O1d (political and administrative leadership), VIS2016/O2
 * (elected members with the official concerned) and VIS2016/O3 (the chair represents) before it
 * travels?
 *
 * <p>The check runs the rulebook's own delegation rules on the register as it would be if the
 * delegation travelled: the event's delegation of that municipality replaced by the proposal (or
 * added), evaluated over the event's year as of the end of that year (or the register's as-of date
 * if later), so that the event counts as held. It keeps the findings that concern the event and the
 * delegation's municipality (a finding naming none is one of VIS2016's, about the perspective
 * municipality). Which events each rule judges is the rule's own interpretation ({@code rules show}).
 *
 * <pre>{@code
 * Delegation proposal = Delegation.of(MunicipalityId.of("vimmerby"), PersonId.of("p-kso"), PersonId.of("p-kd"));
 * DelegationVerdict verdict = DelegationCheck.check(register, EventId.of("conf-2025"), proposal);
 * verdict.getFindings().forEach(f -> System.out.println(f.getClause() + " " + messages.message(f)));
 * }</pre>
 */
public final class DelegationCheck {
  /** The rules run, in catalogue order. */
  public static final ImmutableList<RuleId> RULES = ImmutableList.of(
      RuleId.of("va.delegation-has-leadership"),
      RuleId.of("vis.delegation-elected-with-official"),
      RuleId.of("vis.chair-represents"));

  private DelegationCheck() {}

  /**
   * {@return the findings of the standard rulebook's delegation rules for {@code proposed} travelling to
   * event {@code event}}
   *
   * @param register the register
   * @param event the event
   * @param proposed the delegation proposed
   * @throws IllegalArgumentException if the register has no event {@code event} (naming the closest
   *     id), or if the proposal names a person or municipality the register does not hold
   */
  public static DelegationVerdict check(Register register, EventId event, Delegation proposed) {
    return check(Rulebook.standard(), register, event, proposed);
  }

  /**
   * {@return the verdict of {@link #check(Register, EventId, Delegation)}, with the delegation rules of
   * {@code rulebook}}
   *
   * @param rulebook the rulebook
   * @param register the register
   * @param event the event
   * @param proposed the delegation proposed
   */
  public static DelegationVerdict check(Rulebook rulebook, Register register, EventId event, Delegation proposed) {
    Event original = register.findEvent(event).orElseThrow(() -> unknownEvent(register, event));
    Register travelled = withDelegation(register, original, proposed);
    Evaluation evaluation = new Evaluation(travelled, DateRange.ofYear(original.year()));
    ImmutableList<Rule> rules = RULES.stream().flatMap(id -> rulebook.rule(id).stream())
        .collect(ImmutableList.toImmutableList());
    RecordRef eventRef = RecordRef.of(RecordKind.EVENT, event);
    RecordNames names = RecordNames.of(travelled);
    ImmutableList<Finding> findings = rules.stream()
        .flatMap(rule -> rule.check(evaluation))
        .filter(finding -> finding.getSubjects().contains(eventRef))
        // A finding that names no municipality is one of VIS2016's, which binds the perspective municipality.
        .filter(finding -> finding.getMunicipality().orElse(travelled.getPerspective().getMunicipality())
            .equals(proposed.getMunicipality()))
        .map(names::name)
        .sorted(Finding.ORDER)
        .collect(ImmutableList.toImmutableList());
    return DelegationVerdict.builder()
        .event(event)
        .eventDate(original.getDate())
        .proposed(proposed)
        .rulesChecked(rules.stream().map(Rule::id).toList())
        .findings(findings)
        .build();
  }

  private static Register withDelegation(Register register, Event original, Delegation proposed) {
    ImmutableList.Builder<Delegation> delegations = ImmutableList.builder();
    boolean replaced = false;
    for (Delegation delegation : original.getDelegations()) {
      boolean same = delegation.getMunicipality().equals(proposed.getMunicipality());
      delegations.add(same ? proposed : delegation);
      replaced |= same;
    }
    if (!replaced) {
      delegations.add(proposed);
    }
    Event travelled = original.withDelegations(delegations.build());
    LocalDate yearEnd = LocalDate.of(original.year(), 12, 31);
    LocalDate asOf = register.asOf().isAfter(yearEnd) ? register.asOf() : yearEnd;
    return Register.builder()
        .from(register)
        .perspective(register.getPerspective().withAsOf(asOf))
        .events(register.getEvents().stream().map(e -> e.getId().equals(original.getId()) ? travelled : e).toList())
        .build();
  }

  private static IllegalArgumentException unknownEvent(Register register, EventId event) {
    ImmutableList<String> known = register.getEvents().stream().map(e -> e.getId().value())
        .collect(ImmutableList.toImmutableList());
    Optional<String> closest = Names.closest(event.value(), known);
    return new IllegalArgumentException("no event '" + event + "' in register " + register.getId()
        + closest.map(c -> "; did you mean '" + c + "'?").orElse("")
        + (closest.isEmpty() && !known.isEmpty()
            ? "; known events: " + known.stream().limit(8).collect(Collectors.joining(", "))
                + (known.size() > 8 ? ", …" : "")
            : ""));
  }
}
