package se.vanort.adapters.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import se.vanort.domain.register.RecordShape;
import se.vanort.domain.register.Register;

/**
 * Writes the records of one register revision into the tables {@link RegisterTables} describes,
 * one batched statement per table; every list keeps its order in the {@code seq} column, and a
 * child table's rows carry their parent's {@code seq}.
 */
final class RegisterWriter {
  private static final String[] KEY = {"register_id", "revision"};

  /** Every table that holds records of a revision, keyed by register_id and revision. */
  static final ImmutableList<String> TABLES = RegisterTables.TABLES;

  private final Connection connection;
  private final Object[] key;
  private final Runnable afterBatch;
  private final RevisionDigest digest;
  private final Map<Table, Batch> batches = new IdentityHashMap<>();
  private final List<Batch> inOrder = new ArrayList<>();

  private RegisterWriter(Connection connection, Register register, int revision, Runnable afterBatch,
      RevisionDigest digest) {
    this.connection = connection;
    this.key = new Object[] {register.getId().value(), revision};
    this.afterBatch = afterBatch;
    this.digest = digest;
  }

  /**
   * The SHA-256 of the rows {@link #write} writes for {@code register} (see {@link RevisionDigest}),
   * computed without a database: the digest a revision holding {@code register} must have.
   */
  static String digest(Register register) {
    RevisionDigest digest = RevisionDigest.sha256();
    try {
      new RegisterWriter(null, register, 1, () -> { }, digest).writeAll(register);
    } catch (SQLException e) {
      throw new IllegalStateException("a digest touches no database", e);
    }
    return digest.hex();
  }

  /** Writes every record of {@code register} as revision {@code revision}, running {@code afterBatch} after each batch. */
  static void write(Connection connection, Register register, int revision, Runnable afterBatch) throws SQLException {
    RegisterWriter writer = new RegisterWriter(connection, register, revision, afterBatch, RevisionDigest.NONE);
    try {
      writer.writeAll(register);
    } finally {
      for (Batch batch : writer.inOrder) {
        batch.close();
      }
    }
  }

  private void writeAll(Register register) throws SQLException {
    for (Table.Child list : RegisterTables.LISTS) {
      open(list.table(), List.of());
    }
    RecordShape shape = RecordShape.of(Register.class);
    for (Table.Child list : RegisterTables.LISTS) {
      rows(list.table(), (List<?>) shape.attribute(list.path()).orElseThrow().valueIn(register), new Object[0]);
    }
    for (Batch batch : inOrder) {
      batch.flush();
    }
  }

  /** Prepares the insert of {@code table} and of its child tables, parents first, after the parents' seq columns. */
  private void open(Table table, List<String> parentColumns) throws SQLException {
    List<String> columns = new ArrayList<>(parentColumns);
    columns.add("seq");
    columns.addAll(table.columnNames());
    String[] names = columns.toArray(String[]::new);
    Batch batch = connection == null ? Batch.digestOnly(table.name(), digest)
        : Batch.insert(connection, table.name(), KEY, key, afterBatch, digest, names);
    batches.put(table, batch);
    inOrder.add(batch);
    for (Table.Child child : table.children()) {
      List<String> keys = new ArrayList<>(parentColumns);
      keys.add(child.parentColumn());
      open(child.table(), keys);
    }
  }

  /** Adds a row per element of {@code records}, each followed by the rows of its lists. */
  private void rows(Table table, Iterable<?> records, Object[] parentSeqs) throws SQLException {
    Batch batch = batches.get(table);
    int seq = 0;
    for (Object record : records) {
      List<Object> row = new ArrayList<>(List.of(parentSeqs));
      row.add(seq);
      row.addAll(table.row(record));
      batch.add(row.toArray(), table.digested(row, parentSeqs.length + 1).toArray());
      Object[] own = new Object[parentSeqs.length + 1];
      System.arraycopy(parentSeqs, 0, own, 0, parentSeqs.length);
      own[parentSeqs.length] = seq;
      for (Table.Child child : table.children()) {
        rows(child.table(), Table.listAt(record, child.path()), own);
      }
      seq++;
    }
  }
}
