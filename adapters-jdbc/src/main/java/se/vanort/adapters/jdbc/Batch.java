package se.vanort.adapters.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows of one table inserted in batches of {@link #SIZE}: one prepared statement, bind
 * parameters only, and a hook run after every batch that tests use to fail a save halfway.
 */
final class Batch implements AutoCloseable {
  /** Rows sent to the database at once: large enough to amortise the round trip, small enough for any driver. */
  static final int SIZE = 2000;

  private final String table;
  private final PreparedStatement statement;
  private final Object[] key;
  private final Runnable afterBatch;
  private final RevisionDigest digest;
  private final List<Object[]> pending = new ArrayList<>();

  private Batch(String table, PreparedStatement statement, Object[] key, Runnable afterBatch, RevisionDigest digest) {
    this.table = table;
    this.statement = statement;
    this.key = key;
    this.afterBatch = afterBatch;
    this.digest = digest;
  }

  /**
   * A batch of inserts into {@code table}: the columns {@code keyColumns}, bound to {@code key} in
   * every row, then {@code columns}, bound to the values of each {@link #add}.
   */
  static Batch insert(Connection connection, String table, String[] keyColumns, Object[] key,
      Runnable afterBatch, String... columns) throws SQLException {
    return insert(connection, table, keyColumns, key, afterBatch, RevisionDigest.NONE, columns);
  }

  /** A batch as {@link #insert}, feeding every row to {@code digest} too. */
  static Batch insert(Connection connection, String table, String[] keyColumns, Object[] key,
      Runnable afterBatch, RevisionDigest digest, String... columns) throws SQLException {
    String names = Stream.concat(Stream.of(keyColumns), Stream.of(columns)).collect(Collectors.joining(", "));
    String marks = Stream.generate(() -> "?").limit(keyColumns.length + columns.length).collect(Collectors.joining(", "));
    PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
    return new Batch(table, statement, key, afterBatch, digest);
  }

  /** A batch that only feeds its rows to {@code digest}, for the digest of a register already stored. */
  static Batch digestOnly(String table, RevisionDigest digest) {
    return new Batch(table, null, new Object[0], () -> { }, digest);
  }

  /** Adds a row with {@code values}, converted by {@link Columns#bindable}; sends a full batch. */
  void add(Object... values) throws SQLException {
    add(values, values);
  }

  /** Adds a row with {@code values}, of which {@code digested} go to the digest; sends a full batch. */
  void add(Object[] values, Object[] digested) throws SQLException {
    digest.row(table, digested);
    if (statement == null) {
      return;
    }
    int index = 1;
    for (Object value : key) {
      statement.setObject(index++, value);
    }
    for (Object value : values) {
      statement.setObject(index++, Columns.bindable(value));
    }
    statement.addBatch();
    pending.add(values);
    if (pending.size() == SIZE) {
      flush();
    }
  }

  /** Adds one row {@code (parentSeq, seq, value)} per element of {@code values}, {@code seq} counting from 0. */
  void addAll(int parentSeq, Iterable<?> values) throws SQLException {
    int seq = 0;
    for (Object value : values) {
      add(parentSeq, seq++, value);
    }
  }

  /** Sends the rows added since the last batch. */
  void flush() throws SQLException {
    if (!pending.isEmpty()) {
      try {
        statement.executeBatch();
      } catch (BatchUpdateException e) {
        throw refused(e);
      }
      pending.clear();
      afterBatch.run();
    }
  }

  /**
   * The refusal of a batch, naming the table and the row the database refused (the first one its
   * driver reports as failed, else the batch's first) by the texts that identify it, and the
   * database's error in a line: never the batch itself, which drivers quote whole.
   */
  private SQLException refused(BatchUpdateException e) {
    int[] counts = e.getUpdateCounts() == null ? new int[0] : e.getUpdateCounts();
    int failed = counts.length < pending.size() ? counts.length : 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == Statement.EXECUTE_FAILED) {
        failed = i;
        break;
      }
    }
    String row = Arrays.stream(pending.get(Math.min(failed, pending.size() - 1)))
        .map(Columns::bindable)
        .filter(value -> value instanceof String)
        .map(value -> "'" + abbreviated((String) value) + "'")
        .limit(2)
        .collect(Collectors.joining(", "));
    SQLException refused = new SQLException("table " + table + " refused the row of " + (row.isEmpty() ? "the batch" : row)
        + ": " + Jdbc.describe(e), e.getNextException() != null ? e.getNextException().getSQLState() : e.getSQLState());
    refused.initCause(e);
    return refused;
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  @Override
  public void close() throws SQLException {
    if (statement != null) {
      statement.close();
    }
  }
}
