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
import se.vanort.domain.repository.RevisionConflictException;
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

  /** A repository on {@code pool} that runs {@code afterBatch} after every batch of a save (tests fail saves there). */
  JdbcRegisterRepository(DataSource pool, Clock clock, Runnable afterBatch) {
    this.pool = pool;
    this.clock = clock;
    this.afterBatch = afterBatch;
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
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_READ_COMMITTED, "saving register '" + id + "'", c -> {
      int latest = latest(c, id);
      int base = expected.orElse(latest);
      if (latest != base) {
        throw new RevisionConflictException(id, base, latest);
      }
      RegisterRevision revision = new RegisterRevision(
          id, base + 1, now(), register.recordCount());
      claim(c, register, revision);
      RegisterWriter.write(c, register, revision.number(), afterBatch);
      return revision;
    });
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
  private static void claim(Connection connection, Register register, RegisterRevision revision) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO register_revision"
        + " (register_id, revision, saved_at, record_count, perspective_municipality, as_of) VALUES (?, ?, ?, ?, ?, ?)")) {
      statement.setString(1, revision.register().value());
      statement.setInt(2, revision.number());
      statement.setObject(3, Columns.bindable(revision.savedAt()));
      statement.setInt(4, revision.recordCount());
      statement.setString(5, register.getPerspective().getMunicipality().value());
      statement.setObject(6, register.asOf());
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

  /** Loads the revision of {@code id} that {@code revisionSql} (with one parameter) selects, in one snapshot. */
  private Optional<StoredRegister> load(RegisterId id, String revisionSql, Object parameter) {
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_REPEATABLE_READ, "loading register '" + id + "'", c -> {
      try (PreparedStatement statement = c.prepareStatement("SELECT " + REVISION_COLUMNS
          + ", perspective_municipality, as_of FROM register_revision WHERE register_id = ? AND revision = "
          + revisionSql)) {
        statement.setString(1, id.value());
        statement.setObject(2, parameter);
        try (ResultSet row = statement.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          RegisterRevision revision = revision(row);
          Perspective perspective = Perspective.of(MunicipalityId.of(row.getString(5)), Columns.date(row, 6));
          return Optional.of(new StoredRegister(
              revision, RegisterReader.read(c, id, revision.number(), perspective)));
        }
      }
    });
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
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_READ_COMMITTED, "deleting register '" + id + "'", c -> {
      for (String table : RegisterWriter.TABLES) {
        deleteFrom(c, table, id);
      }
      return deleteFrom(c, "register_revision", id) > 0;
    });
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
