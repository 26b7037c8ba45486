package se.vanort.adapters.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vanort.adapters.cli.file.ReadLimits;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.Register;
import se.vanort.domain.repository.StoredRegister;

/**
 * {@code FILE | --db ID}: where a command that checks a register takes it from, a file or the
 * latest revision stored in the database. One of the two, never both.
 */
final class RegisterSource {
  @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "check-file",
      description = "The register (YAML or JSON); or give --db ID.")
  Path file;

  @Option(names = "--db", paramLabel = "ID", descriptionKey = "db-register",
      description = "Check the latest revision of the register stored in the database under ID.")
  String registerId;

  /** Refuses neither and both: the register comes from a file or from the database. */
  void requireOne(Texts texts) {
    if ((file == null) == (registerId == null)) {
      throw new BadInputException(texts.get("check.file-or-db"));
    }
  }

  /** Whether the register is read from {@link #file}. */
  boolean isFile() {
    return file != null;
  }

  /** The register of {@link #file}, read within {@code limits}. */
  Register read(ReadLimits limits) {
    return Registers.read(file, limits);
  }

  /** The latest revision of the register stored under {@code --db ID} in {@code store}. */
  StoredRegister load(Optional<JdbcStore> store, Texts texts) {
    return DatabaseOptions.load(store, DatabaseOptions.registerId(registerId), null, texts);
  }
}
