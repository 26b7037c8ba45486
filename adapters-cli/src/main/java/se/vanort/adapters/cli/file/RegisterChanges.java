package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vanort.domain.Names;
import se.vanort.domain.register.RecordShape;
import se.vanort.domain.register.RecordShape.Attribute;
import se.vanort.domain.register.Register;

/**
 * A base register with a scenario's changes applied, as a tree, before the register reader sees it:
 * {@code set} replaces whole fields of the register ({@code perspective}, {@code reports}),
 * {@code remove} removes records by id, {@code replace} puts a record in place of the one with its
 * id, {@code add} appends records whose ids are new, in that order. Every record remembers the file
 * and path it came from, so that a problem of the register is located where the record is written.
 */
final class RegisterChanges {
  private static final Pattern RECORD = Pattern.compile("^([A-Za-z]+)\\[(\\d+)](.*)$");

  /** Where a part of the changed register is written: a file's locations and the path in that file. */
  record Origin(Locations locations, String path) {}

  private final ObjectNode tree;
  private final String baseName;
  private final Origin base;
  private final Map<String, List<Origin>> origins = new HashMap<>();
  private final Map<String, Origin> fields = new HashMap<>();
  private final List<String> applied = new ArrayList<>();

  /**
   * The register {@code tree} as written at {@code base}.
   *
   * @param baseName how a problem names the base register: {@code the base register registers/base.yaml}
   */
  RegisterChanges(ObjectNode tree, Origin base, String baseName) {
    this.tree = tree.deepCopy();
    this.base = base;
    this.baseName = baseName;
    tree.fieldNames().forEachRemaining(field -> {
      JsonNode value = tree.get(field);
      if (value.isArray()) {
        List<Origin> list = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
          list.add(new Origin(base.locations(), FilePaths.join(base.path(), field + "[" + i + "]")));
        }
        origins.put(field, list);
      }
    });
  }

  /** The register's lists of records, by their names in the file: {@code events}, {@code people}, …. */
  static List<String> recordLists() {
    return RecordShape.of(Register.class).attributes().stream().filter(Attribute::isCollection)
        .map(FileShape::fieldName).sorted().toList();
  }

  /** The register's fields, by their names in the file. */
  static List<String> registerFields() {
    return FileShape.fieldNames(RecordShape.of(Register.class));
  }

  /**
   * Applies {@code changes}, written at {@code path} of the scenario file located by {@code here},
   * adding to {@code problems} every change that cannot be made.
   */
  void apply(ScenarioDto.ChangesDto changes, String path, Locations here, ProblemList problems) {
    if (changes == null) {
      return;
    }
    applied.add(path + " of " + here.source());
    set(changes, path, here, problems);
    remove(changes.remove, FilePaths.join(path, "remove"), problems);
    records(changes.replace, FilePaths.join(path, "replace"), here, problems, true);
    records(changes.add, FilePaths.join(path, "add"), here, problems, false);
  }

  private void set(ScenarioDto.ChangesDto changes, String path, Locations here, ProblemList problems) {
    // 'set' is read from the tree of the changes rather than bound: it holds any field of the register.
    JsonNode node = changes.set;
    String at = FilePaths.join(path, "set");
    if (node == null || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      problems.add(at, "expected fields of the register with their new values, e.g. { perspective: { … } }");
      return;
    }
    List<String> known = registerFields();
    for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
      String field = names.next();
      String fieldPath = FilePaths.join(at, field);
      if (!known.contains(field)) {
        problems.addAtKey(fieldPath, unknown("field of a register", field, known));
        continue;
      }
      tree.set(field, node.get(field).deepCopy());
      fields.put(field, new Origin(here, fieldPath));
      origins.remove(field);
      if (node.get(field).isArray()) {
        List<Origin> list = new ArrayList<>();
        for (int i = 0; i < node.get(field).size(); i++) {
          list.add(new Origin(here, fieldPath + "[" + i + "]"));
        }
        origins.put(field, list);
      }
    }
  }

  private void remove(JsonNode node, String path, ProblemList problems) {
    for (Map.Entry<String, JsonNode> list : lists(node, path, problems, "the ids of the records to remove")) {
      String listPath = FilePaths.join(path, list.getKey());
      JsonNode ids = list.getValue();
      for (int i = 0; i < ids.size(); i++) {
        String at = listPath + "[" + i + "]";
        if (!ids.get(i).isTextual()) {
          problems.add(at, "expected the id of a record, found " + ids.get(i));
          continue;
        }
        find(list.getKey(), ids.get(i).asText(), at, "remove", problems).ifPresent(index -> {
          ((ArrayNode) tree.get(list.getKey())).remove(index);
          origins.get(list.getKey()).remove((int) index);
        });
      }
    }
  }

  private void records(JsonNode node, String path, Locations here, ProblemList problems, boolean replace) {
    String verb = replace ? "replace" : "add";
    for (Map.Entry<String, JsonNode> list : lists(node, path, problems, "the records to " + verb)) {
      String name = list.getKey();
      String listPath = FilePaths.join(path, name);
      JsonNode records = list.getValue();
      for (int i = 0; i < records.size(); i++) {
        String at = listPath + "[" + i + "]";
        JsonNode record = records.get(i);
        if (!record.isObject()) {
          problems.add(at, "expected a record (a mapping of fields), found " + record);
          continue;
        }
        Origin origin = new Origin(here, at);
        if (replace) {
          if (!record.path("id").isTextual()) {
            problems.add(at + ".id", "is required: replace puts a record in place of the one with its id");
            continue;
          }
          find(name, record.get("id").asText(), at + ".id", verb, problems).ifPresent(index -> {
            ((ArrayNode) tree.get(name)).set(index, record.deepCopy());
            origins.get(name).set(index, origin);
          });
        } else {
          if (record.path("id").isTextual() && indexOf(name, record.get("id").asText()) >= 0) {
            problems.add(at + ".id", "add: " + singular(name) + " '" + record.get("id").asText() + "' is already in "
                + baseName + "; replace it (changes.replace) or give the new one an id of its own");
            continue;
          }
          if (!tree.path(name).isArray()) {
            tree.putArray(name);
            origins.put(name, new ArrayList<>());
          }
          ((ArrayNode) tree.get(name)).add(record.deepCopy());
          origins.get(name).add(origin);
        }
      }
    }
  }

  /** The lists a change names, each checked to be a known list and a list; problems for the rest. */
  private List<Map.Entry<String, JsonNode>> lists(JsonNode node, String path, ProblemList problems, String what) {
    List<Map.Entry<String, JsonNode>> lists = new ArrayList<>();
    if (node == null || node.isNull()) {
      return lists;
    }
    if (!node.isObject()) {
      problems.add(path, "expected the lists of records by name, each with " + what + ", e.g. { events: [ … ] }");
      return lists;
    }
    List<String> known = recordLists();
    node.fields().forEachRemaining(entry -> {
      String at = FilePaths.join(path, entry.getKey());
      if (!known.contains(entry.getKey())) {
        problems.addAtKey(at, unknown("list of records", entry.getKey(), known));
      } else if (!entry.getValue().isArray()) {
        problems.add(at, "expected a list of " + what + ", found " + entry.getValue());
      } else {
        lists.add(entry);
      }
    });
    return lists;
  }

  private Optional<Integer> find(String list, String id, String at, String verb, ProblemList problems) {
    int index = indexOf(list, id);
    if (index >= 0) {
      return Optional.of(index);
    }
    List<String> ids = ids(list);
    StringBuilder message = new StringBuilder(verb).append(": no ").append(singular(list)).append(" '").append(id)
        .append("' in ").append(baseName);
    Names.closest(id, ids).ifPresent(name -> message.append("; did you mean '").append(name).append("'?"));
    if (ids.isEmpty()) {
      message.append(" (it has no ").append(list).append(')');
    }
    problems.add(at, message.toString());
    return Optional.empty();
  }

  private int indexOf(String list, String id) {
    JsonNode records = tree.path(list);
    for (int i = 0; i < records.size(); i++) {
      if (id.equals(records.get(i).path("id").asText(null))) {
        return i;
      }
    }
    return -1;
  }

  private List<String> ids(String list) {
    List<String> ids = new ArrayList<>();
    tree.path(list).forEach(record -> {
      if (record.path("id").isTextual()) {
        ids.add(record.get("id").asText());
      }
    });
    return ids;
  }

  private static String unknown(String what, String name, List<String> known) {
    StringBuilder message = new StringBuilder("unknown ").append(what).append(" '").append(name).append('\'');
    Names.closest(name, known).ifPresent(closest -> message.append("; did you mean '").append(closest).append("'?"));
    return message.append(" Known: ").append(String.join(", ", known)).toString();
  }

  /** {@code event} for {@code events}: how a message names one record of a list. */
  static String singular(String list) {
    return switch (list) {
      case "people" -> "person";
      case "bodies" -> "body";
      case "strategies" -> "strategy";
      case "municipalities" -> "municipality";
      default -> list.endsWith("s") ? list.substring(0, list.length() - 1) : list;
    };
  }

  /**
   * The message of {@code problem}; for a record of the base register that the changes made wrong
   * (a record it refers to removed), with the changes that did.
   */
  private String inContext(FileProblem problem, Origin origin) {
    if (applied.isEmpty() || origin.locations() != base.locations() || !base.path().isEmpty()) {
      return problem.message();
    }
    return problem.message() + " (in the register as " + String.join(" and ", applied) + " leave it)";
  }

  /** Whether {@code problem} is about a field's key, an unknown field, rather than its value. */
  private static boolean atKey(FileProblem problem) {
    return problem.reading().map(reading -> reading.kind().atKey()).orElse(false);
  }

  /** The register with the changes applied. */
  ObjectNode tree() {
    return tree;
  }

  /**
   * {@code problem}, found in the changed register, located where its record or field is written,
   * with its path naming the record by id.
   */
  Scenario.Refusal locate(FileProblem problem) {
    String path = problem.path();
    Matcher record = RECORD.matcher(path);
    if (record.matches() && origins.containsKey(record.group(1))) {
      List<Origin> list = origins.get(record.group(1));
      int index = Integer.parseInt(record.group(2));
      if (index < list.size()) {
        Origin origin = list.get(index);
        String id = tree.path(record.group(1)).path(index).path("id").asText(null);
        String byId = id == null ? path : record.group(1) + "[" + id + "]" + record.group(3);
        return new Scenario.Refusal(origin.locations().problem(origin.path() + record.group(3),
            inContext(problem, origin), atKey(problem)), byId);
      }
    }
    String field = path.split("[.\\[]", 2)[0];
    Origin origin = fields.getOrDefault(field, base);
    String inOrigin = fields.containsKey(field) ? origin.path() + path.substring(field.length())
        : FilePaths.join(base.path(), path);
    FileProblem located = origin.locations().problem(inOrigin, inContext(problem, origin), atKey(problem));
    return new Scenario.Refusal(path.isEmpty() ? new FileProblem(located.file(), located.line(), located.column(),
        base.path(), located.message()) : located, path);
  }
}
