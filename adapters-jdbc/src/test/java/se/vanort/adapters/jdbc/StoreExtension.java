package se.vanort.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens a {@link JdbcStore} on a schema of its own of a {@link TestDatabase} for a test class and
 * empties it before every test. A server that cannot be reached skips the class with a message on
 * a developer's machine, and fails it when the environment variable {@code CI} is set.
 */
final class StoreExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private final TestDatabase database;
  private TestDatabase.Schema schema;
  private JdbcStore store;

  private StoreExtension(TestDatabase database) {
    this.database = database;
  }

  /** A store on {@code database}. */
  static StoreExtension on(TestDatabase database) {
    return new StoreExtension(database);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    try {
      schema = database.create();
    } catch (SQLException e) {
      String message = database.description() + " is unreachable (" + e.getMessage() + ")";
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(message + "; CI is set, so the tests on it are required", e);
      }
      System.err.println("SKIPPED " + context.getDisplayName() + ": " + message
          + "; start the server to run them (set CI to make this a failure)");
      Assumptions.abort(message);
    }
    store = JdbcStore.open(schema.url(), schema.user(), schema.password());
  }

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    try (Connection connection = store.pool().getConnection(); Statement statement = connection.createStatement()) {
      for (String table : RegisterWriter.TABLES) {
        statement.executeUpdate("DELETE FROM " + table);
      }
      statement.executeUpdate("DELETE FROM register_revision");
      statement.executeUpdate("DELETE FROM evaluation");
      connection.commit();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    if (store != null) {
      store.close();
    }
    if (schema != null) {
      schema.drop().run();
    }
  }

  /** The store of the current test class. */
  JdbcStore store() {
    return store;
  }

  /** The database it runs on. */
  TestDatabase database() {
    return database;
  }
}
