package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.register.Register;

class ExampleRegisterTest {
  private static Register vimmerby() throws RegisterFileException {
    return RegisterFiles.read(RepositoryFiles.file("examples/vimmerby.yaml"));
  }

  @Test
  void the_vimmerby_example_is_a_valid_register_as_of_the_end_of_2025() throws RegisterFileException {
    Register register = vimmerby();

    assertThat(register.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(register.findAgreement(DocumentId.of("VA2021")).orElseThrow().partyIds())
        .extracting(MunicipalityId::value).containsExactly("vimmerby", "kauhava", "moss", "olfus");
    assertThat(register.findMunicipality(MunicipalityId.of("rygge")).orElseThrow().getMergedInto())
        .contains(MunicipalityId.of("moss"));
    assertThat(register.findMunicipality(MunicipalityId.of("skaerbaek")).orElseThrow().getMergedInto())
        .contains(MunicipalityId.of("tonder"));
    assertThat(register.getEvents()).hasSizeGreaterThan(20);
  }

  @Test
  void the_vimmerby_example_written_in_either_format_reads_back_equal() throws RegisterFileException {
    Register register = vimmerby();

    for (RegisterFormat format : RegisterFormat.values()) {
      assertThat(RegisterFiles.read(RegisterFiles.write(register, format), format, "written")).isEqualTo(register);
    }
  }
}
