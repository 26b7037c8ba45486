package se.vanort.adapters.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vanort.adapters.cli.report.HtmlReport;
import se.vanort.adapters.cli.report.ReportPage;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.Register;
import se.vanort.domain.repository.StoredRegister;
import se.vanort.rules.Report;
import se.vanort.rules.query.DueCalendar;
import se.vanort.rules.query.Queries;

/** {@code vanort report FILE --output report.html}: the check of a register as a page for the council. */
@Command(name = "report",
    header = "Write the check of a register as an HTML report for the council, to send or print.",
    description = {
        "Checks the register as 'check' does and writes one self-contained HTML file: what was checked"
            + " (register, period, as-of date, rulebook version), a summary per modality and per municipality,"
            + " the obligations year by year as a figure that reads in black and white, every finding with"
            + " its clause quoted in Swedish (and rendered in English in an English report), the facts, the"
            + " remedy and the records by name, and what is checked of every clause. The page needs no network"
            + " (styles and figure inline) and prints on clean pages. The file is written whole or not at all.",
        "",
        "Examples:",
        "  vanort report examples/vimmerby.yaml --output rapport.html --lang sv",
        "  vanort report examples/vimmerby.yaml --output report.html --period 2021..2025 --as-of 2025-06-30",
        "  vanort report --db vimmerby --output rapport.html --lang sv --force"})
final class ReportCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Mixin
  DatabaseOptions database;

  @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "check-file",
      description = "The register (YAML or JSON); or give --db ID.")
  Path file;

  @Option(names = "--db", paramLabel = "ID", descriptionKey = "report-db",
      description = "Report on the latest revision of the register stored in the database under ID.")
  String registerId;

  @Option(names = {"-o", "--output"}, paramLabel = "REPORT.html", required = true, descriptionKey = "report-output",
      description = "The HTML file to write.")
  Path output;

  @Option(names = "--force", descriptionKey = "report-force", description = "Overwrite the output file if it exists.")
  boolean force;

  @Mixin
  PeriodOption period;

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class, descriptionKey = "as-of",
      description = "Check as of DATE (yyyy-mm-dd) instead of the register's as-of date.")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    Texts texts = options.texts();
    options.accept(Format.TEXT);
    if ((file == null) == (registerId == null)) {
      throw new BadInputException(texts.get("check.file-or-db"));
    }
    OutputFiles.checkWritable(output, force, texts);
    Register register;
    String source;
    if (file != null) {
      register = Registers.read(file, reading.limits());
      source = texts.get("html.checked.source.file", file.getFileName());
    } else {
      Optional<JdbcStore> store = database.openExisting(options.environment());
      try {
        StoredRegister stored = DatabaseOptions.load(store, DatabaseOptions.registerId(registerId), null, texts);
        register = stored.register();
        source = texts.get("html.checked.source.db", registerId, stored.revision().number());
      } finally {
        store.ifPresent(JdbcStore::close);
      }
    }
    register = Registers.asOf(register, asOf);
    Report report = period.check(register);
    DueCalendar calendar = Queries.of(register).due(report.getPeriod());
    ReportPage page = new ReportPages(texts).page(report, register, calendar, source);
    OutputFiles.writeAtomically(output, HtmlReport.render(page, texts::get));
    options.err().println(texts.get("html.written", page.findingCount(), output));
    return ExitCodes.OK;
  }
}
