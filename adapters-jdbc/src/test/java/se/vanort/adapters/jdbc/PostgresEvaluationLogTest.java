package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.vanort.rules.history.EvaluationLog;
import se.vanort.rules.history.EvaluationLogContract;

/** The evaluation log contract on PostgreSQL. */
class PostgresEvaluationLogTest extends EvaluationLogContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.POSTGRESQL);

  @Override
  protected EvaluationLog log() {
    return STORE.store().evaluations();
  }
}
