/**
 * What an international contact carries under VIS2016, whether it is recorded as a project or as an
 * exchange or study visit of its own: the investigation of external funding (W4, with its
 * {@link se.vanort.domain.activity.FundingSource sources}), the publication on the municipality's
 * website (N1), and the {@link se.vanort.domain.activity.ProjectId id} by which an event names the
 * project it is part of. It lies below both {@code project} and {@code event}, so that an event may
 * refer to a project without the packages depending on each other (a project's steering group
 * refers to decisions, and decisions to the meetings where they were taken).
 */
package se.vanort.domain.activity;
