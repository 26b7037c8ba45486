package se.vanort.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CatalogueFileTest {
  private static final String HEAD = """
      document XX2000
      title.sv = Ett avtal
      title.en = An agreement
      seed = none.txt
      """;
  private static final String CLAUSE = """

      clause A1
      section = Åtgärder 1
      modality = SHALL
      sv = Genomföra vänortskonferens vartannat år.
      en = Hold a twin-town conference
        every second year.
      """;

  /** A rule on clause A1 whose English requirement is {@code requirement}, starting on the file's line 13. */
  private static String rule(String requirement, String... fields) {
    return "\nrule xx.conference\nmodality = SHALL\nclauses = A1\nrequirement.en = " + requirement
        + "\nrequirement.sv = En konferens.\n" + String.join("", java.util.Arrays.stream(fields).map(f -> f + "\n").toList());
  }

  private static Document parse(String text) {
    return CatalogueFile.parse("XX2000.catalogue", text);
  }

  @Test
  void a_value_continues_on_indented_lines_joined_with_one_space_and_a_pilcrow_starts_a_paragraph() {
    var document = parse(HEAD + CLAUSE + """
          ¶
          Another paragraph.
        """);

    assertThat(document.clause(ClauseId.of("XX2000/A1")).getTextEn())
        .isEqualTo("Hold a twin-town conference every second year.\n\nAnother paragraph.");
    assertThat(document.getSeedResource()).isEqualTo("se/vanort/domain/document/none.txt");
  }

  @Test
  void a_note_stands_for_its_text_in_the_same_language_wherever_a_text_names_it() {
    var document = parse(HEAD + """

        note years
        en = Years are calendar years.
        sv = År är kalenderår.
        """ + CLAUSE + """

        rule xx.conference
        modality = SHALL
        clauses = A1
        requirement.en = A conference.
        requirement.sv = En konferens.
        interpretation.en = ${years} One a year.
        interpretation.sv = ${years} En om året.
        """);

    var rule = document.rule(RuleId.of("xx.conference"));
    assertThat(rule.getInterpretation()).contains("Years are calendar years. One a year.");
    assertThat(rule.getInterpretationSv()).contains("År är kalenderår. En om året.");
  }

  @Test
  void a_rule_carries_whole_number_parameters_that_its_texts_name() {
    var document = parse(HEAD + CLAUSE + """

        rule xx.camp
        modality = SHALL
        clauses = A1
        parameter.days-apart = 7
        requirement.en = A camp within ${days-apart} days.
        requirement.sv = Ett läger inom ${days-apart} dagar.
        """);

    var rule = document.rule(RuleId.of("xx.camp"));
    assertThat(rule.parameter("days-apart")).isEqualTo(7);
    assertThat(rule.getRequirement()).isEqualTo("A camp within 7 days.");
    assertThat(rule.getRequirementSv()).isEqualTo("Ett läger inom 7 dagar.");
    assertThatIllegalArgumentException().isThrownBy(() -> rule.parameter("days"))
        .withMessageContaining("xx.camp").withMessageContaining("[days-apart]");
  }

  /** The six fields of the texts of the finding {@code finding} or {@code finding.VARIANT}. */
  private static String[] findingFields(String prefix) {
    return new String[] {
        prefix + ".message.en = No conference in {year}.", prefix + ".message.sv = Ingen konferens {year}.",
        prefix + ".facts.en = Held: {held,count,conference,conferences}.",
        prefix + ".facts.sv = Hållna: {held,count,konferens,konferenser}.",
        prefix + ".remedy.en = Record the conference\n  of {year}.", prefix + ".remedy.sv = Registrera den."};
  }

  @Test
  void a_rule_carries_the_texts_of_its_findings_by_message_key_in_both_languages() {
    java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of(findingFields("finding")));
    fields.addAll(java.util.List.of(findingFields("finding.unheld")));
    var rule = parse(HEAD + CLAUSE + rule("A conference.", fields.toArray(String[]::new)))
        .rule(RuleId.of("xx.conference"));

    assertThat(rule.getFindingTexts()).extracting(FindingText::getKey)
        .containsExactly("xx.conference", "xx.conference.unheld");
    FindingText text = rule.findingText("xx.conference").orElseThrow();
    assertThat(text.text(FindingText.Part.MESSAGE, java.util.Locale.ENGLISH)).isEqualTo("No conference in {year}.");
    assertThat(text.text(FindingText.Part.MESSAGE, java.util.Locale.forLanguageTag("sv-SE"))).isEqualTo("Ingen konferens {year}.");
    assertThat(text.getFactsSv()).isEqualTo("Hållna: {held,count,konferens,konferenser}.");
    assertThat(text.text(FindingText.Part.REMEDY, java.util.Locale.GERMAN)).isEqualTo("Record the conference of {year}.");
    assertThat(rule.findingText("xx.conference.unheld")).isPresent();
    assertThat(rule.findingText("xx.conference.other")).isEmpty();
  }

  @Test
  void the_texts_of_a_finding_lacking_a_part_or_a_language_are_refused_naming_the_fields() {
    String[] fields = findingFields("finding.unheld");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE + rule("A conference.", java.util.Arrays.copyOf(fields, 5))))
        .withMessageContaining("XX2000.catalogue:18: rule xx.conference, finding 'xx.conference.unheld' lacks the"
            + " fields [finding.unheld.remedy.sv]");
  }

  @Test
  void a_finding_field_of_no_known_part_or_language_is_refused_naming_the_form() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE + rule("A conference.", "finding.message.de = Keine Konferenz.")))
        .withMessageContaining("XX2000.catalogue:18: unknown field 'finding.message.de' of a rule")
        .withMessageContaining("finding[.VARIANT].message|facts|remedy.sv|en");
  }

  @Test
  void a_parameter_that_is_no_whole_number_in_its_range_is_refused() {
    var rule = """

        rule xx.camp
        modality = SHALL
        clauses = A1
        parameter.days-apart = %s
        requirement.en = A camp.
        requirement.sv = Ett läger.
        """;

    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE + rule.formatted("seven")))
        .withMessageContaining("XX2000.catalogue:16: rule xx.camp, field 'parameter.days-apart': 'seven' is not a whole number");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE + rule.formatted("-1")))
        .withMessageContaining("-1 is not from 0 to " + CatalogueFile.MAX_PARAMETER);
  }

  @Test
  void an_unknown_note_is_refused_naming_the_file_the_line_the_rule_and_the_field() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE + rule("A conference, ${nowhere}.")))
        .withMessageStartingWith("XX2000.catalogue:16: rule xx.conference, field 'requirement.en': no parameter or note 'nowhere'");
  }

  @Test
  void an_interpretation_in_one_language_only_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE + rule("A conference.", "interpretation.en = One a year.")))
        .withMessageContaining("XX2000.catalogue:13: rule xx.conference must have all or none of the fields")
        .withMessageContaining("interpretation.sv");
  }

  @Test
  void a_note_no_text_uses_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + "\nnote spare\nen = Nothing uses me.\nsv = Ingen använder mig.\n" + CLAUSE))
        .withMessageContaining("XX2000.catalogue:1:").withMessageContaining("[spare]");
  }

  @Test
  void an_unknown_modality_is_refused_naming_the_line_and_the_values() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE.replace("SHALL", "SHAL")))
        .withMessageContaining("XX2000.catalogue:8: clause A1, field 'modality': 'SHAL' is not one of [SHALL,");
  }

  @Test
  void an_unknown_field_is_refused_naming_the_known_ones() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE + "text = more\n"))
        .withMessageContaining("XX2000.catalogue:12: unknown field 'text' of a clause")
        .withMessageContaining("section");
  }

  @Test
  void a_missing_field_a_repeated_field_and_a_stray_line_are_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE.replace("section = Åtgärder 1\n", "")))
        .withMessageContaining("XX2000.catalogue:6: clause A1 lacks the fields [section]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE + "sv = Igen.\n"))
        .withMessageContaining("XX2000.catalogue:12: field 'sv' appears twice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE + "stray\n"))
        .withMessageContaining("XX2000.catalogue:12: neither a block header");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(CLAUSE))
        .withMessageContaining("XX2000.catalogue:2: the file must start with 'document ID'");
  }

  @Test
  void a_bad_id_is_refused_naming_the_line_of_its_block() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE.replace("clause A1", "clause a1")))
        .withMessageContaining("XX2000.catalogue:6: clause a1:")
        .withMessageContaining("DOCUMENT/LOCAL");
  }

  @Test
  void a_text_longer_than_the_limit_is_refused() {
    var tooLong = "x".repeat(CatalogueFile.MAX_TEXT + 1);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> parse(HEAD + CLAUSE.replace("Hold a twin-town conference", tooLong)))
        .withMessageContaining("XX2000.catalogue:10: clause A1, field 'en': " + (CatalogueFile.MAX_TEXT + 20)
            + " characters, more than " + CatalogueFile.MAX_TEXT);
  }

  @Test
  void both_documents_are_read_from_their_data_files() {
    assertThat(CatalogueFile.read("VA2021")).isEqualTo(Documents.VA2021);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CatalogueFile.read("XX2000"))
        .withMessageContaining("se/vanort/domain/document/XX2000.catalogue");
  }
}
