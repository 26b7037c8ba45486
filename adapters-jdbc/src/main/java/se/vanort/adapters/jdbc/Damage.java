package se.vanort.adapters.jdbc;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import se.vanort.domain.repository.StorageException;

/** Tells a damaged H2 file from other failures to open a database, and says what to do about it. */
final class Damage {
  /** H2's error code of a corrupted file. */
  private static final int H2_FILE_CORRUPTED = 90030;

  private Damage() {}

  /**
   * The refusal of a damaged H2 database file, if {@code failure} (while opening {@code url}) says
   * that the file is corrupted; empty for any other failure.
   */
  static Optional<StorageException> ofH2(Throwable failure, String url) {
    if (!url.startsWith("jdbc:h2:file:")) {
      return Optional.empty();
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      boolean corrupted = (t instanceof SQLException sql && sql.getErrorCode() == H2_FILE_CORRUPTED)
          || message.contains("corrupt") || message.contains("chunk") || message.contains("reading from file");
      if (corrupted) {
        String file = url.substring("jdbc:h2:file:".length()).replaceAll(";.*", "") + ".mv.db";
        StorageException damaged = new StorageException("the database file " + file + " is damaged (H2 says: "
            + firstLine(t.getMessage()).replaceFirst("^Failed to initialize pool: ", "") + "). vanort writes nothing into it. Restore it from a backup; or recover what"
            + " it still holds with H2's recovery tool: java -cp h2.jar org.h2.tools.Recover -dir " + directoryOf(file)
            + " -db vanort, which writes vanort.h2.sql, a script to load into a fresh database with"
            + " org.h2.tools.RunScript");
        damaged.initCause(failure);
        return Optional.of(damaged);
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + " …" : line;
  }

  private static String directoryOf(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "." : file.substring(0, slash);
  }
}
