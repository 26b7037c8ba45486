package se.vanort.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.strategy.Strategy;

/**
 * A database made by the vanort before the second round (migrations V1 and V2) is brought up to
 * V3 on opening, and its registers read as they were: every person keeps the municipality stored
 * for them, and every strategy reports back by the default day.
 */
class SecondRoundMigrationTest {
  private static final String URL = "jdbc:h2:mem:second-round-upgrade;DB_CLOSE_DELAY=-1";

  @Test
  void a_register_stored_before_v3_reads_with_its_people_and_the_default_report_back_day() throws SQLException {
    Flyway.configure().dataSource(URL, "sa", "").placeholders(Dialect.H2.placeholders())
        .locations("classpath:db/migration").target("2").load().migrate();
    try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
      s.execute("INSERT INTO register_revision VALUES ('vimmerby', 1, TIMESTAMP '2025-01-01 10:00:00', 5, 'vimmerby',"
          + " DATE '2025-12-31')");
      s.execute("INSERT INTO municipality VALUES ('vimmerby', 1, 0, 'vimmerby', 'Vimmerby kommun', 'SE', NULL, NULL)");
      s.execute("INSERT INTO body VALUES ('vimmerby', 1, 0, 'kf', 'COUNCIL', 'Kommunfullmäktige', 'vimmerby', NULL)");
      s.execute("INSERT INTO decision VALUES ('vimmerby', 1, 0, 'kf-2016-172', 'kf', NULL, DATE '2016-06-27', 172,"
          + " 'ADOPT_STRATEGY', NULL)");
      s.execute("INSERT INTO strategy VALUES ('vimmerby', 1, 0, 'VIS2016', 'vimmerby', 'kf-2016-172')");
      s.execute("INSERT INTO person VALUES ('vimmerby', 1, 0, 'p-kso', NULL, 'vimmerby', FALSE, NULL, NULL)");
    }

    try (JdbcStore store = JdbcStore.open(URL, "sa", "")) {
      Register register = store.registers().load(RegisterId.of("vimmerby")).register();

      assertThat(register.getStrategies()).singleElement().extracting(Strategy::getReportBackBy)
          .isEqualTo(Strategy.DEFAULT_REPORT_BACK_BY);
      assertThat(register.getPeople()).singleElement().extracting(Person::getMunicipality)
          .isEqualTo(java.util.Optional.of(MunicipalityId.of("vimmerby")));
      assertThat(register.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
  }
}
