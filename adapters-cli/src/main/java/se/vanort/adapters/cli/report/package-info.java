/**
 * The council report as a page: its content as values ({@link se.vanort.adapters.cli.report.ReportPage},
 * {@link se.vanort.adapters.cli.report.Timeline}) and the HTML it becomes through the templates in
 * {@code src/main/jte}, which the build compiles into classes. Every text arrives in the reader's
 * language already; the templates only lay it out.
 */
package se.vanort.adapters.cli.report;
