package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.RegisterRepositoryPropertyContract;

/** The register repository's properties on MariaDB, with 200 registers per claim. */
class MariaDbRegisterRepositoryProperties extends RegisterRepositoryPropertyContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.MARIADB);

  @Override
  protected RegisterRepository repository() {
    return STORE.store().registers();
  }

  @Override
  protected int examples() {
    return 200;
  }
}
