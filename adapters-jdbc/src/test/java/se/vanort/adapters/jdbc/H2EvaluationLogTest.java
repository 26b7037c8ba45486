package se.vanort.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import se.vanort.rules.history.EvaluationLog;
import se.vanort.rules.history.EvaluationLogContract;

/** The evaluation log contract on an in-memory H2. */
class H2EvaluationLogTest extends EvaluationLogContract {
  @RegisterExtension
  static final StoreExtension STORE = StoreExtension.on(TestDatabase.H2);

  @Override
  protected EvaluationLog log() {
    return STORE.store().evaluations();
  }
}
