package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC adapter's own promises on MariaDB. */
class MariaDbAdapterTest extends AdapterContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.MARIADB);

  @Override
  StoreExtension store() {
    return STORE;
  }
}
