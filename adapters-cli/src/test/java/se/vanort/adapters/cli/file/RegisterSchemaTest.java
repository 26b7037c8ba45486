package se.vanort.adapters.cli.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.vanort.domain.generators.RegisterGenerators;

/** docs/register.schema.json describes what the reader reads: every example passes it, and so does what the writer writes. */
class RegisterSchemaTest {
  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in = Files.newInputStream(RepositoryFiles.file("docs/register.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Path> registerFiles() {
    List<Path> files = new ArrayList<>();
    files.add(RepositoryFiles.file("examples/vimmerby.yaml"));
    try (Stream<Path> shared = Files.list(RepositoryFiles.file("examples/scenarios/registers"))) {
      shared.sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("registerFiles")
  void every_example_register_follows_the_schema(Path file) throws IOException {
    assertThat(problems(tree(file))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("se.vanort.adapters.cli.file.RepositoryFiles#scenarios")
  void every_inline_scenario_register_follows_the_schema(Path scenario) throws IOException {
    JsonNode register = tree(scenario).path("register");
    if (register.isObject()) {
      assertThat(problems(register)).isEmpty();
    } else {
      assertThat(scenario.resolveSibling(register.asText())).exists();
    }
  }

  @Test
  void the_starter_template_follows_the_schema() throws IOException {
    JsonNode starter = FileMappers.of(RegisterFormat.YAML).readTree(RegisterFiles.starterTemplate());
    assertThat(problems(starter)).isEmpty();
  }

  @Test
  void every_register_the_writer_writes_follows_the_schema() {
    qt().withExamples(50).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      String json = RegisterFiles.write(register, RegisterFormat.JSON);
      try {
        assertThat(problems(FileMappers.of(RegisterFormat.JSON).readTree(json))).as(json).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void the_schema_refuses_an_unknown_field_and_a_bad_kind() throws IOException {
    ObjectNode register = (ObjectNode) tree(RepositoryFiles.file("examples/vimmerby.yaml"));
    ((ObjectNode) register.withArray("/events").get(0)).put("hots", "kauhava").put("kind", "confrence");

    assertThat(problems(register)).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("hots"))
        .anySatisfy(m -> assertThat(m).contains("events[0].kind"));
  }

  private static JsonNode tree(Path file) throws IOException {
    RegisterFormat format = RegisterFormat.ofFile(file).orElseThrow();
    return FileMappers.of(format).readTree(Files.readString(file));
  }

  private static Set<ValidationMessage> problems(JsonNode register) {
    return SCHEMA.validate(register);
  }
}
