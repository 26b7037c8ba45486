/**
 * Who may decide which matter under the documents, written down once ({@link
 * se.vanort.rules.authority.AuthorityTable}): the {@code who-decides} query and every rule that judges
 * a decision read it from here.
 */
package se.vanort.rules.authority;
