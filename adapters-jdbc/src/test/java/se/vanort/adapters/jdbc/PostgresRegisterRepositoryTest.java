package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.RegisterRepositoryContract;

/** The register repository contract on PostgreSQL. */
class PostgresRegisterRepositoryTest extends RegisterRepositoryContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.POSTGRESQL);

  @Override
  protected RegisterRepository repository() {
    return STORE.store().registers();
  }
}
