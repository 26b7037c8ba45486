package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.register.Register;

class RegisterFilesProperties {
  @Test
  void a_register_written_as_yaml_reads_back_equal() {
    roundTrips(RegisterFormat.YAML);
  }

  @Test
  void a_register_written_as_json_reads_back_equal() {
    roundTrips(RegisterFormat.JSON);
  }

  @Test
  void yaml_and_json_of_the_same_register_read_equal() {
    qt().withExamples(100).forAll(RegisterGenerators.registers()).checkAssert(register ->
        assertThat(read(RegisterFiles.write(register, RegisterFormat.YAML), RegisterFormat.YAML))
            .isEqualTo(read(RegisterFiles.write(register, RegisterFormat.JSON), RegisterFormat.JSON)));
  }

  private static void roundTrips(RegisterFormat format) {
    qt().withExamples(200).forAll(RegisterGenerators.registers()).checkAssert(register ->
        assertThat(read(RegisterFiles.write(register, format), format)).isEqualTo(register));
  }

  private static Register read(String content, RegisterFormat format) {
    try {
      return RegisterFiles.read(content, format, "written." + format.extensions().get(0));
    } catch (RegisterFileException e) {
      throw new AssertionError("what was written does not read back:\n" + e.getMessage() + "\n" + content, e);
    }
  }
}
