package se.vanort.adapters.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Mixin
  RegisterSource source;

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
    source.requireOne(texts);
    OutputFiles.checkWritable(output, force, texts);
    Register register;
    String checked;
    if (source.isFile()) {
      register = source.read(reading.limits());
      checked = texts.get("html.checked.source.file", source.file.getFileName());
    } else {
      Optional<JdbcStore> store = database.openExisting(options.environment());
      try {
        StoredRegister stored = source.load(store, texts);
        register = stored.register();
        checked = texts.get("html.checked.source.db", source.registerId, stored.revision().number());
      } finally {
        store.ifPresent(JdbcStore::close);
      }
    }
    register = Registers.asOf(register, asOf);
    Report report = period.check(register);
    DueCalendar calendar = Queries.of(register).due(report.getPeriod());
    ReportPage page = new ReportPages(texts).page(report, register, calendar, checked);
    OutputFiles.writeAtomically(output, HtmlReport.render(page, texts::get));
    options.err().println(texts.get("html.written", page.findingCount(), output));
    return ExitCodes.OK;
  }
}
