package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.RegisterRepositoryContract;

/** The register repository contract on an in-memory H2. */
class H2RegisterRepositoryTest extends RegisterRepositoryContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.H2);

  @Override
  protected RegisterRepository repository() {
    return STORE.store().registers();
  }
}
