package se.vanort.rules.agreement;

import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.EventKind;

/**
 * {@code va.development-exchange}: the requirement and its interpretation are in the catalogue data
 * ({@code VA2021.catalogue}, shown by {@code rules show}); this class is their logic.
 */
final class DevelopmentExchange extends AgendaItemRule {
  DevelopmentExchange() {
    super("va.development-exchange", EventKind.CONFERENCE, AgendaItem.DEVELOPMENT_EXCHANGE);
  }
}
