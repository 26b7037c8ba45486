package se.vanort.adapters.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.repository.RegisterRevision;
import se.vanort.domain.repository.StorageException;

/**
 * What keeps the embedded H2 database in vanort's data directory safe between processes and from
 * silent loss.
 *
 * <ul>
 *   <li>A lock ({@value #LOCK}): a process that opens the database holds it until it closes the
 *       store; another waits for it, up to a bounded time, instead of failing on H2's own lock.
 *   <li>A journal ({@value #JOURNAL}): a line for every revision saved (register, number,
 *       SHA-256) and every register deleted, written after the commit. When the file is opened, the
 *       latest revision the journal names for each register must be in it with the same SHA-256.
 *       A file cut short or replaced by an older copy opens in H2 as an older, consistent
 *       database, which would hide the loss and hand out the lost revision numbers again; the
 *       journal tells, and vanort then refuses to write or migrate.
 * </ul>
 */
final class EmbeddedGuard implements AutoCloseable, JdbcRegisterRepository.Journal {
  /** The lock file in the data directory. */
  static final String LOCK = "vanort.lock";
  /** The journal in the data directory. */
  static final String JOURNAL = "vanort.revisions";
  /** How long a process waits for another one using the same embedded database. */
  static final Duration DEFAULT_WAIT = Duration.ofMinutes(2);

  private static final String DELETED = "deleted";

  private static final String OPEN = "open";
  private static final String CLOSED = "closed";

  private final Path directory;
  private final FileChannel channel;
  private final FileLock lock;
  private final boolean closedCleanly;

  private EmbeddedGuard(Path directory, FileChannel channel, FileLock lock) throws IOException {
    this.directory = directory;
    this.channel = channel;
    this.lock = lock;
    // The lock file says whether the last process to use the database closed it: "closed", or
    // "open" when it ended without (killed during a save, say), so that H2 must recover the file.
    java.nio.ByteBuffer content = java.nio.ByteBuffer.allocate(16);
    channel.read(content, 0);
    String said = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
    this.closedCleanly = !said.equals(OPEN);
    mark(OPEN);
  }

  private void mark(String state) throws IOException {
    channel.truncate(0);
    channel.write(java.nio.ByteBuffer.wrap(state.getBytes(StandardCharsets.US_ASCII)), 0);
    channel.force(false);
  }

  /**
   * Takes the lock of the database in {@code directory}, waiting up to {@code wait} for another
   * process (or store of this process) that holds it.
   *
   * @throws StorageException if it is still held after {@code wait}
   */
  static EmbeddedGuard lock(Path directory, Duration wait) {
    Path file = directory.resolve(LOCK);
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      try {
        while (true) {
          FileLock lock = tryLock(channel);
          if (lock != null) {
            return new EmbeddedGuard(directory, channel, lock);
          }
          if (System.nanoTime() > deadline) {
            throw new StorageException("another vanort process has used the database in " + directory + " for more than "
                + wait.toSeconds() + " s (it holds " + file + "); let it finish, or end it, and run the command again");
          }
          Thread.sleep(50);
        }
      } catch (RuntimeException | InterruptedException e) {
        channel.close();
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
          throw new StorageException("interrupted while waiting for the database in " + directory);
        }
        throw (RuntimeException) e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the database in " + directory + " (" + file + ")", e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // another store of this very process holds it: wait as for another process
      return null;
    }
  }

  /** H2's error code when a database opened read-only would need to be written to. */
  private static final int H2_READ_ONLY = 90097;
  /** H2's error code when another holds the database file. */
  private static final int H2_IN_USE = 90020;

  /**
   * Checks the database file against the journal before it is opened for writing, reading it
   * only, so that a file that lost revisions stays exactly as it is.
   *
   * @return true when the file is sound; false when the last process did not close it (killed
   *     during a save, say), so that H2 must recover it to open it at all and the check must be
   *     repeated once it is open: see {@link #checkAfterRecovery}
   * @throws StorageException naming the revisions lost and what to do, or that the file is damaged
   */
  boolean checkBeforeOpening(String url, Path file) {
    Map<String, Entry> latest = journal();
    if (latest.isEmpty()) {
      return true;
    }
    if (!Files.exists(file)) {
      refuseIfLost(latest.values().stream().filter(entry -> !entry.deleted()).map(entry -> "register '"
          + entry.register() + "' revision " + entry.revision() + " is missing, with the whole file").toList(), file,
          Optional.empty());
      return true;
    }
    if (!closedCleanly) {
      return false;
    }
    try (Connection connection = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", "sa", "")) {
      refuseIfLost(lost(connection, latest), file, Optional.empty());
      return true;
    } catch (SQLException e) {
      if (e.getErrorCode() == H2_READ_ONLY) {
        // closed cleanly, yet it cannot be read without being changed: it is not what was closed
        throw new StorageException("the database file " + file + " is damaged: it was closed cleanly, yet H2 cannot"
            + " open it without repairing it, so it was cut short or changed since. vanort writes nothing into it."
            + " Restore the latest backup of " + directory + "; or recover what it still holds with H2's recovery"
            + " tool: java -cp h2.jar org.h2.tools.Recover -dir " + directory + " -db vanort");
      }
      if (e.getErrorCode() == H2_IN_USE) {
        // vanort's own lock is held: what holds the file is another program, or a failed open in this process
        throw new StorageException("the database file " + file + " is held by another program (an H2 console, say),"
            + " or by an earlier failed attempt to open it in this process; close that program and run the command again");
      }
      throw Damage.ofH2(e, url).orElseGet(() -> Jdbc.failure("checking the database " + file + " against its journal", e));
    }
  }

  /**
   * Checks the database, opened and recovered by H2, against the journal; {@code copy} is the file
   * as it was before H2 recovered it.
   *
   * @throws StorageException naming the revisions lost and what to do
   */
  void checkAfterRecovery(javax.sql.DataSource pool, Path file, Path copy) {
    try (Connection connection = pool.getConnection()) {
      List<String> lost = lost(connection, journal());
      connection.rollback();
      if (!lost.isEmpty()) {
        // close the database at once, writing nothing more into the file, and free it for the next process
        try (java.sql.Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
          // it is closed, or closing: either way nothing more is written
        }
      }
      refuseIfLost(lost, file, Optional.of(copy));
    } catch (SQLException e) {
      throw Jdbc.failure("checking the database " + file + " against its journal", e);
    }
  }

  private static List<String> lost(Connection connection, Map<String, Entry> latest) throws SQLException {
    List<String> lost = new ArrayList<>();
    boolean hasTable = hasRevisionTable(connection);
    boolean hasDigest = hasTable && hasDigestColumn(connection);
    for (Entry entry : latest.values()) {
      if (entry.deleted()) {
        continue;
      }
      Optional<Optional<String>> stored = hasTable ? stored(connection, entry, hasDigest) : Optional.empty();
      if (stored.isEmpty()) {
        lost.add("register '" + entry.register() + "' revision " + entry.revision() + " is missing");
      } else if (stored.get().isPresent() && !stored.get().get().equals(entry.digest())) {
        lost.add("register '" + entry.register() + "' revision " + entry.revision() + " holds other records");
      }
    }
    return lost;
  }

  private void refuseIfLost(List<String> lost, Path file, Optional<Path> copy) {
    if (!lost.isEmpty()) {
      throw new StorageException("the database file " + file + " no longer holds revisions that were saved ("
          + String.join("; ", lost.subList(0, Math.min(lost.size(), 5))) + (lost.size() > 5 ? "; …" : "")
          + "): it was cut short, damaged or replaced by an older copy. vanort writes nothing into it"
          + copy.map(c -> " (H2 had to recover it on opening; the file as it was before is kept as " + c + ")").orElse("")
          + ". Restore the latest backup of " + directory + "; to use the file as it is (for example an older"
          + " backup restored on purpose), remove " + directory.resolve(JOURNAL) + " and run the command again");
    }
  }

  /**
   * Keeps a copy of {@code file} as it is before H2 recovers it, next to it, replacing an older copy.
   *
   * @return the copy
   */
  static Path keepCopy(Path file) {
    Path copy = file.resolveSibling(file.getFileName() + ".before-recovery");
    try {
      Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep a copy of " + file + " before H2 recovers it", e);
    }
  }

  private static boolean hasRevisionTable(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables = meta.getTables(null, null, "REGISTER_REVISION", null)) {
      return tables.next();
    }
  }

  private static boolean hasDigestColumn(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet columns = meta.getColumns(null, null, "REGISTER_REVISION", "CONTENT_SHA256")) {
      return columns.next();
    }
  }

  /** The stored digest of the entry's revision (empty when none was stored), or empty when the revision is missing. */
  private static Optional<Optional<String>> stored(Connection connection, Entry entry, boolean hasDigest)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + (hasDigest ? "content_sha256" : "NULL")
        + " FROM register_revision WHERE register_id = ? AND revision = ?")) {
      statement.setString(1, entry.register());
      statement.setInt(2, entry.revision());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(Optional.ofNullable(row.getString(1))) : Optional.empty();
      }
    }
  }

  /** Notes a saved revision in the journal. */
  @Override
  public void saved(RegisterRevision revision, String digest) {
    append(revision.register().value() + "\t" + revision.number() + "\t" + digest);
  }

  /** Notes a deleted register in the journal. */
  @Override
  public void deleted(RegisterId register) {
    append(register.value() + "\t0\t" + DELETED);
  }

  private void append(String line) {
    try {
      Files.writeString(directory.resolve(JOURNAL), line + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("the revision is saved, but cannot be noted in " + directory.resolve(JOURNAL), e);
    }
  }

  private record Entry(String register, int revision, String digest) {
    boolean deleted() {
      return DELETED.equals(digest);
    }
  }

  /** The last line of the journal for each register; lines that do not parse (a torn last line) are skipped. */
  private Map<String, Entry> journal() {
    Path file = directory.resolve(JOURNAL);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Map<String, Entry> latest = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 3 || !parts[1].matches("\\d{1,9}")) {
          continue;
        }
        Entry entry = new Entry(parts[0], Integer.parseInt(parts[1]), parts[2]);
        Entry before = latest.get(entry.register());
        if (before == null || entry.deleted() || before.deleted() || entry.revision() > before.revision()) {
          latest.put(entry.register(), entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal " + file, e);
    }
    return latest;
  }

  @Override
  public void close() {
    try {
      mark(CLOSED);
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock " + directory.resolve(LOCK), e);
    }
  }
}
