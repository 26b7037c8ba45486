package se.vanort.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.Register;
import se.vanort.domain.repository.RegisterRevision;

/** {@code vanort db import FILE}: stores a register file as the next revision of its register. */
@Command(name = "import",
    header = "Store a register file in the database as its next revision.",
    description = {
        "Reads and validates the register, then stores it as the next revision of its id (the register's"
            + " id, by default its perspective municipality). Earlier revisions are kept.",
        "",
        "Example:",
        "  vanort db import examples/vimmerby.yaml"})
final class DbImportCommand implements Callable<Integer> {
  /** Files from this size on get a progress bar when stderr is a terminal. */
  static final long LARGE = 256 * 1024;

  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Mixin
  DatabaseOptions database;

  @Parameters(paramLabel = "FILE", descriptionKey = "register-file", description = "The register (YAML or JSON).")
  Path file;

  @Override
  public Integer call() throws Exception {
    Texts texts = options.texts();
    boolean large = Files.isRegularFile(file) && Files.size(file) >= LARGE;
    Progress progress = Progress.on(options.err(), options.environment().terminal() && large, 3);
    progress.step(texts.get("db.import.reading", file));
    Register register = Registers.read(file, reading.limits());
    progress.step(texts.get("db.import.storing", register.recordCount()));
    RegisterRevision revision;
    try (JdbcStore store = database.open(options.environment())) {
      revision = store.registers().save(register);
    }
    progress.done();
    options.out().println(texts.get("db.import.done", revision.register(), revision.number(), revision.recordCount()));
    return ExitCodes.OK;
  }
}
