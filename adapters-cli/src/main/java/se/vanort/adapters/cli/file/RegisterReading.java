package se.vanort.adapters.cli.file;

import se.vanort.adapters.cli.file.ReadingProblem.Kind;
import se.vanort.adapters.cli.file.ReadingProblem.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vanort.domain.Kebab;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.register.InvalidRegisterException;
import se.vanort.domain.register.Problem;
import se.vanort.domain.register.RecordShape;
import se.vanort.domain.register.RecordShape.Attribute;
import se.vanort.domain.register.Register;

/**
 * Reads a register from Jackson's tree of a file straight into the domain's builders, record by
 * record as {@link RecordShape} and {@link FileShape} describe them, judging every value on the way
 * (ids, dates, enum names, whole numbers, required fields) and collecting each mistake at its path.
 * A record with a mistake is not built; when none has one, the register is built, and its own
 * validation (constraints and references) becomes problems at the same paths, so a user sees every
 * problem at once.
 */
final class RegisterReading {
  private final ProblemList problems;
  private final String root;
  private MunicipalityId home;
  // records left unread because of a problem reported elsewhere (the perspective's municipality)
  private int consequences;
  // unknown fields: reported, but they leave the rest readable, so they come with the domain's problems
  private int unknownFields;

  private RegisterReading(ProblemList problems, String root) {
    this.problems = problems;
    this.root = root;
  }

  /**
   * The register of {@code tree}, or empty when it has problems (which are then in {@code problems},
   * at paths under {@code root}).
   */
  static Optional<Register> read(JsonNode tree, ProblemList problems, String root) {
    RegisterReading reading = new RegisterReading(problems, root);
    JsonNode municipality = tree.path("perspective").path("municipality");
    if (municipality.isValueNode() && !municipality.isNull()) {
      try {
        reading.home = MunicipalityId.of(municipality.asText());
      } catch (IllegalArgumentException e) {
        // reported where the perspective is read
      }
    }
    return Optional.ofNullable((Register) reading.value(Register.class, tree, ""));
  }

  private void add(String path, String message) {
    problems.add(FilePaths.join(root, path), message);
  }

  private void add(String path, ReadingProblem problem) {
    problems.add(FilePaths.join(root, path), problem);
  }

  private Object value(Type type, JsonNode node, String path) {
    Class<?> raw = raw(type);
    if (RecordShape.isRecord(raw)) {
      return record(RecordShape.of(raw), node, path);
    }
    if (raw == String.class) {
      return text(node, path);
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class || raw == Year.class) {
      boolean wide = raw == Long.class || raw == long.class;
      if (!node.isIntegralNumber() || !(wide ? node.canConvertToLong() : node.canConvertToInt())) {
        add(path, ReadingProblem.of(Kind.EXPECTED, Shape.WHOLE_NUMBER, found(node)));
        return null;
      }
      return wide ? (Object) node.longValue() : raw == Year.class ? year(node.intValue(), path) : node.intValue();
    }
    if (raw == Boolean.class || raw == boolean.class) {
      if (node.isBoolean() || (node.isTextual() && (node.asText().equals("true") || node.asText().equals("false")))) {
        return Boolean.valueOf(node.asText());
      }
      add(path, ReadingProblem.of(Kind.EXPECTED, Shape.TRUE_OR_FALSE, found(node)));
      return null;
    }
    String text = text(node, path);
    if (text == null) {
      return null;
    }
    try {
      if (raw == LocalDate.class) {
        return date(text);
      } else if (raw == MonthDay.class) {
        return dayOfYear(text);
      } else if (raw.isEnum()) {
        return constant(raw, text);
      }
      return RecordShape.ofText(raw, text);
    } catch (Refused e) {
      add(path, e.problem);
      return null;
    } catch (IllegalArgumentException e) {
      add(path, e.getMessage());
      return null;
    }
  }

  private Object record(RecordShape shape, JsonNode node, String path) {
    Optional<Attribute> shortForm = FileShape.shortForm(shape);
    if (shortForm.isPresent() && node.isValueNode() && !node.isNull()) {
      Object value = value(shortForm.get().valueType(), node, FilePaths.join(path, FileShape.fieldName(shortForm.get())));
      return value == null ? null : built(shape, Map.of(shortForm.get().name(), value), path);
    }
    if (!node.isObject()) {
      add(path, ReadingProblem.of(Kind.EXPECTED, Shape.MAPPING_OF_FIELDS, found(node)));
      return null;
    }
    int mark = problems.size() - unknownFields;
    int consequencesMark = consequences;
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String fieldPath = FilePaths.join(path, field.getKey());
      Optional<Attribute> attribute = FileShape.attribute(shape, field.getKey());
      if (attribute.isEmpty()) {
        problems.add(FilePaths.join(root, fieldPath), ReadingProblem.unknownField(field.getKey(), FileShape.fieldNames(shape)));
        unknownFields++;
      } else if (!field.getValue().isNull()) {
        Object value = attribute.get().isCollection()
            ? list(attribute.get().valueType(), field.getValue(), fieldPath)
            : value(attribute.get().valueType(), field.getValue(), fieldPath);
        if (value != null) {
          values.put(attribute.get().name(), value);
        }
      }
    }
    for (Attribute attribute : shape.attributes()) {
      if (!attribute.required() || values.containsKey(attribute.name())
          || !node.path(FileShape.fieldName(attribute)).isMissingNode() && !node.path(FileShape.fieldName(attribute)).isNull()) {
        continue;
      }
      if (FileShape.defaultsToHome(shape, attribute) && home != null) {
        values.put(attribute.name(), home);
      } else if (FileShape.defaultsToHome(shape, attribute)) {
        // the default is the perspective's municipality, whose own problem is the cause: not reported twice
        consequences++;
      } else {
        add(FilePaths.join(path, FileShape.fieldName(attribute)), ReadingProblem.of(Kind.REQUIRED));
      }
    }
    return problems.size() - unknownFields > mark || consequences > consequencesMark ? null : built(shape, values, path);
  }

  /** The record built of {@code values}, or null with a problem for each reason the value refuses itself. */
  private Object built(RecordShape shape, Map<String, Object> values, String path) {
    try {
      return shape.build(values);
    } catch (InvalidRegisterException e) {
      for (Problem problem : e.getProblems()) {
        add(FilePaths.join(path, FileShape.filePath(problem.path())), problem.message());
      }
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      add(path, e.getMessage());
    }
    return null;
  }

  private List<Object> list(Type element, JsonNode node, String path) {
    if (!node.isArray()) {
      add(path, ReadingProblem.of(Kind.EXPECTED, Shape.LIST, found(node)));
      return null;
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String elementPath = path + "[" + i + "]";
      if (node.get(i).isNull()) {
        add(elementPath, ReadingProblem.of(Kind.EMPTY_ENTRY));
      } else {
        Object value = value(element, node.get(i), elementPath);
        if (value != null) {
          values.add(value);
        }
      }
    }
    return values;
  }

  private String text(JsonNode node, String path) {
    if (node.isContainerNode()) {
      add(path, ReadingProblem.of(Kind.EXPECTED, Shape.TEXT, found(node)));
      return null;
    }
    return node.asText();
  }

  private Year year(int value, String path) {
    try {
      return Year.of(value);
    } catch (DateTimeException e) {
      add(path, ReadingProblem.of(Kind.NOT_A_YEAR, String.valueOf(value)));
      return null;
    }
  }

  /** What a value is: a shape, or the value itself as the file writes it. */
  private static Object found(JsonNode node) {
    if (node.isObject()) {
      return Shape.MAPPING;
    } else if (node.isArray()) {
      return Shape.LIST;
    } else if (node.isTextual()) {
      return "'" + node.asText() + "'";
    }
    return node.isNull() ? Shape.NOTHING : node.asText();
  }

  /** A value refused by the reader itself, with the typed problem it reports. */
  private static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient ReadingProblem problem;

    Refused(ReadingProblem problem, Throwable cause) {
      super(problem.english(), cause);
      this.problem = problem;
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new Refused(ReadingProblem.of(Kind.NOT_A_DATE, text), e);
    }
  }

  /** A day of the year, written MM-DD as in ISO 8601's {@code --MM-DD} without the dashes before it. */
  private static MonthDay dayOfYear(String text) {
    try {
      return MonthDay.parse("--" + text);
    } catch (DateTimeParseException e) {
      throw new Refused(ReadingProblem.of(Kind.NOT_A_DAY, text), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(Class<?> type, String text) {
    return constantOf((Class) type, text);
  }

  private static <E extends Enum<E>> E constantOf(Class<E> type, String text) {
    return Kebab.parse(type, text).orElseThrow(() -> {
      return new Refused(ReadingProblem.notACode(text, FileShape.noun(type), Kebab.names(type)), null);
    });
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
  }
}
