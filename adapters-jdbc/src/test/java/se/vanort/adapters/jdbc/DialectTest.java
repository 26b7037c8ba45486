package se.vanort.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DialectTest {
  private static final List<String> MIGRATIONS = List.of("V1__registers.sql", "V2__evaluations.sql", "V3__second_round.sql");

  @Test
  void the_dialect_is_told_by_the_jdbc_url() {
    assertThat(Dialect.of("jdbc:h2:mem:x")).isEqualTo(Dialect.H2);
    assertThat(Dialect.of("jdbc:h2:file:/home/a/.local/share/vanort/vanort")).isEqualTo(Dialect.H2);
    assertThat(Dialect.of("jdbc:postgresql://127.0.0.1:5432/vanort")).isEqualTo(Dialect.POSTGRESQL);
    assertThat(Dialect.of("jdbc:mariadb://db.vimmerby.se:3306/vanort")).isEqualTo(Dialect.MARIADB);
  }

  @Test
  void an_unknown_url_is_refused_naming_the_urls_that_work() {
    assertThatThrownBy(() -> Dialect.of("jdbc:oracle:thin:@x:1521:v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'jdbc:oracle:thin:@x:1521:v'")
        .hasMessageContaining("jdbc:postgresql:")
        .hasMessageContaining("jdbc:mariadb:");
    assertThatThrownBy(() -> Dialect.of(" ")).hasMessageContaining("a JDBC URL is needed");
  }

  @Test
  void every_placeholder_of_the_migrations_has_a_value_in_every_dialect() throws IOException {
    Set<String> used = new TreeSet<>();
    for (String migration : MIGRATIONS) {
      Matcher placeholder = Pattern.compile("\\$\\{(\\w+)}").matcher(migration(migration));
      while (placeholder.find()) {
        used.add(placeholder.group(1));
      }
    }

    assertThat(used).isNotEmpty();
    for (Dialect dialect : Dialect.values()) {
      assertThat(dialect.placeholders().keySet()).as(dialect.name()).containsExactlyInAnyOrderElementsOf(used);
    }
  }

  @Test
  void mariadb_tables_compare_ids_byte_for_byte_and_keep_every_character() {
    assertThat(Dialect.MARIADB.placeholders().get("table_options")).contains("utf8mb4").contains("utf8mb4_bin");
    assertThat(Dialect.MARIADB.placeholders().get("timestamp")).isEqualTo("DATETIME(3)");
    assertThat(Dialect.H2.placeholders().get("table_options")).isEmpty();
    assertThat(Dialect.POSTGRESQL.placeholders().get("table_options")).isEmpty();
  }

  @Test
  void postgresql_batches_are_rewritten_into_multi_row_inserts() {
    assertThat(Dialect.POSTGRESQL.driverProperties()).containsEntry("reWriteBatchedInserts", "true");
  }

  @Test
  void the_migrations_use_only_portable_column_types() throws IOException {
    Pattern type = Pattern.compile("^ +[a-z_]+ ([A-Z]+)", Pattern.MULTILINE);
    Set<String> types = new TreeSet<>();
    for (String migration : MIGRATIONS) {
      Matcher column = type.matcher(migration(migration));
      while (column.find()) {
        types.add(column.group(1));
      }
    }

    assertThat(types).isNotEmpty().isSubsetOf("VARCHAR", "INTEGER", "BIGINT", "DATE", "BOOLEAN");
  }

  private static String migration(String name) throws IOException {
    try (InputStream in = DialectTest.class.getResourceAsStream("/db/migration/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
