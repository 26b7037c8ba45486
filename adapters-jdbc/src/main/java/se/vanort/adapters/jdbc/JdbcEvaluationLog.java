package se.vanort.adapters.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.document.RuleId;
import se.vanort.rules.ClauseCoverage;
import se.vanort.rules.Fact;
import se.vanort.rules.Finding;
import se.vanort.rules.RecordRef;
import se.vanort.rules.Report;
import se.vanort.rules.history.EvaluationEntry;
import se.vanort.rules.history.EvaluationLog;
import se.vanort.rules.history.LoggedFinding;
import se.vanort.rules.history.LoggedReport;

/**
 * The {@link EvaluationLog} of a relational database (H2, PostgreSQL, MariaDB): every report in
 * the tables of {@code V2__evaluations.sql} and {@code V5__typed_findings.sql}, findings with their
 * subjects (kind, id and recorded name) and named, typed facts (one row per value), coverage
 * and permissions, so that a report reads back equal; obtained from {@link JdbcStore#evaluations()}.
 */
public final class JdbcEvaluationLog implements EvaluationLog {
  private static final String[] KEY = {"evaluation_id"};

  private final DataSource pool;
  private final Clock clock;

  JdbcEvaluationLog(DataSource pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  @Override
  public EvaluationEntry append(Report report, Optional<Integer> revision) {
    checkArgument(report != null && revision != null, "a report and its revision (or none) are needed");
    checkArgument(revision.map(r -> r >= 1).orElse(true), "revision numbers start at 1, not %s", revision);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_READ_COMMITTED,
        "recording a check of register '" + report.getRegister() + "'", c -> {
          long id = insertEntry(c, report, revision, now);
          writeReport(c, id, report);
          return new EvaluationEntry(id, report.getRegister(), revision, report.getRulebookVersion(),
              report.getPeriod(), report.getAsOf(), now);
        });
  }

  private static long insertEntry(Connection c, Report report, Optional<Integer> revision, Instant now)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement("INSERT INTO evaluation (register_id, revision,"
        + " rulebook_version, period_from, period_to, as_of, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      Object[] values = {report.getRegister(), revision, report.getRulebookVersion(), report.getPeriod().from(),
          report.getPeriod().to(), report.getAsOf(), now};
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, Columns.bindable(values[i]));
      }
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void writeReport(Connection c, long id, Report report) throws SQLException {
    Object[] key = {id};
    Runnable none = () -> { };
    try (Batch findings = Batch.insert(c, "finding", KEY, key, none, "seq", "rule_id", "clause_id", "modality",
            "municipality_id", "municipality_name", "finding_year", "finding_date", "message_key", "obligation_uid");
        Batch subjects = Batch.insert(c, "finding_subject", KEY, key, none, "finding_seq", "seq", "subject",
            "record_kind", "record_name", "record_role");
        Batch facts = Batch.insert(c, "finding_fact", KEY, key, none, "finding_seq", "seq", "fact_name", "fact_type",
            "vocabulary");
        Batch values = Batch.insert(c, "finding_fact_value", KEY, key, none, "finding_seq", "fact_seq", "seq",
            "fact_value", "record_kind", "record_name", "record_role");
        Batch coverage = Batch.insert(c, "clause_coverage", KEY, key, none, "seq", "clause_id", "status", "reason",
            "tagged_activities");
        Batch coverageRules = Batch.insert(c, "clause_coverage_rule", KEY, key, none, "coverage_seq", "seq",
            "rule_id");
        Batch permissions = Batch.insert(c, "permission", KEY, key, none, "seq", "rule_id");
        Batch uncovered = Batch.insert(c, "uncovered_year", KEY, key, none, "seq", "uncovered_year")) {
      int seq = 0;
      for (Finding f : report.getFindings()) {
        findings.add(seq, f.getRule(), f.getClause(), f.getModality(), f.getMunicipality(), f.getMunicipalityName(),
            f.getYear(), f.getDate(), f.getMessageKey(), f.getObligation());
        int subject = 0;
        for (RecordRef ref : f.getSubjects()) {
          subjects.add(seq, subject++, ref.id(), ref.kind(), ref.name(), ref.role());
        }
        int factSeq = 0;
        for (Map.Entry<String, Fact> named : f.getFacts().entrySet()) {
          Fact fact = named.getValue();
          facts.add(seq, factSeq, named.getKey(), fact.type(), fact.vocabulary());
          ImmutableList<RecordRef> refs = fact.refs();
          for (int i = 0; i < fact.values().size(); i++) {
            Optional<RecordRef> ref = refs.isEmpty() ? Optional.empty() : Optional.of(refs.get(i));
            values.add(seq, factSeq, i, fact.values().get(i), ref.map(RecordRef::kind),
                ref.flatMap(RecordRef::name), ref.flatMap(RecordRef::role));
          }
          factSeq++;
        }
        seq++;
      }
      seq = 0;
      for (ClauseCoverage line : report.getCoverage()) {
        coverage.add(seq, line.getClause(), line.getStatus(), line.getReason(), line.getTaggedActivities());
        coverageRules.addAll(seq++, line.getRules());
      }
      seq = 0;
      for (var permission : report.getPermissions()) {
        permissions.add(seq++, permission.getId());
      }
      seq = 0;
      for (int year : report.getYearsWithoutAgreement()) {
        uncovered.add(seq++, year);
      }
      for (Batch batch : ImmutableList.of(findings, subjects, facts, values, coverage, coverageRules, permissions,
          uncovered)) {
        batch.flush();
      }
    }
  }

  @Override
  public ImmutableList<EvaluationEntry> entries(RegisterId register) {
    checkArgument(register != null, "a register id is needed");
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_READ_COMMITTED,
        "reading the checks of register '" + register + "'",
        c -> ReportReader.entries(c, ReportReader.Scope.register(register)));
  }

  @Override
  public Optional<LoggedReport> find(long id) {
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_REPEATABLE_READ, "reading check " + id,
        c -> ReportReader.reports(c, ReportReader.Scope.entry(id)).stream().findFirst());
  }

  @Override
  public ImmutableList<LoggedReport> history(RegisterId register) {
    checkArgument(register != null, "a register id is needed");
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_REPEATABLE_READ,
        "reading the history of register '" + register + "'",
        c -> ReportReader.reports(c, ReportReader.Scope.register(register)));
  }

  @Override
  public ImmutableList<LoggedFinding> findingsOf(RegisterId register, RuleId rule) {
    checkArgument(register != null && rule != null, "a register id and a rule id are needed");
    return Jdbc.inTransaction(pool, Connection.TRANSACTION_REPEATABLE_READ,
        "reading the findings of " + rule + " for register '" + register + "'",
        c -> ReportReader.findings(c, ReportReader.Scope.register(register), rule));
  }
}
