package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.vanort.rules.history.EvaluationLog;
import se.vanort.rules.history.EvaluationLogContract;

/** The evaluation log contract on MariaDB. */
class MariaDbEvaluationLogTest extends EvaluationLogContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.MARIADB);

  @Override
  protected EvaluationLog log() {
    return STORE.store().evaluations();
  }
}
