package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.RegisterRepositoryContract;

/** The register repository contract on MariaDB. */
class MariaDbRegisterRepositoryTest extends RegisterRepositoryContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.MARIADB);

  @Override
  protected RegisterRepository repository() {
    return STORE.store().registers();
  }
}
