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
    assertThat(run.out()).contains("Vänortsavtal 2021–2026").contains("regler. 'vanort rules show ID'")
        .containsPattern("va\\.conference-every-second-year +SKA +VA2021/A1 +Varje konferensår under granskningsperioden")
        .containsPattern("vis\\.prefer-partnership +BÖR +VIS2016/W5 +Ett förslag om en ny vänort")
        .containsPattern("va\\.norden-may-be-invited +FÅR ")
        .doesNotContain("SHALL").doesNotContain("Each conference year");
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
    assertThat(first.get("requirementSv").asText()).isEqualTo(
        Documents.VA2021.rule(se.vanort.domain.document.RuleId.of("va.conference-every-second-year")).getRequirementSv());
    assertThat(first.get("interpretationSv").asText()).startsWith("År är kalenderår.");
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

    assertThat(run.out()).contains("va.conference-every-second-year  SKA")
        .contains("Varje konferensår under granskningsperioden hålls en vänortskonferens.")
        .contains("Svenska: Genomföra vänortskonferens vartannat år.")
        .contains("Engelska: Hold a twin-town").contains("Tolkning: År är kalenderår.")
        .contains("Vänortsmötet är en egen sorts händelse").doesNotContain("Years are calendar years");
  }

  @Test
  void show_of_a_clause_that_cannot_be_checked_gives_the_reason_in_the_language_asked_for() {
    assertThat(Cli.run("rules", "show", "VA2021/GOAL").out())
        .contains("Not checkable from records: it states a general aim.");
    assertThat(Cli.run("rules", "show", "VA2021/GOAL", "--lang", "sv").out())
        .contains("VA2021/GOAL  Målsättning  BAKGRUND")
        .contains("Kan inte granskas utifrån uppgifterna: punkten anger ett allmänt mål.");
  }

  @Test
  void every_rule_shows_its_requirement_and_interpretation_from_the_catalogue_in_either_language() {
    for (var rule : Documents.allRules()) {
      String english = Cli.run("rules", "show", rule.getId().value()).out();
      String swedish = Cli.run("rules", "show", rule.getId().value(), "--lang", "sv").out();

      assertThat(english).as(rule.getId().value()).contains(rule.getRequirement());
      assertThat(swedish).as(rule.getId().value()).contains(rule.getRequirementSv());
      rule.getInterpretation().ifPresent(text -> assertThat(english).contains("Interpretation: " + text));
      rule.getInterpretationSv().ifPresent(text -> assertThat(swedish).contains("Tolkning: " + text));
    }
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
    assertThat(run.err()).contains("ingen regel eller klausul 'va.nothing'").contains("Kör 'vanort rules'");
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
