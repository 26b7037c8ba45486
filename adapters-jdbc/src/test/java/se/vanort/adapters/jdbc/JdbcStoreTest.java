package se.vanort.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.repository.RichRegisters;
import se.vanort.domain.repository.StorageException;

class JdbcStoreTest {
  @TempDir
  Path home;

  @Test
  void the_data_directory_is_vanort_home_when_it_is_set() {
    assertThat(JdbcStore.defaultDirectory(Map.of("VANORT_HOME", home.toString()))).isEqualTo(home);
  }

  @Test
  void the_data_directory_is_under_the_users_local_share_by_default() {
    assertThat(JdbcStore.defaultDirectory(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "vanort"));
  }

  @Test
  void without_configuration_an_h2_file_is_created_migrated_and_kept_in_the_data_directory() {
    Path directory = home.resolve("nested").resolve("vanort");
    Register register = RichRegisters.every(RegisterId.of("vimmerby"), "kvar efter omstart");
    Map<String, String> environment = Map.of("VANORT_HOME", directory.toString());

    try (JdbcStore store = JdbcStore.fromEnvironment(environment)) {
      assertThat(store.url()).startsWith("jdbc:h2:file:" + directory.toAbsolutePath());
      store.registers().save(register);
    }

    assertThat(Files.exists(directory.resolve("vanort.mv.db"))).isTrue();
    try (JdbcStore reopened = JdbcStore.fromEnvironment(environment)) {
      assertThat(reopened.registers().load(RegisterId.of("vimmerby")).register()).isEqualTo(register);
    }
  }

  @Test
  void a_url_in_the_environment_selects_that_database() {
    String url = "jdbc:h2:mem:from-environment;DB_CLOSE_DELAY=-1";
    Map<String, String> environment = Map.of("VANORT_DB_URL", url, "VANORT_DB_USER", "sa",
        "VANORT_DB_PASSWORD", "", "VANORT_HOME", home.toString());

    try (JdbcStore store = JdbcStore.fromEnvironment(environment)) {
      assertThat(store.url()).isEqualTo(url);
      store.registers().save(RichRegisters.minimal(RegisterId.of("vimmerby"), LocalDate.of(2025, 1, 1)));
      assertThat(store.registers().list()).hasSize(1);
    }
    assertThat(home).isEmptyDirectory();
  }

  @Test
  void a_database_that_cannot_be_reached_is_a_storage_failure_naming_the_url() {
    assertThatThrownBy(() -> JdbcStore.open("jdbc:postgresql://127.0.0.1:1/vanort", "vanort", null))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/vanort");
  }

  @Test
  void a_url_of_another_database_is_refused() {
    assertThatThrownBy(() -> JdbcStore.open("jdbc:sqlite:vanort.db", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:sqlite:vanort.db");
  }
}
