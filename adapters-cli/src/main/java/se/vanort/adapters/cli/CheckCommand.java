package se.vanort.adapters.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.Register;
import se.vanort.domain.document.Modality;
import se.vanort.domain.repository.StoredRegister;
import se.vanort.rules.Report;
import se.vanort.rules.history.EvaluationEntry;

/** {@code vanort check FILE}: the findings of a register, grouped by modality. */
@Command(name = "check",
    header = "Check a register against VA2021 and VIS2016 and list the findings.",
    description = {
        "Checks every rule over the period (by default the agreements' period up to their revision year) as of the register's as-of"
            + " date: what was required and is not recorded is a finding; what falls after the as-of date is"
            + " due, not missed. Findings are grouped by modality: SHALL (a breach) and SHOULD (a deviation"
            + " from a recommendation), each with its clause, the records concerned, the facts and a remedy.",
        "",
        "Examples:",
        "  vanort check examples/vimmerby.yaml",
        "  vanort check examples/vimmerby.yaml --period 2021..2026 --as-of 2025-12-31",
        "  vanort check examples/vimmerby.yaml --format json > report.json",
        "  vanort check --db vimmerby --save"})
final class CheckCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Mixin
  DatabaseOptions database;

  @Mixin
  RegisterSource source;

  @Option(names = "--save", descriptionKey = "save",
      description = "Store the report in the database's evaluation history, with the revision checked.")
  boolean save;

  @Mixin
  PeriodOption period;

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class, descriptionKey = "as-of",
      description = "Check as of DATE (yyyy-mm-dd) instead of the register's as-of date.")
  LocalDate asOf;

  @Option(names = "--min-modality", paramLabel = "MODALITY", descriptionKey = "min-modality",
      converter = ModalityConverter.class, defaultValue = "should", completionCandidates = Candidates.FindingModalities.class,
      description = "Show findings of this modality or stronger: shall or should (default: should).")
  Modality minModality;

  @Override
  public Integer call() {
    Texts texts = options.texts();
    source.requireOne(texts);
    Register fromFile = source.isFile() ? source.read(reading.limits()) : null;
    if (fromFile != null && !save) {
      return print(check(fromFile));
    }
    // Reading a stored register creates no database; saving the check of a file may.
    Optional<JdbcStore> store = fromFile == null ? database.openExisting(options.environment())
        : Optional.of(database.open(options.environment()));
    try {
      Report report;
      Optional<Integer> revision = Optional.empty();
      if (fromFile != null) {
        report = check(fromFile);
      } else {
        StoredRegister stored = source.load(store, texts);
        revision = Optional.of(stored.revision().number());
        report = check(stored.register());
      }
      int code = print(report);
      if (save) {
        EvaluationEntry entry = store.orElseThrow().evaluations().append(report, revision);
        options.err().println(texts.get("check.saved", entry.id(), report.getRegister()));
      }
      return code;
    } finally {
      store.ifPresent(JdbcStore::close);
    }
  }

  private Report check(Register read) {
    return period.check(Registers.asOf(read, asOf));
  }

  private int print(Report report) {
    new ReportWriter(options.texts(), options.colour()).print(options.out(), options.format, report,
        report.findingsAtLeast(minModality));
    return report.hasBreach() ? ExitCodes.BREACH : ExitCodes.OK;
  }

  /** Reads {@code shall} or {@code should}. */
  static final class ModalityConverter implements ITypeConverter<Modality> {
    @Override
    public Modality convert(String value) {
      Modality modality = Slugs.parse(Modality.class, value, "modality");
      if (!modality.producesFindings()) {
        throw new Refusal("refusal.modality.no-findings", value);
      }
      return modality;
    }
  }
}
