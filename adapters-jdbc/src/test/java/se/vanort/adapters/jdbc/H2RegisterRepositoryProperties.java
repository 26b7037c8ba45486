package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.RegisterRepositoryPropertyContract;

/** The register repository's properties on an in-memory H2, with 500 registers per claim. */
class H2RegisterRepositoryProperties extends RegisterRepositoryPropertyContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.H2);

  @Override
  protected RegisterRepository repository() {
    return STORE.store().registers();
  }

  @Override
  protected int examples() {
    return 500;
  }
}
