package se.vanort.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.register.RegisterId;
import se.vanort.rules.Fact;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;
import se.vanort.rules.history.LoggedReport;

/**
 * A history written with the V4 schema (subjects as bare ids, arguments by position, pre-formatted)
 * is carried over by V5 to named, typed facts, and every old finding reads back with the texts a
 * current check writes for the same finding, in Swedish and in English, on H2, PostgreSQL and MariaDB.
 */
class TypedFindingsMigrationTest {
  // The id of the old check, clear of the ids the database gives the checks appended after it.
  private static final long OLD = 9001;
  private static final List<Messages> LANGUAGES = List.of(Messages.of(Locale.ENGLISH),
      Messages.of(Locale.forLanguageTag("sv")));

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void a_history_written_before_v5_reads_back_with_the_same_texts_in_both_languages(TestDatabase database)
      throws SQLException {
    TestDatabase.Schema schema = create(database);
    try {
      Dialect dialect = Dialect.of(schema.url());
      Flyway.configure().dataSource(schema.url(), schema.user(), schema.password())
          .placeholders(dialect.placeholders()).locations("classpath:db/migration").target("4").load().migrate();
      writeOldHistory(schema);

      try (JdbcStore store = JdbcStore.open(schema.url(), schema.user(), schema.password())) {
        List<LoggedReport> history = store.evaluations().history(RegisterId.of("vimmerby"));

        assertThat(history).singleElement();
        List<Finding> findings = history.get(0).report().getFindings();
        assertThat(findings).hasSize(4);
        assertSameTexts(findings.get(0), expectedConference());
        assertSameTexts(findings.get(1), expectedMixedLevels());
        assertSameTexts(findings.get(2), expectedChair());
        assertThat(findings.get(0).subjectIds()).containsExactly("VA2021");
        assertThat(findings.get(0).getSubjects().get(0).kind()).isEqualTo(RecordKind.RECORD);
        // A key this version does not know keeps its arguments, as text, by position.
        assertThat(findings.get(3).getFacts()).containsOnlyKeys("argument0", "argument1");
        assertThat(findings.get(3).getFacts().get("argument1")).isEqualTo(Fact.text("{0} ''quoted''"));

        // A finding written now, with every type of fact, reads back equal after the migration.
        Finding typed = expectedChair();
        store.evaluations().append(history.get(0).report().withFindings(typed), Optional.empty());
        assertThat(store.evaluations().history(RegisterId.of("vimmerby")))
            .filteredOn(logged -> logged.entry().id() != OLD).singleElement()
            .satisfies(logged -> assertThat(logged.report().getFindings()).containsExactly(typed));
      }
    } finally {
      schema.drop().run();
    }
  }

  private static void assertSameTexts(Finding migrated, Finding current) {
    assertThat(migrated.getMessageKey()).isEqualTo(current.getMessageKey());
    for (Messages messages : LANGUAGES) {
      assertThat(messages.message(migrated)).isEqualTo(messages.message(current));
      assertThat(messages.facts(migrated)).isEqualTo(messages.facts(current));
      assertThat(messages.remedy(migrated)).isEqualTo(messages.remedy(current));
    }
  }

  /** The conference missing in 2023, as a current check states it, but for the lists the old text had formatted. */
  private static Finding expectedConference() {
    return Finding.builder().rule(RuleId.of("va.conference-every-second-year")).clause(ClauseId.of("VA2021/A1"))
        .modality(Modality.SHALL).messageKey("va.conference-every-second-year").year(2023)
        .fact("year", Fact.year(2023))
        .fact("agreement", Fact.ref(RecordKind.AGREEMENT, "VA2021"))
        .fact("years", Fact.text("2021, 2023, 2025"))
        .fact("every", Fact.number(2))
        .fact("anchor", Fact.year(2021))
        .fact("recorded", Fact.text("2021 conf-2021, 2025 conf-2025"))
        .build();
  }

  /** The project whose title the old text carried beside its id: the title is now the project's name. */
  private static Finding expectedMixedLevels() {
    return Finding.builder().rule(RuleId.of("vis.mixed-levels")).clause(ClauseId.of("VIS2016/P2"))
        .modality(Modality.SHOULD).messageKey("vis.mixed-levels")
        .fact("project", new Fact.Ref(new RecordRef(RecordKind.PROJECT, "p1", Optional.of("Projekt p1"),
            Optional.empty())))
        .fact("elected", Fact.number(0))
        .fact("officials", Fact.number(2))
        .build();
  }

  /** A chair from the wrong municipality, with the dash of an unrecorded date turned into "not recorded". */
  private static Finding expectedChair() {
    return Finding.builder().rule(RuleId.of("va.host-runs-meeting")).clause(ClauseId.of("VA2021/O1b"))
        .modality(Modality.SHALL).messageKey("va.host-runs-meeting.chair").date(LocalDate.of(2023, 6, 15))
        .addSubject(RecordRef.of(RecordKind.EVENT, "meet-2023"))
        .fact("meeting", Fact.ref(RecordKind.EVENT, "meet-2023"))
        .fact("date", Fact.date(LocalDate.of(2023, 6, 15)))
        .fact("host", Fact.ref(RecordKind.MUNICIPALITY, "kauhava"))
        .fact("person", Fact.notRecorded())
        .fact("personMunicipality", Fact.notRecorded())
        .build();
  }

  private static void writeOldHistory(TestDatabase.Schema schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(schema.url(), schema.user(), schema.password())) {
      c.setAutoCommit(true);
      insert(c, "INSERT INTO evaluation (evaluation_id, register_id, revision, rulebook_version, period_from,"
          + " period_to, as_of, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", OLD, "vimmerby", null, "0.2.0",
          LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2025, 12, 31),
          LocalDateTime.of(2025, 12, 31, 10, 0));
      String finding = "INSERT INTO finding (evaluation_id, seq, rule_id, clause_id, modality, municipality_id,"
          + " finding_year, finding_date, message_key, obligation_uid) VALUES (" + OLD + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)";
      insert(c, finding, 0, "va.conference-every-second-year", "VA2021/A1", "SHALL", null, 2023, null,
          "va.conference-every-second-year", null);
      insert(c, finding, 1, "vis.mixed-levels", "VIS2016/P2", "SHOULD", null, null, null, "vis.mixed-levels", null);
      insert(c, finding, 2, "va.host-runs-meeting", "VA2021/O1b", "SHALL", null, null, LocalDate.of(2023, 6, 15),
          "va.host-runs-meeting.chair", null);
      insert(c, finding, 3, "va.host-runs-meeting", "VA2021/O1b", "SHALL", null, null, null, "va.retired-text", null);
      insert(c, "INSERT INTO finding_subject (evaluation_id, finding_seq, seq, subject) VALUES (" + OLD + ", 0, 0, 'VA2021')");
      insert(c, "INSERT INTO finding_subject (evaluation_id, finding_seq, seq, subject) VALUES (" + OLD + ", 2, 0, 'meet-2023')");
      String argument = "INSERT INTO finding_argument (evaluation_id, finding_seq, seq, argument) VALUES (" + OLD + ", ?, ?, ?)";
      List<String> conference = List.of("2023", "VA2021", "2021, 2023, 2025", "2", "2021", "2021 conf-2021, 2025 conf-2025");
      for (int i = 0; i < conference.size(); i++) {
        insert(c, argument, 0, i, conference.get(i));
      }
      List<String> levels = List.of("p1", "Projekt p1", "0", "2");
      for (int i = 0; i < levels.size(); i++) {
        insert(c, argument, 1, i, levels.get(i));
      }
      List<String> chair = List.of("meet-2023", "2023-06-15", "kauhava", "—", "—");
      for (int i = 0; i < chair.size(); i++) {
        insert(c, argument, 2, i, chair.get(i));
      }
      insert(c, argument, 3, 0, "");
      insert(c, argument, 3, 1, "{0} ''quoted''");
    }
  }

  private static void insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static TestDatabase.Schema create(TestDatabase database) {
    try {
      return database.create();
    } catch (SQLException e) {
      String message = database.description() + " is unreachable (" + e.getMessage() + ")";
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(message + "; CI is set, so the tests on it are required", e);
      }
      Assumptions.abort(message);
      throw new AssertionError(message);
    }
  }
}
