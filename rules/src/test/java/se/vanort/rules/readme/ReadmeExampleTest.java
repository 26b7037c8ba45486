package se.vanort.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.Register;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;

/**
 * The README's example of embedding vanort compiles (it is this file), runs, and is shown in the
 * README exactly as written here between the markers.
 */
class ReadmeExampleTest {
  private static final String BEGIN = "// README: begin";
  private static final String END = "// README: end";

  static boolean example() {
    // README: begin
    MunicipalityId vimmerby = MunicipalityId.of("vimmerby");
    MunicipalityId kauhava = MunicipalityId.of("kauhava");
    Register register = Register.builder()            // throws InvalidRegisterException listing
        .perspective(Perspective.of(vimmerby, LocalDate.of(2025, 12, 31)))   // every problem
        .addMunicipality(Municipality.builder().id(vimmerby).name("Vimmerby kommun").country("SE").build())
        .addMunicipality(Municipality.builder().id(kauhava).name("Kauhava").country("FI").build())
        .addAgreement(Agreement.builder().id(DocumentId.of("VA2021"))
            .period(DateRange.ofYears(2021, 2026)).addParty(vimmerby).addParty(kauhava)
            .conferenceCycle(Cycle.of(2, 2021)).revisionEveryYears(6).build())
        .addEvent(Event.builder().id(EventId.of("conf-2021")).kind(EventKind.CONFERENCE)
            .date(LocalDate.of(2021, 6, 10)).host(kauhava).build())
        .build();

    Rulebook rulebook = Rulebook.standard();          // immutable and thread-safe: share it
    Report report = rulebook.check(register, DateRange.ofYears(2021, 2025));
    Messages english = Messages.of(Locale.ENGLISH);   // or Locale.forLanguageTag("sv")
    for (Finding finding : report.findingsAtLeast(Modality.SHALL)) {
      System.out.println(finding.getClause() + " " + finding.getRule() + " " + finding.getSubjects());
      System.out.println("  " + english.message(finding));
      System.out.println("  Remedy: " + english.remedy(finding));
    }
    return report.hasBreach();                        // a SHALL clause was breached
    // README: end
  }

  @Test
  void the_example_runs_and_reports_the_missing_conference_of_2023() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    boolean breach;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      breach = example();
    } finally {
      System.setOut(original);
    }

    String printed = captured.toString(StandardCharsets.UTF_8);
    assertThat(breach).isTrue();
    assertThat(printed).contains("VA2021/A1 va.conference-every-second-year")
        .contains("No twin-town conference is recorded in 2023");
  }

  @Test
  void the_readme_shows_the_example_exactly_as_it_runs() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/se/vanort/rules/readme/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    String example = source.substring(source.indexOf(BEGIN + "\n") + BEGIN.length() + 1, source.indexOf("    " + END));

    assertThat(Files.readString(readme(), StandardCharsets.UTF_8)).contains(dedent(example));
  }

  private static String dedent(String block) {
    return block.lines().map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static Path readme() {
    Path directory = Path.of("").toAbsolutePath();
    while (!Files.exists(directory.resolve("README.md"))) {
      directory = directory.getParent();
    }
    return directory.resolve("README.md");
  }
}
