package se.vanort.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import se.vanort.domain.repository.StorageException;

/** Transactions over a pool, with JDBC's checked exceptions turned into the ports' own. */
final class Jdbc {
  private Jdbc() {}

  /** Work done on a connection inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction at {@code isolation}, committing if it returns and rolling
   * back whatever it throws, so that nothing of a failed piece of work is ever visible.
   *
   * @throws StorageException for a failure of the database, naming {@code what}
   */
  static <T> T inTransaction(DataSource pool, int isolation, String what, Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(isolation);
      try {
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollBack(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageException(what, e);
    }
  }

  private static void rollBack(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Whether {@code e} says that a row with the same key exists (SQLSTATE class 23 in every dialect). */
  static boolean isIntegrityViolation(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }
}
