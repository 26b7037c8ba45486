package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC adapter's own promises on PostgreSQL. */
class PostgresAdapterTest extends AdapterContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.POSTGRESQL);

  @Override
  StoreExtension store() {
    return STORE;
  }
}
