package se.vanort.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.RegisterRevision;
import se.vanort.domain.repository.RevisionCheck;
import se.vanort.domain.repository.RevisionConflictException;
import se.vanort.domain.repository.StorageException;
import se.vanort.domain.repository.StoredRegister;

/**
 * The {@link RegisterRepository} of a relational database (H2, PostgreSQL, MariaDB), one table per
 * kind of record; obtained from {@link JdbcStore#registers()}.
 *
 * <p>A save is one transaction that first claims the next revision number (the primary key of
 * {@code register_revision} lets only one writer claim it) and then inserts the records in batches.
 * A load reads the revision in one snapshot, with one query per table.
 */
public final class JdbcRegisterRepository implements RegisterRepository {
  private static final String REVISION_COLUMNS = "register_id, revision, saved_at, record_count";

  private final DataSource pool;
  private final Clock clock;
  private final Runnable afterBatch;
  private final Journal journal;

  /** Where saves and deletions are noted once committed (the embedded database's journal). */
  interface Journal {
    /** Notes nothing. */
    Journal NONE = new Journal() {
      @Override
      public void saved(RegisterRevision revision, String digest) {}

      @Override
      public void deleted(RegisterId register) {}
    };

    /** {@code revision}, with {@code digest}, is committed. */
    void saved(RegisterRevision revision, String digest);

    /** {@code register} is deleted. */
    void deleted(RegisterId register);
  }

  /** A repository on {@code pool} that runs {@code afterBatch} after every batch of a save (tests fail saves there). */
  JdbcRegisterRepository(DataSource pool, Clock clock, Runnable afterBatch) {
    this(pool, clock, afterBatch, Journal.NONE);
  }

  /** A repository as above that notes every committed save and deletion in {@code journal}. */
  JdbcRegisterRepository(DataSource pool, Clock clock, Runnable afterBatch, Journal journal) {
    this.pool = pool;
    this.clock = clock;
    this.afterBatch = afterBatch;
    this.journal = journal;
  }

  @Override
  public RegisterRevision save(Register register) {
    checkArgument(register != null, "a register to save is needed");
    return save(register, Optional.empty());
  }

  @Override
  public RegisterRevision save(Register register, int expectedLatest) {
    checkArgument(register != null, "a register to save is needed");
    checkArgument(expectedLatest >= NEW, "an expected revision is %s (new) or more, not %s", NEW, expectedLatest);
    return save(register, Optional.of(expectedLatest));
  }

  private RegisterRevision save(Register register, Optional<Integer> expected) {
    RegisterId id = register.getId();
    String digest = RegisterWriter.digest(register);
    RegisterRevision saved = Jdbc.inTransaction(pool, Connection.TRANSACTION_READ_COMMITTED, "saving register '" + id + "'", c -> {
      int latest = latest(c, id);
      int base = expected.orElse(latest);
      if (latest != base) {
        throw new RevisionConflictException(id, base, latest);
      }
      RegisterRevision revision = new RegisterRevision(
          id, base + 1, now(), register.recordCount());
      claim(c, register, revision, digest);
      RegisterWriter.write(c, register, revision.number(), afterBatch);
      return revision;
    });
    journal.saved(saved, digest);
    return saved;
  }

  private static int latest(Connection connection, RegisterId id) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT MAX(revision) FROM register_revision WHERE register_id = ?")) {
      statement.setString(1, id.value());
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** Inserts the revision's row; a concurrent writer that claimed the same number makes this a conflict. */
  private static void claim(Connection connection, Register register, RegisterRevision revision, String digest)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO register_revision (register_id,"
        + " revision, saved_at, record_count, perspective_municipality, as_of, content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      statement.setString(1, revision.register().value());
      statement.setInt(2, revision.number());
      statement.setObject(3, Columns.bindable(revision.savedAt()));
      statement.setInt(4, revision.recordCount());
      statement.setString(5, register.getPerspective().getMunicipality().value());
      statement.setObject(6, register.asOf());
      statement.setString(7, digest);
      statement.executeUpdate();
    } catch (SQLException e) {
      if (Jdbc.isIntegrityViolation(e)) {
        throw new RevisionConflictException(revision.register(), revision.number() - 1, revision.number());
      }
      throw e;
    }
  }

  @Override
  public Optional<StoredRegister> find(RegisterId id) {
    checkArgument(id != null, "a register id is needed");
    return load(id, "(SELECT MAX(revision) FROM register_revision WHERE register_id = ?)", id.value());
  }

  @Override
  public Optional<StoredRegister> find(RegisterId id, int revision) {
    checkArgument(id != null, "a register id is needed");
    return load(id, "?", revision);
  }

  /**
   * Loads the revision of {@code id} that {@code revisionSql} (with one parameter) selects, in one
   * snapshot, and checks it against its record count and digest.
   *
   * @throws StorageException if the revision no longer holds what was saved
   */
  private Optional<StoredRegister> load(RegisterId id, String revisionSql, Object parameter) {
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_REPEATABLE_READ, "loading register '" + id + "'", c -> {
      Optional<Loaded> loaded = read(c, id, revisionSql, parameter);
      loaded.flatMap(Loaded::damage).ifPresent(damage -> {
        throw new StorageException(damage + "; " + DAMAGED_ADVICE);
      });
      return loaded.map(Loaded::stored);
    });
  }

  /** What to do about a revision that no longer holds what was saved. */
  static final String DAMAGED_ADVICE = "the database was changed outside vanort or is damaged: restore it from a"
      + " backup, and run 'vanort db verify' to see which revisions are affected";

  /** A revision as read, with what its header says it holds. */
  record Loaded(StoredRegister stored, Optional<String> digest, Register register) {
    /** What is wrong with the revision, if anything: its record count or its digest differ from the saved ones. */
    Optional<String> damage() {
      RegisterRevision revision = stored.revision();
      String which = "revision " + revision.number() + " of register '" + revision.register() + "'";
      if (register.recordCount() != revision.recordCount()) {
        return Optional.of(which + " holds " + register.recordCount() + " records where " + revision.recordCount()
            + " were saved");
      }
      if (digest.isPresent() && !digest.get().equals(RegisterWriter.digest(register))) {
        return Optional.of(which + " no longer holds what was saved (its SHA-256 differs)");
      }
      return Optional.empty();
    }
  }

  /** Reads the revision of {@code id} that {@code revisionSql} selects, as it is now. */
  private static Optional<Loaded> read(Connection c, RegisterId id, String revisionSql, Object parameter)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement("SELECT " + REVISION_COLUMNS
        + ", perspective_municipality, as_of, content_sha256 FROM register_revision WHERE register_id = ? AND"
        + " revision = " + revisionSql)) {
      statement.setString(1, id.value());
      statement.setObject(2, parameter);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        RegisterRevision revision = revision(row);
        Perspective perspective = Perspective.of(MunicipalityId.of(row.getString(5)), Columns.date(row, 6));
        Optional<String> digest = Optional.ofNullable(row.getString(7));
        Register register;
        try {
          register = RegisterReader.read(c, id, revision.number(), perspective);
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw new StorageException("revision " + revision.number() + " of register '" + id + "' cannot be read back"
              + " as a register (" + e.getMessage().lines().limit(4).reduce((a, b) -> a + " " + b.strip()).orElse("")
              + "); " + DAMAGED_ADVICE);
        }
        return Optional.of(new Loaded(new StoredRegister(revision, register), digest, register));
      }
    }
  }

  /**
   * Checks every revision of {@code id} (of every register, when empty): that it can be read, that
   * it holds as many records as were saved and the same SHA-256, and that no revision number is
   * missing between the first and the latest.
   */
  public ImmutableList<RevisionCheck> verify(Optional<RegisterId> id) {
    List<RevisionCheck> checks = new ArrayList<>();
    List<RegisterRevision> revisions = id.map(this::revisions).orElseGet(this::allRevisions);
    RegisterRevision previous = null;
    for (RegisterRevision revision : revisions) {
      int expected = previous != null && previous.register().equals(revision.register()) ? previous.number() + 1 : 1;
      for (int missing = expected; missing < revision.number(); missing++) {
        checks.add(new RevisionCheck(revision.register(), missing, RevisionCheck.Status.MISSING,
            "revision " + missing + " is missing: it was saved before revision " + revision.number()));
      }
      checks.add(check(revision));
      previous = revision;
    }
    return ImmutableList.copyOf(checks);
  }

  private RevisionCheck check(RegisterRevision revision) {
    try {
      Optional<Loaded> loaded = Jdbc.inTransaction(pool, Connection.TRANSACTION_REPEATABLE_READ,
          "reading revision " + revision.number() + " of register '" + revision.register() + "'",
          c -> read(c, revision.register(), "?", revision.number()));
      if (loaded.isEmpty()) {
        return new RevisionCheck(revision.register(), revision.number(), RevisionCheck.Status.MISSING,
            "revision " + revision.number() + " disappeared while it was checked");
      }
      Optional<String> damage = loaded.get().damage();
      if (damage.isPresent()) {
        return new RevisionCheck(revision.register(), revision.number(), RevisionCheck.Status.DAMAGED, damage.get());
      }
      return loaded.get().digest().isPresent()
          ? new RevisionCheck(revision.register(), revision.number(), RevisionCheck.Status.OK, "")
          : new RevisionCheck(revision.register(), revision.number(), RevisionCheck.Status.UNVERIFIED,
              "saved before revisions carried a SHA-256; its record count matches");
    } catch (StorageException | IllegalArgumentException | IllegalStateException e) {
      // a revision whose rows no longer make a valid register, or that the database cannot read
      return new RevisionCheck(revision.register(), revision.number(), RevisionCheck.Status.DAMAGED,
          "cannot be read back: " + e.getMessage());
    }
  }

  private ImmutableList<RegisterRevision> allRevisions() {
    return revisions("listing every revision", "SELECT " + REVISION_COLUMNS + " FROM register_revision", Optional.empty());
  }

  private static RegisterRevision revision(ResultSet row) throws SQLException {
    return new RegisterRevision(RegisterId.of(row.getString(1)), row.getInt(2), Columns.instant(row, 3), row.getInt(4));
  }

  @Override
  public ImmutableList<RegisterRevision> list() {
    return revisions("listing the stored registers", "SELECT r.register_id, r.revision, r.saved_at, r.record_count"
        + " FROM register_revision r JOIN latest_revision l"
        + " ON l.register_id = r.register_id AND l.revision = r.revision", Optional.empty());
  }

  @Override
  public ImmutableList<RegisterRevision> revisions(RegisterId id) {
    checkArgument(id != null, "a register id is needed");
    return revisions("listing the revisions of register '" + id + "'",
        "SELECT " + REVISION_COLUMNS + " FROM register_revision WHERE register_id = ?", Optional.of(id.value()));
  }

  /** The revisions {@code sql} selects, ordered by id and number here, so that every database orders alike. */
  private ImmutableList<RegisterRevision> revisions(String what, String sql, Optional<String> parameter) {
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_READ_COMMITTED, what, c -> {
      List<RegisterRevision> result = new ArrayList<>();
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        if (parameter.isPresent()) {
          statement.setString(1, parameter.get());
        }
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            result.add(revision(row));
          }
        }
      }
      return ImmutableList.sortedCopyOf(
          Comparator.comparing(RegisterRevision::register).thenComparingInt(RegisterRevision::number), result);
    });
  }

  @Override
  public boolean delete(RegisterId id) {
    checkArgument(id != null, "a register id is needed");
    boolean deleted = Jdbc.inTransaction(pool, Connection.TRANSACTION_READ_COMMITTED, "deleting register '" + id + "'", c -> {
      for (String table : RegisterWriter.TABLES) {
        deleteFrom(c, table, id);
      }
      return deleteFrom(c, "register_revision", id) > 0;
    });
    if (deleted) {
      journal.deleted(id);
    }
    return deleted;
  }

  private static int deleteFrom(Connection connection, String table, RegisterId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE register_id = ?")) {
      statement.setString(1, id.value());
      return statement.executeUpdate();
    }
  }

  /** The current time as stored: to the millisecond. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
