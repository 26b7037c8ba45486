package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC adapter's own promises on an in-memory H2. */
class H2AdapterTest extends AdapterContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.H2);

  @Override
  StoreExtension store() {
    return STORE;
  }
}
