package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.vanort.domain.register.Register;

class RegisterFilesTest {
  @Test
  void the_starter_template_is_a_valid_register_that_survives_both_formats() throws RegisterFileException {
    Register register = RegisterFiles.read(RegisterFiles.starterTemplate(), RegisterFormat.YAML, "starter.yaml");

    assertThat(register.getMunicipalities()).hasSize(4);
    for (RegisterFormat format : RegisterFormat.values()) {
      assertThat(RegisterFiles.read(RegisterFiles.write(register, format), format, "written")).isEqualTo(register);
    }
  }
}
