package se.vanort.adapters.jdbc;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.RecordShape;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;

/**
 * Reads one register revision back from the tables {@link RegisterTables} describes: one query per
 * table, whatever the register's size, columns by name, with the rows of child tables grouped by
 * their parents' {@code seq}. The register is built through its builder, so it is validated like
 * any other; a row that does not make a record throws the {@link IllegalArgumentException} or
 * {@link IllegalStateException} its builder throws.
 */
final class RegisterReader {
  private final Connection connection;
  private final RegisterId id;
  private final int revision;

  private RegisterReader(Connection connection, RegisterId id, int revision) {
    this.connection = connection;
    this.id = id;
    this.revision = revision;
  }

  /** Reads revision {@code revision} of {@code id}, whose header row says it is of {@code perspective}. */
  static Register read(Connection connection, RegisterId id, int revision, Perspective perspective)
      throws SQLException {
    RegisterReader reader = new RegisterReader(connection, id, revision);
    Map<String, Object> values = new HashMap<>();
    values.put("id", id);
    values.put("perspective", perspective);
    for (Table.Child list : RegisterTables.LISTS) {
      values.put(list.path(), reader.rows(list.table(), List.of()).get(List.of()));
    }
    return (Register) RecordShape.of(Register.class).build(values);
  }

  /**
   * The records of {@code table} (with their lists, read first from the child tables), grouped by
   * their parents' seq values; {@code parentColumns} names those columns.
   */
  private ListMultimap<List<Integer>, Object> rows(Table table, List<String> parentColumns) throws SQLException {
    Map<Table.Child, ListMultimap<List<Integer>, Object>> children = new HashMap<>();
    for (Table.Child child : table.children()) {
      List<String> keys = new ArrayList<>(parentColumns);
      keys.add(child.parentColumn());
      children.put(child, rows(child.table(), keys));
    }
    List<String> columns = new ArrayList<>(parentColumns);
    columns.add("seq");
    columns.addAll(table.columnNames());
    String order = String.join(", ", columns.subList(0, parentColumns.size() + 1));
    ListMultimap<List<Integer>, Object> records = ArrayListMultimap.create();
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + String.join(", ", columns) + " FROM "
        + table.name() + " WHERE register_id = ? AND revision = ? ORDER BY " + order)) {
      statement.setFetchSize(Batch.SIZE);
      statement.setString(1, id.value());
      statement.setInt(2, revision);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          List<Integer> parents = new ArrayList<>(parentColumns.size());
          for (String column : parentColumns) {
            parents.add(row.getInt(column));
          }
          List<Integer> own = new ArrayList<>(parents);
          own.add(row.getInt("seq"));
          Map<String, List<Object>> lists = new HashMap<>();
          children.forEach((child, values) -> lists.put(child.path(), values.get(own)));
          records.put(List.copyOf(parents), table.read(row, lists));
        }
      }
    }
    return records;
  }
}
