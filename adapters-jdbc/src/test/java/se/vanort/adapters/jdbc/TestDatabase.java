package se.vanort.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The databases the contract tests run on: an in-memory H2, always there, and the PostgreSQL and
 * MariaDB servers of the machine (127.0.0.1, database {@code test}). Every run gets a schema of
 * its own, dropped at the end, so that runs never see each other's rows.
 */
enum TestDatabase {
  /** H2 in memory. */
  H2("H2 (in memory)") {
    @Override
    Schema create() {
      String url = "jdbc:h2:mem:" + uniqueName() + ";DB_CLOSE_DELAY=-1;DEFAULT_LOCK_TIMEOUT=60000";
      return new Schema(url, "sa", "", () -> { });
    }
  },
  /** PostgreSQL at 127.0.0.1:5432, database test, trust authentication. */
  POSTGRESQL("PostgreSQL at 127.0.0.1:5432 (database test)") {
    @Override
    Schema create() throws SQLException {
      String schema = uniqueName();
      String server = "jdbc:postgresql://127.0.0.1:5432/test";
      String user = firstUserThatConnects(server, List.of("postgres", "root", System.getProperty("user.name")));
      execute(server, user, "CREATE SCHEMA " + schema);
      return new Schema(server + "?currentSchema=" + schema, user, null,
          () -> execute(server, user, "DROP SCHEMA " + schema + " CASCADE"));
    }
  },
  /** MariaDB at 127.0.0.1:3306, root without a password, a database of its own next to test. */
  MARIADB("MariaDB at 127.0.0.1:3306 (root, database test)") {
    @Override
    Schema create() throws SQLException {
      String database = uniqueName();
      String server = "jdbc:mariadb://127.0.0.1:3306/test?sslMode=disable";
      execute(server, "root", "CREATE DATABASE " + database);
      return new Schema("jdbc:mariadb://127.0.0.1:3306/" + database + "?sslMode=disable", "root", null,
          () -> execute(server, "root", "DROP DATABASE " + database));
    }
  };

  /** A schema created for one test class, and how to drop it. */
  record Schema(String url, String user, String password, Drop drop) {}

  /** Drops a schema. */
  @FunctionalInterface
  interface Drop {
    void run() throws SQLException;
  }

  private final String description;

  TestDatabase(String description) {
    this.description = description;
  }

  /** Creates an empty schema of its own on this database. */
  abstract Schema create() throws SQLException;

  /** Where the database is expected, for messages. */
  String description() {
    return description;
  }

  private static String uniqueName() {
    return "vanort_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  private static String firstUserThatConnects(String url, List<String> users) throws SQLException {
    SQLException last = null;
    for (String user : users) {
      try (Connection ignored = DriverManager.getConnection(url, user, null)) {
        return user;
      } catch (SQLException e) {
        last = e;
      }
    }
    throw last;
  }

  private static void execute(String url, String user, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, null);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
