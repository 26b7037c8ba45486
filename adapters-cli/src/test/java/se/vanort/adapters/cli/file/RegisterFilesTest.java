package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vanort.domain.register.Register;

class RegisterFilesTest {
  @TempDir
  Path dir;

  @Test
  void the_starter_template_is_a_valid_register_that_survives_both_formats() throws RegisterFileException {
    Register register = RegisterFiles.read(RegisterFiles.starterTemplate(), RegisterFormat.YAML, "starter.yaml");

    assertThat(register.getMunicipalities()).hasSize(4);
    assertThat(RegisterFiles.starterTemplate()).contains("# ", "docs/register-format.md");
    for (RegisterFormat format : RegisterFormat.values()) {
      assertThat(RegisterFiles.read(RegisterFiles.write(register, format), format, "written")).isEqualTo(register);
    }
  }

  @Test
  void the_format_follows_the_extension_whatever_its_case() throws IOException, RegisterFileException {
    Register register = RegisterFiles.read(RegisterFiles.starterTemplate(), RegisterFormat.YAML, "starter.yaml");
    Path yml = Files.writeString(dir.resolve("r.YML"), RegisterFiles.write(register, RegisterFormat.YAML));
    Path json = Files.writeString(dir.resolve("r.json"), RegisterFiles.write(register, RegisterFormat.JSON));

    assertThat(RegisterFiles.read(yml)).isEqualTo(register);
    assertThat(RegisterFiles.read(json)).isEqualTo(register);
    assertThat(RegisterFormat.ofFile(Path.of("r.yaml"))).contains(RegisterFormat.YAML);
    assertThat(RegisterFormat.ofFile(Path.of("r.xml"))).isEmpty();
    assertThat(RegisterFormat.ofFile(Path.of("json"))).isEmpty();
  }

  @Test
  void a_file_starting_with_a_byte_order_mark_reads_as_without() throws IOException, RegisterFileException {
    Path file = dir.resolve("bom.yaml");
    Files.write(file, ("\uFEFF" + RegisterFiles.starterTemplate()).getBytes(StandardCharsets.UTF_8));

    assertThat(RegisterFiles.read(file))
        .isEqualTo(RegisterFiles.read(RegisterFiles.starterTemplate(), RegisterFormat.YAML, "starter.yaml"));
  }

  @Test
  void defaults_are_left_out_when_written() throws RegisterFileException {
    Register register = RegisterFiles.read(RegisterFiles.starterTemplate(), RegisterFormat.YAML, "starter.yaml");

    String written = RegisterFiles.write(register, RegisterFormat.YAML);

    assertThat(written).doesNotContain("meetings:", "\nid:", "projects:", "groundedInChildRights")
        .contains("country: \"NO\"");
  }
}
