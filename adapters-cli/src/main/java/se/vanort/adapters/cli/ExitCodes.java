package se.vanort.adapters.cli;

/** The exit codes of {@code vanort}, documented in its help and in {@code docs/cli.md}. */
final class ExitCodes {
  /** No SHALL finding; every scenario passed; the command did what was asked. */
  static final int OK = 0;
  /** At least one SHALL finding, or a scenario that failed. */
  static final int BREACH = 1;
  /** Bad input or usage: a file that cannot be read, an invalid register, an unknown option. */
  static final int BAD_INPUT = 2;
  /** An internal error: a bug in vanort, or a database that fails. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
