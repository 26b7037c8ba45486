package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.vanort.domain.register.RecordShape;
import se.vanort.domain.register.Register;

/**
 * docs/register.schema.json is held to the mapping: every record the reader reads has in the
 * schema exactly the fields the mapping gives it (the domain's attributes under the file's names),
 * and the schema requires exactly those the reader requires.
 */
class RegisterSchemaShapeTest {
  private final JsonNode schema = load();

  private static JsonNode load() {
    try {
      return FileMappers.of(RegisterFormat.JSON).readTree(Files.readString(RepositoryFiles.file("docs/register.schema.json")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void every_record_has_in_the_schema_exactly_the_fields_of_the_mapping() {
    List<String> checked = new ArrayList<>();
    compare(RecordShape.of(Register.class), schema, "register", checked);

    assertThat(checked).as("records compared").contains("register", "register.events", "register.events.delegations",
        "register.events.delegations.members", "register.projects.budget", "register.agreements.parties");
  }

  private void compare(RecordShape shape, JsonNode node, String path, List<String> checked) {
    JsonNode object = objectOf(node);
    Set<String> fields = new TreeSet<>();
    Set<String> required = new TreeSet<>();
    shape.attributes().forEach(attribute -> {
      fields.add(FileShape.fieldName(attribute));
      if (attribute.required() && !FileShape.defaultsToHome(shape, attribute) && !attribute.isDefaulted()) {
        required.add(FileShape.fieldName(attribute));
      }
    });
    Set<String> inSchema = new TreeSet<>();
    object.path("properties").fieldNames().forEachRemaining(inSchema::add);
    Set<String> requiredInSchema = new TreeSet<>();
    object.path("required").forEach(name -> requiredInSchema.add(name.asText()));
    // a list the domain needs non-empty (an agreement's parties) is required by the schema, with its minItems
    requiredInSchema.removeIf(name -> FileShape.attribute(shape, name).map(RecordShape.Attribute::isCollection)
        .orElse(false) && resolve(object.path("properties").path(name)).path("minItems").asInt(0) >= 1);

    assertThat(inSchema).as("fields of %s in the schema", path).isEqualTo(fields);
    assertThat(requiredInSchema).as("required fields of %s in the schema", path).isEqualTo(required);
    assertThat(object.path("additionalProperties").asBoolean(true)).as("%s refuses unknown fields", path).isFalse();
    checked.add(path);
    shape.attributes().forEach(attribute -> {
      Class<?> type = (Class<?>) attribute.valueType();
      if (RecordShape.isRecord(type)) {
        JsonNode field = resolve(object.path("properties").path(FileShape.fieldName(attribute)));
        compare(RecordShape.of(type), attribute.isCollection() ? resolve(field.path("items")) : field,
            path + "." + FileShape.fieldName(attribute), checked);
      }
    });
  }

  /** The schema of a mapping of fields: {@code node} itself, or its branch of a {@code oneOf} that is one. */
  private JsonNode objectOf(JsonNode node) {
    JsonNode resolved = resolve(node);
    if (resolved.has("oneOf")) {
      for (JsonNode branch : resolved.path("oneOf")) {
        if (resolve(branch).has("properties")) {
          return resolve(branch);
        }
      }
    }
    return resolved;
  }

  private JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#/$defs/") ? resolve(schema.path("$defs").path(ref.substring("#/$defs/".length()))) : node;
  }
}
