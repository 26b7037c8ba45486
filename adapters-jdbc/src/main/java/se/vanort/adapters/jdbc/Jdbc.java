package se.vanort.adapters.jdbc;

import java.sql.BatchUpdateException;
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
      throw failure(what, e);
    }
  }

  /** The failure of {@code what}, told by {@link #describe} rather than by the driver's whole message. */
  static StorageException failure(String what, SQLException e) {
    StorageException failure = new StorageException(what + " failed: " + describe(e));
    failure.initCause(e);
    return failure;
  }

  /** The most a message quotes of a database's error. */
  private static final int MOST_QUOTED = 600;

  /**
   * The database's error in a line: the error behind a failed batch rather than the batch, which
   * PostgreSQL's driver quotes whole with every value (80 kB for a register), cut to a few hundred
   * characters, with its SQLSTATE.
   */
  static String describe(SQLException e) {
    SQLException told = e;
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      told = e.getNextException();
    }
    String message = told.getMessage() == null ? told.getClass().getSimpleName() : told.getMessage().strip();
    int lineEnd = message.indexOf('\n');
    if (lineEnd > 0) {
      message = message.substring(0, lineEnd).strip();
    }
    if (message.length() > MOST_QUOTED) {
      message = message.substring(0, MOST_QUOTED) + " …";
    }
    return told.getSQLState() == null ? message : message + " (SQLSTATE " + told.getSQLState() + ")";
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
