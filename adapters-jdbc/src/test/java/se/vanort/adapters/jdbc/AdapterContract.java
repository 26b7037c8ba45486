package se.vanort.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.examples.ExampleRegisters;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.repository.RegisterRepository;
import se.vanort.domain.repository.RegisterRevision;
import se.vanort.domain.repository.RichRegisters;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;
import se.vanort.rules.history.EvaluationEntry;
import se.vanort.rules.history.LoggedReport;

/**
 * What the JDBC adapter promises beyond the ports' contracts, on every database: a failed save
 * leaves no trace, a delete leaves no row behind, a load costs the same number of queries whatever
 * the register's size, and the tables answer an official's questions in plain SQL.
 */
abstract class AdapterContract {
  private static final RegisterId VIMMERBY = RegisterId.of("vimmerby");

  /** The store of the subclass's database, empty at the start of each test. */
  abstract StoreExtension store();

  private JdbcRegisterRepository repository(DataSource pool, Runnable afterBatch) {
    return new JdbcRegisterRepository(pool, Clock.systemUTC(), afterBatch);
  }

  /** A register large enough to be written in many batches, drawn once for all tests. */
  private static final Supplier<Register> LARGE = Suppliers.memoize(() -> {
    List<Register> drawn = new ArrayList<>();
    qt().withExamples(1).withFixedSeed(7).forAll(RegisterGenerators.registers(4_000, 4_000)).checkAssert(drawn::add);
    return drawn.get(0);
  });

  private static Register large(RegisterId id) {
    return LARGE.get().withId(id);
  }

  @Test
  void a_save_that_fails_halfway_leaves_the_previous_revision_as_it_was_and_no_row_of_the_new_one() throws SQLException {
    Register before = RichRegisters.every(VIMMERBY, "före");
    store().store().registers().save(before);
    Register big = large(VIMMERBY);
    AtomicInteger batches = new AtomicInteger();
    RegisterRepository probe = repository(store().store().pool(), batches::incrementAndGet);
    probe.save(big.withId(RegisterId.of("probe")));
    int halfway = batches.get() / 2;
    assertThat(halfway).isGreaterThan(2);
    AtomicInteger sent = new AtomicInteger();
    RegisterRepository failing = repository(store().store().pool(), () -> {
      if (sent.incrementAndGet() == halfway) {
        throw new IllegalStateException("injected failure after batch " + halfway);
      }
    });

    assertThatThrownBy(() -> failing.save(big, 1)).hasMessageContaining("injected failure");

    RegisterRepository registers = store().store().registers();
    assertThat(registers.revisions(VIMMERBY)).extracting(RegisterRevision::number).containsExactly(1);
    assertThat(registers.load(VIMMERBY).register()).isEqualTo(before);
    assertThat(rowsOf(VIMMERBY, 2)).isZero();
    assertThat(registers.save(big, 1).number()).isEqualTo(2);
    assertThat(registers.load(VIMMERBY).register()).isEqualTo(big);
  }

  @Test
  void deleting_a_register_leaves_no_row_of_it_in_any_table() throws SQLException {
    store().store().registers().save(RichRegisters.every(VIMMERBY, "ett"));
    store().store().registers().save(RichRegisters.every(VIMMERBY, "två"));
    assertThat(rowsOf(VIMMERBY, 2)).isGreaterThan(50);

    store().store().registers().delete(VIMMERBY);

    assertThat(rowsOf(VIMMERBY, 1) + rowsOf(VIMMERBY, 2)).isZero();
  }

  @Test
  void loading_a_revision_takes_as_many_queries_for_a_large_register_as_for_a_small_one() {
    store().store().registers().save(RichRegisters.minimal(RegisterId.of("small"), LocalDate.of(2025, 1, 1)));
    store().store().registers().save(large(RegisterId.of("large")));
    AtomicInteger statements = new AtomicInteger();
    RegisterRepository counted = repository(counting(store().store().pool(), statements), () -> { });

    counted.load(RegisterId.of("small"));
    int small = statements.getAndSet(0);
    counted.load(RegisterId.of("large"));

    assertThat(statements.get()).isEqualTo(small).isEqualTo(RegisterWriter.TABLES.size() + 1);
  }

  @Test
  void a_register_saved_reloaded_and_rechecked_gives_the_same_report_and_the_log_keeps_it() {
    JdbcStore store = store().store();
    for (Register register : List.of(ExampleRegisters.vimmerby2016(), RichRegisters.every(VIMMERBY, "om igen"),
        LARGE.get())) {
      Report report = Rulebook.standard().check(register);
      RegisterRevision saved = store.registers().save(register);

      Register reloaded = store.registers().load(register.getId(), saved.number()).register();
      Report again = Rulebook.standard().check(reloaded);
      EvaluationEntry entry = store.evaluations().append(again, saved.number());

      assertThat(again).isEqualTo(report);
      assertThat(store.evaluations().find(entry.id())).map(LoggedReport::report).contains(report);
      assertThat(store.evaluations().entries(register.getId())).last()
          .satisfies(last -> {
            assertThat(last.rulebookVersion()).isEqualTo(Rulebook.standard().version());
            assertThat(last.revision()).contains(saved.number());
          });
    }
  }

  @Test
  void an_official_can_list_the_council_decisions_on_twin_towns_in_sql() throws SQLException {
    Register register = Register.builder().from(RichRegisters.every(VIMMERBY, "vänort"))
        .addDecision(Decision.builder().id(DecisionId.of("kf-1994-12")).body(BodyId.of("kf"))
            .date(LocalDate.of(1994, 5, 30)).paragraph(12).matter(Matter.ESTABLISH_TWIN_TOWN)
            .addSubject(RecordId.of("vimmerby-joniskis")).summary("Joniškis blir vänort").build())
        .build();
    store().store().registers().save(RichRegisters.minimal(VIMMERBY, LocalDate.of(1990, 1, 1)));
    store().store().registers().save(register);

    List<String> found = new ArrayList<>();
    try (Connection connection = store().store().pool().getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT d.decided_on, d.paragraph, d.summary, r.partner_id"
                + " FROM latest_revision l"
                + " JOIN decision d ON d.register_id = l.register_id AND d.revision = l.revision"
                + " JOIN body b ON b.register_id = d.register_id AND b.revision = d.revision AND b.body_id = d.body_id"
                + " JOIN decision_subject s ON s.register_id = d.register_id AND s.revision = d.revision"
                + " AND s.decision_seq = d.seq"
                + " JOIN relationship r ON r.register_id = d.register_id AND r.revision = d.revision"
                + " AND r.relation_id = s.record_id"
                + " WHERE l.register_id = ? AND b.kind = 'COUNCIL' AND r.kind = 'TWIN_TOWN'"
                + " ORDER BY d.decided_on")) {
      query.setString(1, VIMMERBY.value());
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          found.add(row.getObject(1, LocalDate.class) + " §" + row.getInt(2) + " " + row.getString(3) + " "
              + row.getString(4));
        }
      }
      connection.commit();
    }

    assertThat(found).containsExactly("1994-05-30 §12 Joniškis blir vänort Joniškis");
  }

  @Test
  void every_query_of_the_persistence_guide_runs_unchanged() throws Exception {
    String guide = Files.readString(Path.of("..", "docs", "persistence.md"));
    Matcher block = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(guide);
    List<String> queries = new ArrayList<>();
    while (block.find()) {
      queries.add(block.group(1).strip().replaceAll(";$", ""));
    }
    store().store().registers().save(ExampleRegisters.vimmerby2016().withId(VIMMERBY));
    store().store().registers().save(Register.builder().from(RichRegisters.every(VIMMERBY, "guide"))
        .addDecision(Decision.builder().id(DecisionId.of("kf-1994-12")).body(BodyId.of("kf"))
            .date(LocalDate.of(1994, 5, 30)).matter(Matter.ESTABLISH_TWIN_TOWN)
            .addSubject(RecordId.of("vimmerby-joniskis")).build())
        .build());
    store().store().evaluations().append(Rulebook.standard().check(RichRegisters.every(VIMMERBY, "guide")), 2);

    assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
    try (Connection connection = store().store().pool().getConnection();
        Statement statement = connection.createStatement()) {
      int found = 0;
      for (String query : queries) {
        try (ResultSet rows = statement.executeQuery(query)) {
          while (rows.next()) {
            found++;
          }
        }
      }
      assertThat(found).isGreaterThan(queries.size());
      connection.commit();
    }
  }

  /** The rows of revision {@code revision} of {@code id} in every table of the schema that has a register_id. */
  private long rowsOf(RegisterId id, int revision) throws SQLException {
    long rows = 0;
    try (Connection connection = store().store().pool().getConnection()) {
      for (String table : tablesWithRegisterId(connection)) {
        try (PreparedStatement count = connection.prepareStatement(
            "SELECT COUNT(*) FROM " + table + " WHERE register_id = ? AND revision = ?")) {
          count.setString(1, id.value());
          count.setInt(2, revision);
          try (ResultSet row = count.executeQuery()) {
            row.next();
            rows += row.getLong(1);
          }
        }
      }
      connection.commit();
    }
    return rows;
  }

  /** Found in the database's own catalogue, so that a table missing from the adapter's list shows up. */
  private static List<String> tablesWithRegisterId(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData metaData = connection.getMetaData();
    String column = metaData.storesUpperCaseIdentifiers() ? "REGISTER_ID" : "register_id";
    try (ResultSet columns = metaData.getColumns(connection.getCatalog(), connection.getSchema(), "%", column)) {
      while (columns.next()) {
        String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!table.equals("latest_revision") && !table.equals("evaluation")) {
          tables.add(table);
        }
      }
    }
    assertThat(tables).hasSize(RegisterWriter.TABLES.size() + 1);
    return tables;
  }

  /** {@code pool}, counting every statement prepared or created on its connections. */
  private static DataSource counting(DataSource pool, AtomicInteger statements) {
    return (DataSource) Proxy.newProxyInstance(AdapterContract.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(pool, method, args);
          if (!method.getName().equals("getConnection")) {
            return result;
          }
          Connection connection = (Connection) result;
          return Proxy.newProxyInstance(AdapterContract.class.getClassLoader(), new Class<?>[] {Connection.class},
              (p, m, a) -> {
                if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")) {
                  statements.incrementAndGet();
                }
                return invoke(connection, m, a);
              });
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
