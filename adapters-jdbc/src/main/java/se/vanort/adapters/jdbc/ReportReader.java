package se.vanort.adapters.jdbc;

import static se.vanort.adapters.jdbc.Columns.constant;
import static se.vanort.adapters.jdbc.Columns.date;
import static se.vanort.adapters.jdbc.Columns.id;
import static se.vanort.adapters.jdbc.Columns.optionalDate;
import static se.vanort.adapters.jdbc.Columns.optionalId;
import static se.vanort.adapters.jdbc.Columns.optionalInt;
import static se.vanort.adapters.jdbc.Columns.optionalText;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.rules.ClauseCoverage;
import se.vanort.rules.ClauseStatus;
import se.vanort.rules.Fact;
import se.vanort.rules.Finding;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;
import se.vanort.rules.Report;
import se.vanort.rules.history.EvaluationEntry;
import se.vanort.rules.history.LoggedFinding;
import se.vanort.rules.history.LoggedReport;

/**
 * Reads logged checks back: entries, then findings, their subjects and facts, coverage and
 * permissions of every check in a {@link Scope}, one query per table however many checks there are.
 */
final class ReportReader {
  private ReportReader() {}

  /** Which checks to read: a condition on {@code evaluation e} with its one parameter. */
  record Scope(String condition, Object parameter) {
    /** Every check of {@code register}. */
    static Scope register(RegisterId register) {
      return new Scope("e.register_id = ?", register.value());
    }

    /** The check recorded as entry {@code id}. */
    static Scope entry(long id) {
      return new Scope("e.evaluation_id = ?", id);
    }
  }

  /** A row of a child table: the check and the seq of its parent row. */
  private record Parent(long evaluation, int seq) {}

  /** A fact of a finding: the check, the finding's seq and the fact's seq. */
  private record FactKey(long evaluation, int finding, int fact) {}

  /** The record {@code id} of the kind, name and role in the three columns from {@code column}. */
  private static RecordRef ref(ResultSet row, int column, String id) throws SQLException {
    return new RecordRef(constant(row, column, RecordKind.class), id, optionalText(row, column + 1),
        optionalText(row, column + 2));
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /** Runs {@code SELECT columns FROM table x JOIN evaluation e ... WHERE scope and extra}, reading each row. */
  private static void select(Connection c, Scope scope, String columns, String from, String order,
      Optional<RuleId> rule, RowReader reader) throws SQLException {
    String sql = "SELECT " + columns + " FROM " + from + " WHERE " + scope.condition()
        + rule.map(r -> " AND f.rule_id = ?").orElse("") + " ORDER BY " + order;
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setFetchSize(Batch.SIZE);
      statement.setObject(1, scope.parameter());
      if (rule.isPresent()) {
        statement.setString(2, rule.get().value());
      }
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          reader.read(row);
        }
      }
    }
  }

  /** The entries of the checks in {@code scope}, oldest first. */
  static ImmutableList<EvaluationEntry> entries(Connection c, Scope scope) throws SQLException {
    ImmutableList.Builder<EvaluationEntry> entries = ImmutableList.builder();
    select(c, scope, "e.evaluation_id, e.register_id, e.revision, e.rulebook_version, e.period_from, e.period_to,"
        + " e.as_of, e.recorded_at", "evaluation e", "e.evaluation_id", Optional.empty(),
        row -> entries.add(new EvaluationEntry(row.getLong(1), RegisterId.of(row.getString(2)), optionalInt(row, 3),
            row.getString(4), DateRange.of(date(row, 5), date(row, 6)), date(row, 7), Columns.instant(row, 8))));
    return entries.build();
  }

  /** The checks in {@code scope} with their whole reports, oldest first. */
  static ImmutableList<LoggedReport> reports(Connection c, Scope scope) throws SQLException {
    ImmutableList<EvaluationEntry> entries = entries(c, scope);
    ListMultimap<Long, Finding> findings = findings(c, scope, Optional.empty());
    ListMultimap<Parent, RuleId> coverageRules = ArrayListMultimap.create();
    select(c, scope, "x.evaluation_id, x.coverage_seq, x.rule_id",
        "clause_coverage_rule x JOIN evaluation e ON e.evaluation_id = x.evaluation_id",
        "x.evaluation_id, x.coverage_seq, x.seq", Optional.empty(),
        row -> coverageRules.put(new Parent(row.getLong(1), row.getInt(2)), id(row, 3, RuleId::of)));
    ListMultimap<Long, ClauseCoverage> coverage = ArrayListMultimap.create();
    select(c, scope, "x.evaluation_id, x.seq, x.clause_id, x.status, x.reason, x.tagged_activities",
        "clause_coverage x JOIN evaluation e ON e.evaluation_id = x.evaluation_id", "x.evaluation_id, x.seq",
        Optional.empty(), row -> coverage.put(row.getLong(1), ClauseCoverage.builder()
            .clause(id(row, 3, ClauseId::of))
            .status(constant(row, 4, ClauseStatus.class))
            .reason(optionalText(row, 5))
            .taggedActivities(optionalInt(row, 6))
            .rules(coverageRules.get(new Parent(row.getLong(1), row.getInt(2))))
            .build()));
    ListMultimap<Long, RuleDefinition> permissions = ArrayListMultimap.create();
    select(c, scope, "x.evaluation_id, x.rule_id",
        "permission x JOIN evaluation e ON e.evaluation_id = x.evaluation_id", "x.evaluation_id, x.seq",
        Optional.empty(), row -> permissions.put(row.getLong(1), definition(id(row, 2, RuleId::of))));
    ListMultimap<Long, Integer> uncovered = ArrayListMultimap.create();
    select(c, scope, "x.evaluation_id, x.uncovered_year",
        "uncovered_year x JOIN evaluation e ON e.evaluation_id = x.evaluation_id", "x.evaluation_id, x.seq",
        Optional.empty(), row -> uncovered.put(row.getLong(1), row.getInt(2)));
    List<LoggedReport> reports = new ArrayList<>();
    for (EvaluationEntry entry : entries) {
      reports.add(new LoggedReport(entry, Report.builder()
          .register(entry.register())
          .rulebookVersion(entry.rulebookVersion())
          .period(entry.period())
          .asOf(entry.asOf())
          .findings(findings.get(entry.id()))
          .coverage(coverage.get(entry.id()))
          .permissions(permissions.get(entry.id()))
          .yearsWithoutAgreement(uncovered.get(entry.id()))
          .build()));
    }
    return ImmutableList.copyOf(reports);
  }

  /** The findings of {@code rule} in the checks of {@code scope}, oldest check first. */
  static ImmutableList<LoggedFinding> findings(Connection c, Scope scope, RuleId rule) throws SQLException {
    ImmutableList<EvaluationEntry> entries = entries(c, scope);
    ListMultimap<Long, Finding> findings = findings(c, scope, Optional.of(rule));
    ImmutableList.Builder<LoggedFinding> result = ImmutableList.builder();
    for (EvaluationEntry entry : entries) {
      findings.get(entry.id()).forEach(finding -> result.add(new LoggedFinding(entry, finding)));
    }
    return result.build();
  }

  /** The findings of the checks in {@code scope} (of {@code rule} only, if given), by check, in report order. */
  private static ListMultimap<Long, Finding> findings(Connection c, Scope scope, Optional<RuleId> rule)
      throws SQLException {
    String findingJoin = " JOIN finding f ON f.evaluation_id = x.evaluation_id AND f.seq = x.finding_seq"
        + " JOIN evaluation e ON e.evaluation_id = x.evaluation_id";
    ListMultimap<Parent, RecordRef> subjects = ArrayListMultimap.create();
    select(c, scope, "x.evaluation_id, x.finding_seq, x.subject, x.record_kind, x.record_name, x.record_role",
        "finding_subject x" + findingJoin, "x.evaluation_id, x.finding_seq, x.seq", rule,
        row -> subjects.put(new Parent(row.getLong(1), row.getInt(2)), ref(row, 4, row.getString(3))));
    Map<FactKey, List<String>> values = new HashMap<>();
    Map<FactKey, List<RecordRef>> refs = new HashMap<>();
    select(c, scope, "x.evaluation_id, x.finding_seq, x.fact_seq, x.fact_value, x.record_kind, x.record_name,"
        + " x.record_role", "finding_fact_value x" + findingJoin, "x.evaluation_id, x.finding_seq, x.fact_seq, x.seq",
        rule, row -> {
          FactKey key = new FactKey(row.getLong(1), row.getInt(2), row.getInt(3));
          values.computeIfAbsent(key, k -> new ArrayList<>()).add(row.getString(4));
          if (row.getString(5) != null) {
            refs.computeIfAbsent(key, k -> new ArrayList<>()).add(ref(row, 5, row.getString(4)));
          }
        });
    Map<Parent, Map<String, Fact>> facts = new HashMap<>();
    select(c, scope, "x.evaluation_id, x.finding_seq, x.seq, x.fact_name, x.fact_type, x.vocabulary",
        "finding_fact x" + findingJoin, "x.evaluation_id, x.finding_seq, x.seq", rule, row -> {
          FactKey key = new FactKey(row.getLong(1), row.getInt(2), row.getInt(3));
          Fact fact = Fact.restore(constant(row, 5, Fact.Type.class), optionalText(row, 6),
              values.getOrDefault(key, List.of()), refs.getOrDefault(key, List.of()));
          facts.computeIfAbsent(new Parent(row.getLong(1), row.getInt(2)), p -> new LinkedHashMap<>())
              .put(row.getString(4), fact);
        });
    ListMultimap<Long, Finding> findings = ArrayListMultimap.create();
    select(c, scope, "f.evaluation_id, f.seq, f.rule_id, f.clause_id, f.modality, f.municipality_id,"
        + " f.finding_year, f.finding_date, f.message_key, f.obligation_uid, f.municipality_name",
        "finding f JOIN evaluation e ON e.evaluation_id = f.evaluation_id", "f.evaluation_id, f.seq", rule, row -> {
          Parent parent = new Parent(row.getLong(1), row.getInt(2));
          findings.put(parent.evaluation(), Finding.builder()
              .rule(id(row, 3, RuleId::of))
              .clause(id(row, 4, ClauseId::of))
              .modality(constant(row, 5, Modality.class))
              .municipality(optionalId(row, 6, MunicipalityId::of))
              .year(optionalInt(row, 7))
              .date(optionalDate(row, 8))
              .messageKey(row.getString(9))
              .obligation(optionalText(row, 10))
              .municipalityName(optionalText(row, 11))
              .subjects(subjects.get(parent))
              .facts(facts.getOrDefault(parent, Map.of()))
              .build());
        });
    return findings;
  }

  private static RuleDefinition definition(RuleId rule) {
    return Documents.findRule(rule).orElseThrow(() -> new IllegalStateException(
        "a logged check lists permission " + rule + ", which no document of this version of vanort defines"));
  }
}
