package se.vanort.adapters.cli;

import picocli.CommandLine.Parameters;
import se.vanort.domain.register.RegisterId;

/** {@code ID}: the id of a register stored in the database. */
final class RegisterIdParameter {
  @Parameters(paramLabel = "ID", descriptionKey = "register-id", description = "The register's id, e.g. vimmerby.")
  String id;

  /** The id, or the problem with its form. */
  RegisterId registerId() {
    return DatabaseOptions.registerId(id);
  }
}
