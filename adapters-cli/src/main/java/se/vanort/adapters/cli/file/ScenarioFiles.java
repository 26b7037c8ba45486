package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vanort.adapters.cli.file.ScenarioDto.ExpectedDto;
import se.vanort.domain.DateRange;
import se.vanort.domain.Names;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.register.Register;

/**
 * Reads scenario files for {@code vanort test}: a name, a register (a file name relative to the
 * scenario, or the register itself inline), an optional period ({@code 2021..2026}) and as-of date,
 * and the exact findings expected. Problems are reported as for register files, all at once.
 */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  /**
   * Reads the scenario in {@code file} ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @throws RegisterFileException listing every problem of the scenario and of its register
   */
  public static Scenario read(Path file) throws RegisterFileException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads the scenario in {@code file} as {@link #read(Path)} does, refusing a scenario or register
   * file beyond {@code limits}.
   *
   * @throws RegisterFileException listing every problem, or the limit a file exceeds
   */
  public static Scenario read(Path file, ReadLimits limits) throws RegisterFileException {
    String source = file.toString();
    RegisterFormat format = RegisterFiles.formatOf(file, source, "scenario");
    String content = RegisterFiles.readText(file, source, limits);
    Locations.Parsed parsed = Locations.parse(content, FileMappers.of(format).getFactory(), source);
    Locations locations = parsed.locations();
    ProblemList problems = new ProblemList();
    ScenarioDto dto = parsed.tree() == null ? null : FileMappers.convert(format, parsed.tree(), ScenarioDto.class, problems, "");
    if (dto == null) {
      if (problems.isEmpty()) {
        problems.add("", "holds no scenario; a scenario has a name, a register and the findings it expects (expect)");
      }
      throw problems.exception(locations);
    }
    if (dto.name == null || dto.name.isBlank()) {
      problems.add("name", "is required: say what the scenario shows");
    }
    Optional<Register> register = register(file, format, dto.register, problems, limits);
    Optional<LocalDate> asOf = asOf(dto.asOf, problems);
    Optional<DateRange> period = period(dto.period, problems);
    List<ExpectedFinding> expected = expected(dto.expect, problems);
    if (!problems.isEmpty()) {
      throw problems.exception(locations);
    }
    Register checked = asOf
        .map(day -> register.get().withPerspective(register.get().getPerspective().withAsOf(day)).validated())
        .orElse(register.get());
    return new Scenario(dto.name, file, checked, period, expected);
  }

  private static Optional<Register> register(Path file, RegisterFormat format, JsonNode node, ProblemList problems,
      ReadLimits limits) {
    if (node == null || node.isNull()) {
      problems.add("register", "is required: the name of a register file next to the scenario, or the register itself");
      return Optional.empty();
    }
    if (node.isTextual()) {
      Path registerFile = file.resolveSibling(node.asText());
      try {
        return Optional.of(RegisterFiles.read(registerFile, registerFile.toString(), limits));
      } catch (RegisterFileException e) {
        problems.addLocated(e.getProblems());
        return Optional.empty();
      }
    }
    if (!node.isObject()) {
      problems.add("register", "expected the name of a register file or a register (a mapping of fields), found " + node);
      return Optional.empty();
    }
    return RegisterReading.read(node, problems, "register");
  }

  private static Optional<LocalDate> asOf(String text, ProblemList problems) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problems.add("asOf", "'" + text + "' is not a date; write it as YYYY-MM-DD (ISO 8601), e.g. 2025-12-31");
      return Optional.empty();
    }
  }

  private static Optional<DateRange> period(String text, ProblemList problems) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(DateRange.parse(text));
    } catch (IllegalArgumentException e) {
      problems.add("period", e.getMessage());
      return Optional.empty();
    }
  }

  private static List<ExpectedFinding> expected(List<ExpectedDto> dtos, ProblemList problems) {
    List<ExpectedFinding> expected = new ArrayList<>();
    if (dtos == null) {
      problems.add("expect", "is required: the findings the rules must report (an empty list [] for none)");
      return expected;
    }
    List<String> rules = Documents.allRules().stream().map(RuleDefinition::getId).map(Object::toString).toList();
    for (int i = 0; i < dtos.size(); i++) {
      String path = "expect[" + i + "]";
      ExpectedDto dto = dtos.get(i);
      if (dto == null || dto.rule == null) {
        problems.add(dto == null ? path : path + ".rule", "is required: the id of the rule, e.g. va.conference-every-second-year");
      } else if (!rules.contains(dto.rule)) {
        StringBuilder message = new StringBuilder("'").append(dto.rule).append("' is not a rule of the catalogue");
        Names.closest(dto.rule, rules).ifPresent(name -> message.append("; did you mean '").append(name).append("'?"));
        problems.add(path + ".rule", message.toString());
      } else if (dto.subjects != null && dto.subjects.contains(null)) {
        problems.add(path + ".subjects", "has an empty entry; list the ids of the records the finding concerns");
      } else {
        expected.add(new ExpectedFinding(dto.rule, dto.subjects));
      }
    }
    return expected;
  }
}
