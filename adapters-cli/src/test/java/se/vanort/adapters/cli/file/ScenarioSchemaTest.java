package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.vanort.domain.Kebab;
import se.vanort.domain.decision.Matter;
import se.vanort.rules.obligation.DueStatus;
import se.vanort.rules.query.DueKind;

/**
 * docs/scenario.schema.json describes what the scenario reader reads: every scenario file of the
 * repository (old and new) passes it, its fields are the reader's fields, its lists of records are
 * the register's, and its names of kinds, statuses and matters are the rulebook's.
 */
class ScenarioSchemaTest {
  private static final JsonNode DOCUMENT = read(RepositoryFiles.file("docs/scenario.schema.json"));
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://vanort.se/schema/",
          RepositoryFiles.file("docs").toUri().toString())))
      .getSchema(DOCUMENT);

  private static JsonNode read(Path file) {
    try {
      RegisterFormat format = RegisterFormat.ofFile(file).orElseThrow();
      return FileMappers.of(format).readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Path> scenarioFiles() {
    List<Path> files = new ArrayList<>(RepositoryFiles.scenarios());
    files.addAll(OldFormat.scenarios());
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void every_scenario_file_follows_the_schema(Path file) {
    assertThat(SCHEMA.validate(read(file))).isEmpty();
  }

  @Test
  void the_schema_has_the_fields_the_reader_reads() {
    JsonNode defs = DOCUMENT.get("$defs");
    assertThat(names(DOCUMENT.get("properties"))).containsExactlyInAnyOrderElementsOf(fields(ScenarioDto.class));
    assertThat(names(defs.at("/scenario/properties"))).containsExactlyInAnyOrderElementsOf(
        fields(ScenarioDto.class).stream().filter(name -> !name.equals("scenarios")).toList());
    assertThat(names(defs.at("/finding/properties"))).containsExactlyInAnyOrderElementsOf(fields(ScenarioDto.ExpectedDto.class));
    assertThat(names(defs.at("/dueItem/properties"))).containsExactlyInAnyOrderElementsOf(fields(ScenarioDto.DueItemDto.class));
    assertThat(names(defs.at("/due/properties"))).containsExactlyInAnyOrderElementsOf(fields(ScenarioDto.DueDto.class));
    assertThat(names(defs.at("/whoDecides/properties"))).containsExactlyInAnyOrderElementsOf(fields(ScenarioDto.WhoDecidesDto.class));
    assertThat(names(defs.at("/coordinator/properties"))).containsExactlyInAnyOrderElementsOf(fields(ScenarioDto.CoordinatorDto.class));
    assertThat(names(defs.at("/delegation/properties"))).containsExactlyInAnyOrderElementsOf(fields(ScenarioDto.DelegationDto.class));
    assertThat(names(defs.at("/refused/properties"))).containsExactlyInAnyOrderElementsOf(fields(ScenarioDto.RefusedDto.class));
    assertThat(names(defs.at("/changes/properties"))).containsExactlyInAnyOrderElementsOf(fields(ScenarioDto.ChangesDto.class));
  }

  @Test
  void the_changes_name_the_lists_and_fields_of_the_register() {
    JsonNode changes = DOCUMENT.at("/$defs/changes/properties");
    for (String change : List.of("remove", "replace", "add")) {
      assertThat(names(changes.get(change).get("properties"))).as(change)
          .containsExactlyInAnyOrderElementsOf(RegisterChanges.recordLists());
    }
    assertThat(names(changes.at("/set/properties"))).containsExactlyInAnyOrderElementsOf(RegisterChanges.registerFields());
  }

  @Test
  void the_names_of_kinds_statuses_and_matters_are_the_rulebooks() {
    JsonNode defs = DOCUMENT.get("$defs");
    assertThat(texts(defs.at("/dueItem/properties/kind/enum")))
        .containsExactlyElementsOf(Arrays.stream(DueKind.values()).map(DueKind::slug).toList());
    assertThat(texts(defs.at("/dueItem/properties/status/enum"))).containsExactlyElementsOf(Kebab.names(DueStatus.class));
    assertThat(texts(defs.at("/whoDecides/properties/matter/enum"))).containsExactlyElementsOf(Kebab.names(Matter.class));
  }

  @Test
  void the_schema_refuses_what_the_reader_refuses_an_unknown_key_and_a_bad_status() {
    ObjectNode scenario = (ObjectNode) read(RepositoryFiles.file("examples/scenarios/conferences.yaml")).deepCopy();
    ((ObjectNode) scenario.withArray("/scenarios").get(0)).put("inclues", "x");
    ((ObjectNode) scenario.withArray("/scenarios").get(1).withArray("/due/includes").get(0)).put("status", "late");

    assertThat(SCHEMA.validate(scenario)).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("inclues"))
        .anySatisfy(m -> assertThat(m).contains("status"));
  }

  private static List<String> names(JsonNode properties) {
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static List<String> fields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields()).filter(f -> Modifier.isPublic(f.getModifiers()))
        .map(Field::getName).toList();
  }
}
