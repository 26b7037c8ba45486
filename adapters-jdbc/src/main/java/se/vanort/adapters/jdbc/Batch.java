package se.vanort.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows of one table inserted in batches of {@link #SIZE}: one prepared statement, bind
 * parameters only, and a hook run after every batch that tests use to fail a save halfway.
 */
final class Batch implements AutoCloseable {
  /** Rows sent to the database at once: large enough to amortise the round trip, small enough for any driver. */
  static final int SIZE = 2000;

  private final PreparedStatement statement;
  private final Object[] key;
  private final Runnable afterBatch;
  private int pending;

  private Batch(PreparedStatement statement, Object[] key, Runnable afterBatch) {
    this.statement = statement;
    this.key = key;
    this.afterBatch = afterBatch;
  }

  /**
   * A batch of inserts into {@code table}: the columns {@code keyColumns}, bound to {@code key} in
   * every row, then {@code columns}, bound to the values of each {@link #add}.
   */
  static Batch insert(Connection connection, String table, String[] keyColumns, Object[] key,
      Runnable afterBatch, String... columns) throws SQLException {
    String names = Stream.concat(Stream.of(keyColumns), Stream.of(columns)).collect(Collectors.joining(", "));
    String marks = Stream.generate(() -> "?").limit(keyColumns.length + columns.length).collect(Collectors.joining(", "));
    PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
    return new Batch(statement, key, afterBatch);
  }

  /** Adds a row with {@code values}, converted by {@link Columns#bindable}; sends a full batch. */
  void add(Object... values) throws SQLException {
    int index = 1;
    for (Object value : key) {
      statement.setObject(index++, value);
    }
    for (Object value : values) {
      statement.setObject(index++, Columns.bindable(value));
    }
    statement.addBatch();
    if (++pending == SIZE) {
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
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
      afterBatch.run();
    }
  }

  @Override
  public void close() throws SQLException {
    statement.close();
  }
}
