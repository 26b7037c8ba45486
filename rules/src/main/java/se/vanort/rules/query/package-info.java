/**
 * The questions the rulebook answers besides checks: who decides a matter ({@link
 * se.vanort.rules.query.DecisionAuthority}), what falls due ({@link se.vanort.rules.query.DueCalendar}),
 * who coordinates the secretaries ({@link se.vanort.rules.query.SecretariesCoordinator}) and whether a
 * proposed delegation would pass ({@link se.vanort.rules.query.DelegationCheck}); start at
 * {@link se.vanort.rules.query.Queries}.
 */
package se.vanort.rules.query;
