package se.vanort.rules.agreement;

import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.development-exchange} (VA2021/A5, SHOULD): "Utbyta kunskap och erfarenheter om
 * kommunernas utveckling och arbete."
 *
 * <p>Interpretation: the conference is where the municipalities meet, so each conference of the
 * chain held in the evaluated period, on or before the as-of date, has the agenda item
 * {@link AgendaItem#DEVELOPMENT_EXCHANGE}. SHOULD rather than SHALL, as the catalogue decides: the
 * clause names an aim of the chain more than a fixed arrangement, so a conference without the item
 * is a deviation from a recommendation, not a breach.
 */
final class DevelopmentExchange extends AgendaItemRule {
  DevelopmentExchange() {
    super("va.development-exchange", EventKind.CONFERENCE, AgendaItem.DEVELOPMENT_EXCHANGE);
  }
}
