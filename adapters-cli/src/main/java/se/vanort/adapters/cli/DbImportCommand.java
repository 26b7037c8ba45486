package se.vanort.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.Register;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.RegisterRevision;
import se.vanort.domain.repository.StoredRegister;

/** {@code vanort db import FILE}: stores a register file as the next revision of its register. */
@Command(name = "import",
    header = "Store a register file in the database as its next revision.",
    description = {
        "Reads and validates the register, then stores it as the next revision of its id (the register's"
            + " id, by default its perspective municipality). Earlier revisions are kept. A register equal to"
            + " the latest revision is not stored again: the command says which revision is kept.",
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
    boolean unchanged;
    try (JdbcStore store = database.open(options.environment())) {
      Optional<StoredRegister> latest = store.registers().find(register.getId());
      unchanged = latest.isPresent() && latest.get().register().equals(register);
      // Saved against the revision compared with: a writer in between makes this fail, not vanish.
      revision = unchanged ? latest.get().revision()
          : store.registers().save(register, latest.map(stored -> stored.revision().number()).orElse(RegisterRepository.NEW));
    }
    progress.done();
    if (options.format == Format.JSON) {
      Json.print(options.out(), Json.object().put("register", revision.register().value())
          .put("revision", revision.number()).put("records", revision.recordCount()).put("stored", !unchanged));
    } else {
      String text = texts.get(unchanged ? "db.import.unchanged" : "db.import.done", revision.register(),
          revision.number(), revision.recordCount());
      options.out().println(options.format == Format.MARKDOWN ? "- " + text : text);
    }
    return ExitCodes.OK;
  }
}
