package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vanort.adapters.cli.file.ScenarioDto.CoordinatorDto;
import se.vanort.adapters.cli.file.ScenarioDto.DelegationDto;
import se.vanort.adapters.cli.file.ScenarioDto.DueDto;
import se.vanort.adapters.cli.file.ScenarioDto.DueItemDto;
import se.vanort.adapters.cli.file.ScenarioDto.ExpectedDto;
import se.vanort.adapters.cli.file.ScenarioDto.RefusedDto;
import se.vanort.adapters.cli.file.ScenarioDto.WhoDecidesDto;
import se.vanort.domain.DateRange;
import se.vanort.domain.Kebab;
import se.vanort.domain.Names;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.register.InvalidRegisterException;
import se.vanort.domain.register.Register;
import se.vanort.rules.obligation.DueStatus;
import se.vanort.rules.query.DueKind;

/**
 * Reads scenario files for {@code vanort test} (docs/scenario-format.md): one scenario at the
 * file's root, or a list of {@code scenarios} sharing the root's register, changes, period and
 * as-of date. A register is a file name relative to the scenario file, or the register inline; the
 * scenario's {@code changes} are applied to it as a tree before it is read. Problems are reported
 * as for register files, all at once, each with file, line and path, and a "did you mean" where a
 * name is close to a known one.
 */
public final class ScenarioFiles {
  private static final String EXPECTATIONS = "expect, includes, excludes, due, whoDecides, coordinator, delegation"
      + " or refused";

  private ScenarioFiles() {}

  /**
   * Reads the scenarios in {@code file} ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @param file the scenario file
   * @return its scenarios, in the order of the file
   * @throws RegisterFileException listing every problem of the scenarios and of their registers
   */
  public static List<Scenario> read(Path file) throws RegisterFileException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads the scenarios in {@code file} as {@link #read(Path)} does, refusing a scenario or register
   * file beyond {@code limits}.
   *
   * @param file the scenario file
   * @param limits the limits of one file
   * @return its scenarios, in the order of the file
   * @throws RegisterFileException listing every problem, or the limit a file exceeds
   */
  public static List<Scenario> read(Path file, ReadLimits limits) throws RegisterFileException {
    return new Reading(file, limits).read();
  }

  /** One reading of one scenario file. */
  private static final class Reading {
    private final Path file;
    private final ReadLimits limits;
    private final ProblemList problems = new ProblemList();
    private final Map<Path, Optional<Base>> bases = new HashMap<>();
    private RegisterFormat format;
    private Locations locations;

    Reading(Path file, ReadLimits limits) {
      this.file = file;
      this.limits = limits;
    }

    /** A register as a tree, where it is written, and how problems name it. */
    private record Base(ObjectNode tree, RegisterChanges.Origin origin, String name) {}

    List<Scenario> read() throws RegisterFileException {
      String source = file.toString();
      format = RegisterFiles.formatOf(file, source, "scenario");
      String content = RegisterFiles.readText(file, source, limits);
      Locations.Parsed parsed = Locations.parse(content, FileMappers.of(format).getFactory(), source);
      locations = parsed.locations();
      ScenarioDto root = parsed.tree() == null ? null
          : FileMappers.convert(format, parsed.tree(), ScenarioDto.class, problems, "");
      if (root == null) {
        if (problems.isEmpty()) {
          problems.add("", "holds no scenario; a scenario has a name, a register and what it expects (" + EXPECTATIONS
              + ")");
        }
        throw problems.exception(locations);
      }
      List<Scenario> scenarios = new ArrayList<>();
      if (root.scenarios == null) {
        scenario(root, null, "").ifPresent(scenarios::add);
      } else {
        expectationsAtRoot(root);
        if (root.scenarios.isEmpty()) {
          problems.add("scenarios", "is empty: list the scenarios of the file, each with a name and what it expects");
        }
        for (int i = 0; i < root.scenarios.size(); i++) {
          String path = "scenarios[" + i + "]";
          ScenarioDto child = root.scenarios.get(i);
          if (child == null) {
            problems.add(path, "is empty: a scenario has a name and what it expects");
          } else if (child.scenarios != null) {
            problems.addAtKey(path + ".scenarios", "a scenario in the list holds no scenarios of its own;"
                + " put them in the file's list");
          } else {
            scenario(child, root, path).ifPresent(scenarios::add);
          }
        }
      }
      if (!problems.isEmpty()) {
        throw problems.exception(locations);
      }
      return scenarios;
    }

    /** With a list of scenarios, what is expected belongs to each scenario, not to the file. */
    private void expectationsAtRoot(ScenarioDto root) {
      Map<String, Object> stated = new LinkedHashMap<>();
      stated.put("expect", root.expect);
      stated.put("includes", root.includes);
      stated.put("excludes", root.excludes);
      stated.put("due", root.due);
      stated.put("whoDecides", root.whoDecides);
      stated.put("coordinator", root.coordinator);
      stated.put("delegation", root.delegation);
      stated.put("refused", root.refused);
      stated.forEach((key, value) -> {
        if (value != null) {
          problems.addAtKey(key, "belongs to a scenario of the list: with scenarios, the file gives only what they"
              + " share (name, register, changes, period, asOf)");
        }
      });
    }

    private Optional<Scenario> scenario(ScenarioDto dto, ScenarioDto root, String path) {
      int before = problems.size();
      String name = dto.name;
      if (name == null || name.isBlank()) {
        problems.add(FilePaths.join(path, "name"), "is required: say what the scenario shows");
      }
      boolean own = root == null || dto.register != null;
      JsonNode registerNode = own ? dto.register : root.register;
      String registerPath = own ? FilePaths.join(path, "register") : "register";
      Optional<Base> base = base(registerNode, registerPath);
      Optional<LocalDate> asOf = date(dto.asOf != null || root == null ? dto.asOf : root.asOf,
          FilePaths.join(dto.asOf != null || root == null ? path : "", "asOf"));
      Optional<DateRange> period = period(dto.period != null || root == null ? dto.period : root.period,
          FilePaths.join(dto.period != null || root == null ? path : "", "period"));
      Expectations<ExpectedFinding> findings = findings(dto.expect, dto.includes, dto.excludes, path);
      List<ScenarioQuery> queries = queries(dto, path);
      List<ExpectedProblem> refused = refused(dto.refused, FilePaths.join(path, "refused"));
      if (!findings.isStated() && queries.isEmpty() && refused.isEmpty()) {
        problems.add(FilePaths.join(path, "expect"), "is required: say what the scenario expects (" + EXPECTATIONS
            + "); expect: [] for no finding at all");
      }
      if (base.isEmpty()) {
        return Optional.empty();
      }
      // The register is read even when the scenario has problems, so that one reading reports them all.
      int beforeChanges = problems.size();
      RegisterChanges changes = new RegisterChanges(base.get().tree(), base.get().origin(), base.get().name());
      if (root != null && root.changes != null) {
        changes.apply(root.changes, "changes", locations, problems);
      }
      if (dto.changes != null) {
        changes.apply(dto.changes, FilePaths.join(path, "changes"), locations, problems);
      }
      if (problems.size() > beforeChanges) {
        return Optional.empty();
      }
      String source = base.get().origin().locations().source();
      try {
        Register checked = asOf(registerOf(changes.tree(), source), asOf, source);
        return problems.size() > before ? Optional.empty() : Optional.of(new Scenario(name, file, path, Optional.of(checked), List.of(), period, findings, queries,
            refused));
      } catch (RegisterFileException e) {
        List<Scenario.Refusal> refusal = e.getProblems().stream().map(changes::locate).toList();
        if (refused.isEmpty()) {
          problems.addLocated(refusal.stream().map(Scenario.Refusal::problem).toList());
          return Optional.empty();
        }
        return problems.size() > before ? Optional.empty()
            : Optional.of(new Scenario(name, file, path, Optional.empty(), refusal, period, findings, queries, refused));
      }
    }

    /**
     * The register of the changed tree, named {@code source} in its problems. The one place that
     * hands a tree to the register reader: problems come back with the paths of the tree, which
     * {@link RegisterChanges#locate} places in the files the records are written in.
     */
    private static Register registerOf(ObjectNode tree, String source) throws RegisterFileException {
      return RegisterFiles.read(tree, source);
    }

    /**
     * {@code register} as of {@code asOf}, checked again: a copy with another as-of date is not
     * checked by itself, and a date can make records refer to what is not yet or no longer there.
     * Its problems come back as {@link #registerOf} gives them, at the paths of the tree.
     */
    private static Register asOf(Register register, Optional<LocalDate> asOf, String source)
        throws RegisterFileException {
      if (asOf.isEmpty()) {
        return register;
      }
      try {
        return register.withPerspective(register.getPerspective().withAsOf(asOf.get())).validated();
      } catch (InvalidRegisterException e) {
        ProblemList problems = new ProblemList();
        e.getProblems().forEach(problem -> problems.add(FileShape.filePath(problem.path()), problem.message()));
        throw problems.exception(Locations.none(source));
      }
    }

    private Optional<Base> base(JsonNode node, String path) {
      if (node == null || node.isNull()) {
        problems.add(path, "is required: the name of a register file next to the scenario, or the register itself");
        return Optional.empty();
      }
      if (node.isObject()) {
        return Optional.of(new Base((ObjectNode) node, new RegisterChanges.Origin(locations, path),
            "the register of " + file));
      }
      if (!node.isTextual()) {
        problems.add(path, "expected the name of a register file or a register (a mapping of fields), found " + node);
        return Optional.empty();
      }
      Path registerFile = file.resolveSibling(node.asText());
      return bases.computeIfAbsent(registerFile.normalize(), key -> load(registerFile, node.asText()));
    }

    private Optional<Base> load(Path registerFile, String written) {
      String source = registerFile.toString();
      try {
        RegisterFormat registerFormat = RegisterFiles.formatOf(registerFile, source, "register");
        String content = RegisterFiles.readText(registerFile, source, limits);
        Locations.Parsed parsed = Locations.parse(content, FileMappers.of(registerFormat).getFactory(), source);
        JsonNode tree = parsed.tree();
        if (tree == null || !tree.isObject()) {
          problems.addLocated(List.of(new FileProblem(source, 0, 0, "", "holds no register; a register has at least"
              + " a perspective and its municipalities")));
          return Optional.empty();
        }
        return Optional.of(new Base((ObjectNode) tree, new RegisterChanges.Origin(parsed.locations(), ""),
            "the base register " + written));
      } catch (RegisterFileException e) {
        problems.addLocated(e.getProblems());
        return Optional.empty();
      }
    }

    /** {@code file:line:column: path}, where {@code path} stands in the file. */
    private String where(String path) {
      return locations.problem(path, "", false).toString().replaceAll(": $", "");
    }

    private Optional<LocalDate> date(String text, String path) {
      if (text == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        problems.add(path, "'" + text + "' is not a date; write it as YYYY-MM-DD (ISO 8601), e.g. 2025-12-31");
        return Optional.empty();
      }
    }

    private Optional<DateRange> period(String text, String path) {
      if (text == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(DateRange.parse(text));
      } catch (IllegalArgumentException e) {
        problems.add(path, e.getMessage());
        return Optional.empty();
      }
    }

    private Expectations<ExpectedFinding> findings(List<ExpectedDto> expect, List<ExpectedDto> includes,
        List<ExpectedDto> excludes, String path) {
      return new Expectations<>(
          Optional.ofNullable(expect).map(list -> each(list, FilePaths.join(path, "expect"), this::finding)),
          includes == null ? List.of() : each(includes, FilePaths.join(path, "includes"), this::finding),
          excludes == null ? List.of() : each(excludes, FilePaths.join(path, "excludes"), this::finding));
    }

    private <D, E> List<E> each(List<D> dtos, String path, Parser<D, E> parser) {
      List<E> parsed = new ArrayList<>();
      for (int i = 0; i < dtos.size(); i++) {
        String at = path + "[" + i + "]";
        if (dtos.get(i) == null) {
          problems.add(at, "is empty: give at least the rule");
        } else {
          parser.parse(dtos.get(i), at).ifPresent(parsed::add);
        }
      }
      return parsed;
    }

    private interface Parser<D, E> {
      Optional<E> parse(D dto, String path);
    }

    private Optional<ExpectedFinding> finding(ExpectedDto dto, String path) {
      int before = problems.size();
      Optional<String> rule = rule(dto.rule, FilePaths.join(path, "rule"), true);
      Optional<LocalDate> date = date(dto.date, FilePaths.join(path, "date"));
      Optional<Modality> modality = Optional.ofNullable(dto.modality)
          .flatMap(text -> named(Modality.class, text, FilePaths.join(path, "modality"), "modality"));
      ids(dto.subjects, FilePaths.join(path, "subjects"));
      ids(dto.contains, FilePaths.join(path, "contains"));
      if (problems.size() > before || rule.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ExpectedFinding(rule.get(), Optional.ofNullable(dto.year), date,
          Optional.ofNullable(dto.municipality), modality, Optional.ofNullable(dto.subjects),
          dto.contains == null ? List.of() : dto.contains));
    }

    private Optional<ExpectedDueItem> dueItem(DueItemDto dto, String path) {
      int before = problems.size();
      Optional<String> rule = rule(dto.rule, FilePaths.join(path, "rule"), false);
      Optional<String> kind = Optional.ofNullable(dto.kind).flatMap(text -> named(DueKind.class, text,
          FilePaths.join(path, "kind"), "kind of item").map(DueKind::slug));
      Optional<DueStatus> status = Optional.ofNullable(dto.status)
          .flatMap(text -> named(DueStatus.class, text, FilePaths.join(path, "status"), "status"));
      Optional<LocalDate> date = date(dto.date, FilePaths.join(path, "date"));
      ids(dto.records, FilePaths.join(path, "records"));
      ids(dto.contains, FilePaths.join(path, "contains"));
      if (dto.rule == null && dto.kind == null && dto.status == null && dto.year == null && dto.date == null
          && dto.municipality == null && dto.records == null && dto.contains == null) {
        problems.add(path, "is empty: give the rule or the kind of the item, or what else it must have");
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      return Optional.of(new ExpectedDueItem(rule, kind, status, Optional.ofNullable(dto.year), date,
          Optional.ofNullable(dto.municipality), Optional.ofNullable(dto.records),
          dto.contains == null ? List.of() : dto.contains));
    }

    private List<ScenarioQuery> queries(ScenarioDto dto, String path) {
      List<ScenarioQuery> queries = new ArrayList<>();
      queries.addAll(list(dto.due, FilePaths.join(path, "due"), this::due));
      queries.addAll(list(dto.whoDecides, FilePaths.join(path, "whoDecides"), this::whoDecides));
      queries.addAll(list(dto.coordinator, FilePaths.join(path, "coordinator"), this::coordinator));
      queries.addAll(list(dto.delegation, FilePaths.join(path, "delegation"), this::delegation));
      return queries;
    }

    private <D> List<ScenarioQuery> list(List<D> dtos, String path, Parser<D, ScenarioQuery> parser) {
      return dtos == null ? List.of() : each(dtos, path, parser);
    }

    private Optional<ScenarioQuery> due(DueDto dto, String path) {
      int before = problems.size();
      Optional<DateRange> range = Optional.empty();
      if (dto.year != null && dto.period != null) {
        problems.add(FilePaths.join(path, "period"), "give a year or a period, not both");
      } else if (dto.year != null) {
        range = Optional.of(DateRange.ofYear(dto.year));
      } else if (dto.period != null) {
        range = period(dto.period, FilePaths.join(path, "period"));
      } else {
        problems.add(FilePaths.join(path, "year"), "is required: the year (or the period) of the calendar");
      }
      Optional<LocalDate> asOf = date(dto.asOf, FilePaths.join(path, "asOf"));
      Expectations<ExpectedDueItem> items = new Expectations<>(
          Optional.ofNullable(dto.expect).map(list -> each(list, FilePaths.join(path, "expect"), this::dueItem)),
          dto.includes == null ? List.of() : each(dto.includes, FilePaths.join(path, "includes"), this::dueItem),
          dto.excludes == null ? List.of() : each(dto.excludes, FilePaths.join(path, "excludes"), this::dueItem));
      if (!items.isStated()) {
        problems.add(FilePaths.join(path, "includes"), "is required: the items expected (expect, includes or excludes)");
      }
      return problems.size() > before || range.isEmpty() ? Optional.empty()
          : Optional.of(new ScenarioQuery.Due(path, where(path), range.get(), asOf, items));
    }

    private Optional<ScenarioQuery> whoDecides(WhoDecidesDto dto, String path) {
      Optional<Matter> matter = dto.matter == null ? Optional.empty()
          : named(Matter.class, dto.matter, FilePaths.join(path, "matter"), "matter");
      if (dto.matter == null) {
        problems.add(FilePaths.join(path, "matter"), "is required: the matter asked about, e.g. school-exchange");
      }
      if (dto.decider == null && dto.bodyKinds == null && dto.clause == null && dto.bodies == null
          && dto.parties == null) {
        problems.add(FilePaths.join(path, "decider"), "is required: the answer expected (decider, bodyKinds, clause,"
            + " bodies or parties)");
        return Optional.empty();
      }
      return matter.map(m -> new ScenarioQuery.WhoDecides(path, where(path), m, Boolean.TRUE.equals(dto.overBudget),
          Optional.ofNullable(dto.decider), Optional.ofNullable(dto.bodyKinds), Optional.ofNullable(dto.clause),
          Optional.ofNullable(dto.bodies), Optional.ofNullable(dto.parties)));
    }

    private Optional<ScenarioQuery> coordinator(CoordinatorDto dto, String path) {
      if (dto.on == null) {
        problems.add(FilePaths.join(path, "on"), "is required: the date asked about");
      }
      if (dto.coordinators == null && dto.nextMeeting == null && dto.host == null) {
        problems.add(FilePaths.join(path, "coordinators"), "is required: the answer expected (coordinators,"
            + " nextMeeting or host); coordinators: [] when no one can be named");
        return Optional.empty();
      }
      return date(dto.on, FilePaths.join(path, "on")).map(on -> new ScenarioQuery.Coordinator(path, where(path), on,
          Optional.ofNullable(dto.coordinators), Optional.ofNullable(dto.nextMeeting), Optional.ofNullable(dto.host)));
    }

    private Optional<ScenarioQuery> delegation(DelegationDto dto, String path) {
      if (dto.event == null) {
        problems.add(FilePaths.join(path, "event"), "is required: the id of the event the delegation travels to");
      }
      Expectations<ExpectedFinding> findings = findings(dto.expect, dto.includes, dto.excludes, path);
      if (dto.acceptable == null && !findings.isStated()) {
        problems.add(FilePaths.join(path, "acceptable"), "is required: the verdict expected (acceptable, or the"
            + " findings: expect, includes, excludes)");
        return Optional.empty();
      }
      return dto.event == null ? Optional.empty() : Optional.of(new ScenarioQuery.Delegation(path, where(path), dto.event,
          Optional.ofNullable(dto.municipality), Optional.ofNullable(dto.members), Optional.ofNullable(dto.acceptable),
          findings));
    }

    private List<ExpectedProblem> refused(List<RefusedDto> dtos, String path) {
      return dtos == null ? List.of() : each(dtos, path, (dto, at) -> {
        if (dto.path == null || dto.path.isBlank()) {
          problems.add(FilePaths.join(at, "path"), "is required: the path of the field refused, e.g. events[conf-2099].host");
          return Optional.empty();
        }
        return Optional.of(new ExpectedProblem(dto.path, Optional.ofNullable(dto.message)));
      });
    }

    private Optional<String> rule(String rule, String path, boolean required) {
      if (rule == null) {
        if (required) {
          problems.add(path, "is required: the id of the rule, e.g. va.conference-every-second-year");
        }
        return Optional.empty();
      }
      List<String> rules = Documents.allRules().stream().map(RuleDefinition::getId).map(Object::toString).toList();
      if (!rules.contains(rule)) {
        StringBuilder message = new StringBuilder("'").append(rule).append("' is not a rule of the catalogue");
        Names.closest(rule, rules).ifPresent(name -> message.append("; did you mean '").append(name).append("'?"));
        problems.add(path, message.toString());
        return Optional.empty();
      }
      return Optional.of(rule);
    }

    private <E extends Enum<E>> Optional<E> named(Class<E> type, String text, String path, String what) {
      Optional<E> value = Kebab.parseTyped(type, text);
      if (value.isEmpty()) {
        List<String> known = Kebab.names(type);
        StringBuilder message = new StringBuilder("'").append(text).append("' is not a ").append(what);
        Names.closest(text, known).ifPresent(name -> message.append("; did you mean '").append(name).append("'?"));
        problems.add(path, message.append(" Known: ").append(String.join(", ", known)).toString());
      }
      return value;
    }

    private void ids(List<String> ids, String path) {
      if (ids != null && ids.contains(null)) {
        problems.add(path, "has an empty entry; list the ids of the records");
      }
    }
  }
}
