package se.vanort.adapters.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.Register;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.rules.Report;

/** {@code vanort coverage [FILE]}: which clauses are checked, permissions, tagged, or not checkable. */
@Command(name = "coverage",
    header = "Show which clauses are checked, which are permissions and which cannot be checked.",
    description = {
        "Lists every clause of VA2021 and VIS2016 with how the rulebook treats it, so that nobody mistakes"
            + " 'no finding' for 'checked'. With a register it also counts the activities of the period tagged"
            + " with each strategy (VA2021/S1-S5) and goal (VIS2016/G1-G8) and names those with none.",
        "",
        "Examples:",
        "  vanort coverage",
        "  vanort coverage examples/vimmerby.yaml --period 2021..2026"})
final class CoverageCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "coverage-file",
      description = "A register (YAML or JSON) whose tagged activities are counted.")
  Path file;

  @Mixin
  PeriodOption period;

  @Override
  public Integer call() {
    Register register = file != null ? Registers.read(file, reading.limits()) : withoutRecords();
    Report report = period.check(register);
    PrintWriter out = options.out();
    CoverageWriter writer = new CoverageWriter(options.texts());
    switch (options.format) {
      case JSON -> Json.print(out, CoverageWriter.json(report.getCoverage()));
      case MARKDOWN -> writer.markdown(out, report.getCoverage(), file != null);
      case TEXT -> writer.text(out, report.getCoverage(), file != null);
    }
    return ExitCodes.OK;
  }

  // The rulebook classifies clauses while it checks; a register with no records gives the
  // classification alone, and its counts (all zero) are not shown.
  private static Register withoutRecords() {
    MunicipalityId vimmerby = MunicipalityId.of("vimmerby");
    return Register.builder()
        .perspective(Perspective.of(vimmerby, LocalDate.now()))
        .addMunicipality(Municipality.builder().id(vimmerby).name("Vimmerby kommun").country("SE").build())
        .build();
  }
}
