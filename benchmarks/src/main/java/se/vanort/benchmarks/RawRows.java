package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of one stored register revision, copied out of vanort's tables, and written back or read
 * again with nothing but JDBC: one prepared statement per table, batches of 2,000 rows, one
 * transaction. It knows no domain type, so it measures what the database and driver cost.
 */
final class RawRows implements AutoCloseable {
  private static final String REVISIONS = "register_revision";
  private static final int BATCH = 2000;

  private final Connection connection;
  private final List<Table> tables;

  private record Table(String name, List<String> columns, List<Object[]> rows) {
    String insert() {
      return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
          + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
  }

  private RawRows(Connection connection, List<Table> tables) {
    this.connection = connection;
    this.tables = tables;
  }

  /**
   * The rows of revision {@code revision} of register {@code registerId}, read over a connection of
   * its own to {@code url} with {@code properties} (user, password, driver settings).
   */
  static RawRows copy(String url, Properties properties, String registerId, int revision) throws SQLException {
    Connection connection = DriverManager.getConnection(url, properties);
    connection.setAutoCommit(false);
    List<Table> tables = new ArrayList<>();
    for (String table : tablesOfRegisters(connection)) {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT * FROM " + table + " WHERE register_id = ? AND revision = ?")) {
        select.setString(1, registerId);
        select.setInt(2, revision);
        try (ResultSet rows = select.executeQuery()) {
          ResultSetMetaData meta = rows.getMetaData();
          List<String> columns = new ArrayList<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
          }
          List<Object[]> values = new ArrayList<>();
          while (rows.next()) {
            Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) {
              row[c] = rows.getObject(c + 1);
            }
            values.add(row);
          }
          if (!values.isEmpty()) {
            tables.add(new Table(table, columns, values));
          }
        }
      }
    }
    connection.commit();
    // The revision's own row first: every other table refers to it.
    tables.sort((a, b) -> Boolean.compare(!a.name().equals(REVISIONS), !b.name().equals(REVISIONS)));
    return new RawRows(connection, tables);
  }

  private static ImmutableList<String> tablesOfRegisters(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    Set<String> tables = new HashSet<>();
    try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    Set<String> withKey = new HashSet<>();
    try (ResultSet rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
      while (rows.next()) {
        if (rows.getString("COLUMN_NAME").equalsIgnoreCase("revision")) {
          withKey.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return tables.stream().filter(withKey::contains).sorted().collect(ImmutableList.toImmutableList());
  }

  /** The number of rows of the revision, over every table. */
  int rowCount() {
    return tables.stream().mapToInt(table -> table.rows().size()).sum();
  }

  /** The tables and their row counts, for the log. */
  String describe() {
    return tables.stream().map(t -> t.name() + "=" + t.rows().size()).collect(Collectors.joining(", "));
  }

  /** Inserts every row again as revision {@code revision} of register {@code registerId}, in one transaction. */
  void insert(String registerId, int revision) throws SQLException {
    for (Table table : tables) {
      int registerColumn = table.columns().indexOf("register_id");
      int revisionColumn = table.columns().indexOf("revision");
      try (PreparedStatement insert = connection.prepareStatement(table.insert())) {
        int pending = 0;
        for (Object[] row : table.rows()) {
          for (int c = 0; c < row.length; c++) {
            Object value = c == registerColumn ? registerId : c == revisionColumn ? Integer.valueOf(revision) : row[c];
            insert.setObject(c + 1, value);
          }
          insert.addBatch();
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          insert.executeBatch();
        }
      }
    }
    connection.commit();
  }

  /** Reads every row of revision {@code revision} of register {@code registerId}; returns the number of values read. */
  long select(String registerId, int revision) throws SQLException {
    long values = 0;
    for (Table table : tables) {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT * FROM " + table.name() + " WHERE register_id = ? AND revision = ?")) {
        select.setString(1, registerId);
        select.setInt(2, revision);
        try (ResultSet rows = select.executeQuery()) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
              values += rows.getObject(c) == null ? 0 : 1;
            }
          }
        }
      }
    }
    connection.commit();
    return values;
  }

  /** Deletes every revision of register {@code registerId} (the other tables follow by cascade). */
  void delete(String registerId) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + REVISIONS + " WHERE register_id = ?")) {
      delete.setString(1, registerId);
      delete.executeUpdate();
    }
    connection.commit();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
