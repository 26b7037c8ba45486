package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.register.Register;

class ReadLimitsTest {
  @TempDir
  Path dir;

  @Test
  void a_register_exported_as_yaml_beyond_snakeyamls_three_megabytes_reads_back_equal() throws IOException, RegisterFileException {
    Register.Builder builder = RegisterGenerators.validBase();
    for (int i = 0; i < 20_000; i++) {
      builder.addEvent(Event.builder().id(EventId.of("visit-" + i)).kind(EventKind.TWIN_TOWN_VISIT)
          .title("Besök nummer " + i + " av skolans elever och lärare i vänorten, med program och utvärdering")
          .date(LocalDate.of(2021 + i % 5, 1 + i % 12, 1 + i % 28)).partner(RegisterGenerators.KAUHAVA).build());
    }
    Register register = builder.build();
    for (RegisterFormat format : RegisterFormat.values()) {
      Path file = Files.writeString(dir.resolve("export." + format.name().toLowerCase()), RegisterFiles.write(register, format));
      assertThat(Files.size(file)).isGreaterThan(3L * 1024 * 1024);
      assertThat(RegisterFiles.read(file)).isEqualTo(register);
    }
  }

  @Test
  void a_file_with_more_mappings_than_the_limit_is_refused_where_the_limit_is_passed() throws IOException {
    StringBuilder json = new StringBuilder("{\"perspective\": {\"municipality\": \"vimmerby\", \"asOf\": \"2025-12-31\"},\n"
        + "\"municipalities\": [\n");
    for (int i = 0; i <= ReadLimits.MAX_MAPPINGS; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"m").append(i).append("\", \"name\": \"M\", \"country\": \"SE\"}");
    }
    Path file = Files.writeString(dir.resolve("many.json"), json.append("]}").toString());
    assertThatThrownBy(() -> RegisterFiles.read(file))
        .isInstanceOf(RegisterFileException.class)
        // the root and the perspective are mappings 1 and 2; municipality k stands on line k + 2
        .hasMessage(file + ":" + (ReadLimits.MAX_MAPPINGS + 1) + ":1: holds more than 250,000 mappings (records and the"
            + " parts they nest), the most vanort reads from one file");
  }

  @Test
  void sizes_read_in_powers_of_1024_up_to_the_ceiling() {
    assertThat(ReadLimits.parseSize("64MB")).isEqualTo(64L << 20);
    assertThat(ReadLimits.parseSize("512k")).isEqualTo(512L << 10);
    assertThat(ReadLimits.parseSize(" 1 GiB ")).isEqualTo(1L << 30);
    assertThat(ReadLimits.parseSize("1000")).isEqualTo(1000L);
    assertThatThrownBy(() -> ReadLimits.parseSize("1025MB")).hasMessageContaining("ceiling of 1GB");
    assertThatThrownBy(() -> ReadLimits.parseSize("0")).hasMessageContaining("at least one byte");
    assertThatThrownBy(() -> ReadLimits.parseSize("12 parsecs")).hasMessageContaining("is not a size");
    assertThat(ReadLimits.describe(64L << 20)).isEqualTo("64.0 MiB (67,108,864 bytes)");
  }
}
