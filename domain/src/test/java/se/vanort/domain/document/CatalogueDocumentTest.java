package se.vanort.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code docs/catalogue.md} is generated from the catalogue data, and every id the data names exists. */
class CatalogueDocumentTest {
  private static final Pattern RULE_ID = Pattern.compile("\\b(?:va|vis)\\.[a-z0-9-]*[a-z0-9]");

  @Test
  void the_committed_catalogue_document_is_generated_from_the_data() throws IOException {
    Path committed = repository().resolve("docs/catalogue.md");
    String generated = CatalogueMarkdown.of(Documents.all());
    if (Boolean.getBoolean("catalogue.write")) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("docs/catalogue.md is stale: regenerate it with %s", CatalogueMarkdown.COMMAND)
        .isEqualTo(generated);
  }

  @Test
  void the_document_names_the_data_files_it_is_generated_from() {
    for (Document document : Documents.all()) {
      assertThat(repository().resolve("domain/src/main/resources").resolve(CatalogueMarkdown.dataFile(document)))
          .as(document.getId().value())
          .isRegularFile();
    }
  }

  @Test
  void every_rule_id_a_text_of_the_catalogue_names_is_a_rule_of_the_catalogue() {
    var texts = Documents.allRules().stream().flatMap(rule -> Stream.concat(
        Stream.of(rule.getRequirement(), rule.getRequirementSv()),
        Stream.concat(rule.getInterpretation().stream(), rule.getInterpretationSv().stream())));

    assertThat(texts.flatMap(text -> RULE_ID.matcher(text).results().map(result -> result.group())))
        .isNotEmpty()
        .allSatisfy(id -> assertThat(Documents.findRule(RuleId.of(id))).as(id).isPresent());
  }

  /** The nearest directory, from the working directory up, that holds {@code docs/}. */
  private static Path repository() {
    for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("domain"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository with docs/ above " + Path.of("").toAbsolutePath());
  }
}
