/**
 * The two governing documents, the twin-town agreement {@code VA2021} and Vimmerby's strategy
 * {@code VIS2016}, as values: every clause quoted from its seed text, and every rule of the
 * catalogue with the clauses it cites, read from the catalogue data files {@code VA2021.catalogue} and
 * {@code VIS2016.catalogue}. {@link se.vanort.domain.document.Documents} is the entry
 * point.
 */
package se.vanort.domain.document;
