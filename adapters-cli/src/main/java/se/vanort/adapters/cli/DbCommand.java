package se.vanort.adapters.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vanort db}: registers and the evaluation history in a database. */
@Command(name = "db",
    header = "Keep registers and the history of checks in a database.",
    description = {
        "Stores registers revision by revision and the reports of 'check --save' in H2 (embedded, the"
            + " default), PostgreSQL or MariaDB. --db-url or VANORT_DB_URL selects the database.",
        "",
        "Examples:",
        "  vanort db import examples/vimmerby.yaml",
        "  vanort db list",
        "  vanort check --db vimmerby --save",
        "  vanort db history vimmerby",
        "  vanort db export vimmerby > vimmerby.yaml",
        "  vanort db verify"},
    subcommands = {DbImportCommand.class, DbExportCommand.class, DbListCommand.class, DbShowCommand.class,
        DbHistoryCommand.class, DbVerifyCommand.class})
final class DbCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help", description = "Show this help message and exit.")
  boolean help;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "a db command is needed: import, export, list, show, history or verify");
  }
}
