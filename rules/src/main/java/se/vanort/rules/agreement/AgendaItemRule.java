package se.vanort.rules.agreement;

import java.util.stream.Stream;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;

/**
 * A rule that requires an item on the agenda of every event of one kind: the Föreningen Norden
 * meeting and the development exchange at each conference, the evaluation of the activity plan at
 * each twin-town meeting.
 *
 * <p>The events judged are the chain's past events of the kind ({@link Scope#pastChainEvents}), each
 * once however many agreements cover it; what that means for each rule is in the catalogue data
 * ({@code VA2021.catalogue}, note {@code agenda-item}).
 */
abstract class AgendaItemRule extends BaseRule {
  private final EventKind kind;
  private final AgendaItem item;

  AgendaItemRule(String id, EventKind kind, AgendaItem item) {
    super(id);
    this.kind = kind;
    this.item = item;
  }

  @Override
  public final Stream<Finding> check(Evaluation evaluation) {
    return Scope.pastChainEvents(evaluation, kind).stream()
        .filter(event -> !event.hasAgendaItem(item))
        .map(this::findingOn);
  }

  private Finding findingOn(Event event) {
    return finding()
        .subject(RecordKind.EVENT, event.getId())
        .date(event.getDate())
        .fact("event", Fact.ref(RecordKind.EVENT, event.getId()))
        .fact("date", Fact.date(event.getDate()))
        .fact("host", Fact.ref(RecordKind.MUNICIPALITY, event.getHost()))
        .fact("agenda", Scope.agendaOf(event))
        .build();
  }
}
