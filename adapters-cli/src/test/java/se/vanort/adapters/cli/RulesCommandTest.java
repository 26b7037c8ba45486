package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.Documents;

class RulesCommandTest {
  @Test
  void rules_lists_every_rule_of_the_catalogue_with_modality_and_clause() {
    Cli.Run run = Cli.run("rules");

    assertThat(run.code()).isZero();
    assertThat(run.out()).containsPattern("va\\.conference-every-second-year +SHALL +VA2021/A1 ")
        .containsPattern("vis\\.prefer-partnership +SHOULD +VIS2016/W5 ")
        .contains(Documents.allRules().size() + " rules.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void rules_in_swedish_give_the_swedish_titles_and_texts() {
    Cli.Run run = Cli.run("rules", "--lang", "sv");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Vänortsavtal 2021–2026").contains("regler. 'vanort rules show ID'");
  }

  @Test
  void rules_as_json_give_id_modality_clause_and_texts() throws IOException {
    Cli.Run run = Cli.run("rules", "--format", "json");

    JsonNode rules = new ObjectMapper().readTree(run.out());
    assertThat(rules).hasSize(Documents.allRules().size());
    JsonNode first = rules.get(1);
    assertThat(first.get("id").asText()).isEqualTo("va.conference-every-second-year");
    assertThat(first.get("modality").asText()).isEqualTo("SHALL");
    assertThat(first.get("clause").asText()).isEqualTo("VA2021/A1");
    assertThat(first.get("clauses").get(0).get("sv").asText()).isEqualTo("Genomföra vänortskonferens vartannat år.");
  }

  @Test
  void show_prints_the_clause_in_swedish_and_english_and_the_interpretation() {
    Cli.Run run = Cli.run("rules", "show", "va.conference-every-second-year");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("va.conference-every-second-year  SHALL")
        .contains("Swedish: Genomföra vänortskonferens vartannat år.")
        .contains("English: Hold a twin-town conference every second year.")
        .contains("Interpretation: Years are calendar years");
  }

  @Test
  void show_labels_the_texts_in_swedish() {
    Cli.Run run = Cli.run("rules", "show", "va.conference-every-second-year", "--lang", "sv");

    assertThat(run.out()).contains("Svenska: Genomföra vänortskonferens vartannat år.")
        .contains("Engelska: Hold a twin-town").contains("Tolkning: ");
  }

  @Test
  void show_of_a_clause_lists_the_rules_that_check_it() {
    Cli.Run run = Cli.run("rules", "show", "VA2021/O1d");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("VA2021/O1d").contains("va.delegation-size-own-choice  MAY")
        .contains("va.delegation-has-leadership  SHALL");
  }

  @Test
  void show_of_an_unknown_rule_says_so_suggests_the_closest_and_exits_2() {
    Cli.Run run = Cli.run("rules", "show", "va.conference-every-second-yaer");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no rule or clause 'va.conference-every-second-yaer'")
        .contains("Did you mean 'va.conference-every-second-year'?").doesNotContain("Exception");
  }

  @Test
  void show_of_a_partial_rule_id_suggests_the_rules_that_contain_it() {
    Cli.Run run = Cli.run("rules", "show", "va.conference");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Did you mean 'va.conference-every-second-year'?");
  }

  @Test
  void show_of_an_unknown_rule_is_explained_in_swedish() {
    Cli.Run run = Cli.run("rules", "show", "va.nothing", "--lang", "sv");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("det finns ingen regel eller punkt 'va.nothing'").contains("Kör 'vanort rules'");
  }

  @Test
  void the_committed_rules_document_is_what_rules_format_markdown_prints() throws IOException {
    Path committed = Path.of("..", "docs", "rules.md");
    Cli.Run run = Cli.run("rules", "--format", "markdown");

    assertThat(run.code()).isZero();
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: regenerate it with bin/vanort rules --format markdown --lang en > docs/rules.md")
        .isEqualTo(run.out());
  }
}
