package se.vanort.adapters.cli;

/** The output formats: aligned text for people, JSON for programs, Markdown for documents. */
enum Format {
  /** Aligned text grouped by modality; colour only on a terminal. */
  TEXT,
  /** The documented, stable JSON shape (see docs/cli.md). */
  JSON,
  /** Markdown tables and lists. */
  MARKDOWN
}
