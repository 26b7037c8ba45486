package se.vanort.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final ClauseId A1 = ClauseId.of("VA2021/A1");
  private static final ClauseId A2 = ClauseId.of("VA2021/A2");

  private static ValidatorFactory validation;
  private static Validator validator;

  @BeforeAll
  static void startValidation() {
    // As the domain validates (RegisterValidation): no expression language is on the class path.
    validation = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    validator = validation.getValidator();
  }

  @AfterAll
  static void stopValidation() {
    validation.close();
  }

  @Test
  void a_clause_is_found_by_its_id_in_its_document_and_across_documents() {
    assertThat(Documents.VA2021.clause(A1).getSection()).isEqualTo("Åtgärder 1");
    assertThat(Documents.findClause(ClauseId.of("VIS2016/W4")))
        .map(Clause::getSection)
        .contains("Varför engagera sig internationellt? ¶4");
  }

  @Test
  void a_rule_is_found_by_its_id_in_its_document_and_across_documents() {
    var conference = RuleId.of("va.conference-every-second-year");

    assertThat(Documents.VA2021.rule(conference).getPrimaryClause()).isEqualTo(A1);
    assertThat(Documents.findRule(conference)).contains(Documents.VA2021.rule(conference));
    assertThat(Documents.findRule(RuleId.of("vis.goal-coverage")).orElseThrow().getPrimaryClause())
        .isEqualTo(ClauseId.of("VIS2016/G1"));
  }

  @Test
  void the_rules_of_a_clause_come_in_catalogue_order() {
    assertThat(Documents.VA2021.rulesOf(A2))
        .extracting(RuleDefinition::getId)
        .containsExactly(
            RuleId.of("va.youth-camp-with-conference"),
            RuleId.of("va.youth-in-camp-planning"),
            RuleId.of("va.youth-council-forum-off-years"));
    assertThat(Documents.VA2021.rulesOf(ClauseId.of("VA2021/GOAL"))).isEmpty();
  }

  @Test
  void unknown_ids_are_not_found() {
    assertThat(Documents.findClause(ClauseId.of("VA2021/Z9"))).isEmpty();
    assertThat(Documents.findClause(ClauseId.of("XX2000/A1"))).isEmpty();
    assertThat(Documents.findRule(RuleId.of("va.no-such-rule"))).isEmpty();
    assertThat(Documents.VIS2016.findClause(A1)).isEmpty();
  }

  @Test
  void an_unknown_clause_is_refused_naming_it_and_the_document() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Documents.VIS2016.clause(A1))
        .withMessageContaining("VA2021/A1")
        .withMessageContaining("VIS2016");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Documents.VIS2016.rulesOf(A1))
        .withMessageContaining("VA2021/A1");
  }

  @Test
  void an_unknown_rule_is_refused_naming_it_and_the_document() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Documents.VA2021.rule(RuleId.of("vis.goal-coverage")))
        .withMessageContaining("vis.goal-coverage")
        .withMessageContaining("VA2021");
  }

  @Test
  void an_unknown_document_is_refused_naming_it() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Documents.document(DocumentId.of("VA2027")))
        .withMessageContaining("VA2027");
  }

  @Test
  void a_document_is_found_by_its_id() {
    assertThat(Documents.document(DocumentId.of("VIS2016"))).isSameAs(Documents.VIS2016);
    assertThat(Documents.all()).containsExactly(Documents.VA2021, Documents.VIS2016);
  }

  @Test
  void the_check_rejects_a_duplicate_clause_id() {
    var twice = document().addClause(clause(A1, Modality.SHALL));

    assertThatIllegalArgumentException()
        .isThrownBy(twice::build)
        .withMessageContaining("VA2021/A1")
        .withMessageContaining("more than once");
  }

  @Test
  void the_check_rejects_a_duplicate_rule_id() {
    var twice = document().addRule(rule("va.conference-every-second-year", Modality.SHALL, A1));

    assertThatIllegalArgumentException()
        .isThrownBy(twice::build)
        .withMessageContaining("va.conference-every-second-year")
        .withMessageContaining("more than once");
  }

  @Test
  void the_check_rejects_a_rule_citing_a_clause_of_another_document() {
    var foreign = document().addRule(rule("va.foreign", Modality.SHALL, ClauseId.of("VIS2016/W4")));

    assertThatIllegalArgumentException()
        .isThrownBy(foreign::build)
        .withMessageContaining("va.foreign")
        .withMessageContaining("VIS2016/W4");
  }

  @Test
  void the_check_rejects_a_clause_of_another_document() {
    var foreign = document().addClause(clause(ClauseId.of("VIS2016/W4"), Modality.SHALL));

    assertThatIllegalArgumentException().isThrownBy(foreign::build).withMessageContaining("VIS2016/W4");
  }

  @Test
  void the_check_rejects_a_clause_weaker_than_its_strongest_rule() {
    var understated = document().addRule(rule("va.also-on-o1c", Modality.SHALL, ClauseId.of("VA2021/O1c")));

    assertThatIllegalArgumentException()
        .isThrownBy(understated::build)
        .withMessageContaining("VA2021/O1c")
        .withMessageContaining("MAY")
        .withMessageContaining("SHALL");
  }

  @Test
  void a_rule_without_clauses_is_refused() {
    var builder = RuleDefinition.builder().id(RuleId.of("va.nothing")).modality(Modality.SHALL).requirement("Nothing.")
        .requirementSv("Ingenting.");

    assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("va.nothing");
  }

  @Test
  void modalities_run_from_shall_to_info() {
    assertThat(Modality.SHALL.isAtLeast(Modality.SHOULD)).isTrue();
    assertThat(Modality.SHOULD.isAtLeast(Modality.MAY)).isTrue();
    assertThat(Modality.MAY.isAtLeast(Modality.INFO)).isTrue();
    assertThat(Modality.SHOULD.isAtLeast(Modality.SHOULD)).isTrue();
    assertThat(Modality.SHOULD.isAtLeast(Modality.SHALL)).isFalse();
    assertThat(Modality.INFO.isAtLeast(Modality.MAY)).isFalse();
  }

  @Test
  void only_shall_and_should_produce_findings() {
    assertThat(Modality.values())
        .filteredOn(Modality::producesFindings)
        .containsExactly(Modality.SHALL, Modality.SHOULD);
  }

  @Test
  void a_clause_id_without_a_slash_is_refused_naming_it() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClauseId.of("VA2021A1"))
        .withMessageContaining("'VA2021A1'")
        .withMessageContaining("DOCUMENT/LOCAL");
    assertThatIllegalArgumentException().isThrownBy(() -> ClauseId.of("va2021/A1")).withMessageContaining("va2021");
    assertThatIllegalArgumentException().isThrownBy(() -> ClauseId.of("VA2021/")).withMessageContaining("'VA2021/'");
  }

  @Test
  void a_clause_id_names_its_document_and_its_local_part() {
    var id = ClauseId.of("VA2021/O1d");

    assertThat(id.getDocument()).isEqualTo(DocumentId.of("VA2021"));
    assertThat(id.getLocal()).isEqualTo("O1d");
    assertThat(id).hasToString("VA2021/O1d").isEqualTo(ClauseId.of(DocumentId.of("VA2021"), "O1d"));
  }

  @Test
  void rule_and_document_ids_of_the_wrong_form_are_refused_naming_them() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleId.of("VA.Conference"))
        .withMessageContaining("'VA.Conference'");
    assertThatIllegalArgumentException().isThrownBy(() -> RuleId.of("conference")).withMessageContaining("'conference'");
    assertThatIllegalArgumentException().isThrownBy(() -> DocumentId.of("va2021")).withMessageContaining("'va2021'");
    assertThatIllegalArgumentException().isThrownBy(() -> DocumentId.of(" VA2021")).withMessageContaining("white space");
  }

  @Test
  void ids_order_by_their_value() {
    assertThat(ClauseId.of("VA2021/A1")).isLessThan(ClauseId.of("VA2021/A2"));
    assertThat(RuleId.of("va.b")).isGreaterThan(RuleId.of("va.a"));
    assertThat(DocumentId.of("VA2021")).isLessThan(DocumentId.of("VIS2016"));
  }

  @Test
  void both_documents_satisfy_their_jakarta_constraints() {
    assertThat(validator.validate(Documents.VA2021)).isEmpty();
    assertThat(validator.validate(Documents.VIS2016)).isEmpty();
  }

  @Test
  void a_blank_text_of_a_clause_is_a_constraint_violation_at_its_path() {
    var blank = clause(A1, Modality.SHALL).withTextEn(" ");
    var document = Documents.VA2021.withClauses(
        Documents.VA2021.getClauses().stream().map(clause -> clause.getId().equals(A1) ? blank : clause).toList());

    assertThat(validator.validate(document))
        .extracting(violation -> violation.getPropertyPath().toString())
        .containsExactly("clauses[6].textEn");
  }

  @Test
  void a_blank_text_of_a_finding_is_a_constraint_violation_at_its_path() {
    var rule = Documents.VA2021.rule(RuleId.of("va.youth-camp-with-conference"));
    var blank = rule.withFindingTexts(rule.getFindingTexts().get(1).withRemedySv(" "), rule.getFindingTexts().get(0));

    assertThat(validator.validate(blank))
        .extracting(violation -> violation.getPropertyPath().toString())
        .containsExactly("findingTexts[0].remedySv");
  }

  @Test
  void a_rule_refuses_the_texts_of_another_rules_finding_and_texts_given_twice() {
    var rule = Documents.VA2021.rule(RuleId.of("va.youth-camp-with-conference"));
    var text = rule.getFindingTexts().get(0);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> rule.withFindingTexts(text.withKey("va.youth-camp")))
        .withMessageContaining("rule va.youth-camp-with-conference has texts of the finding 'va.youth-camp'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rule.withFindingTexts(text, text))
        .withMessageContaining("more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> text.withKey("va.youth-camp-with-conference.Unlinked"))
        .withMessageContaining("'va.youth-camp-with-conference.Unlinked'");
  }

  @Test
  void a_blank_reason_for_not_checking_is_a_constraint_violation_and_no_reason_is_not() {
    var goal = Documents.VA2021.clause(ClauseId.of("VA2021/GOAL"));

    assertThat(validator.validate(goal.withNotCheckableReason(" ")))
        .extracting(violation -> violation.getPropertyPath().toString())
        .containsExactly("notCheckableReason");
    assertThat(validator.validate(
            Clause.builder().from(goal).notCheckableReason(Optional.empty()).notCheckableReasonSv(Optional.empty()).build()))
        .isEmpty();
  }

  @Test
  void a_reason_for_not_checking_in_one_language_only_is_refused() {
    var goal = Documents.VA2021.clause(ClauseId.of("VA2021/GOAL"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> goal.withNotCheckableReasonSv(Optional.empty()))
        .withMessageContaining("VA2021/GOAL")
        .withMessageContaining("both Swedish and English");
  }

  @Test
  void an_interpretation_in_one_language_only_is_refused() {
    var rule = Documents.VA2021.rule(RuleId.of("va.conference-every-second-year"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> rule.withInterpretationSv(Optional.empty()))
        .withMessageContaining("va.conference-every-second-year")
        .withMessageContaining("both Swedish and English");
  }

  @Test
  void texts_come_in_swedish_for_a_swedish_locale_and_in_english_for_any_other() {
    var rule = Documents.VA2021.rule(RuleId.of("va.conference-every-second-year"));
    var clause = Documents.VA2021.clause(A1);
    var swedish = java.util.Locale.forLanguageTag("sv-FI");

    assertThat(rule.requirement(swedish)).isEqualTo(rule.getRequirementSv()).startsWith("Varje konferensår");
    assertThat(rule.requirement(java.util.Locale.GERMAN)).isEqualTo(rule.getRequirement()).startsWith("Each");
    assertThat(rule.interpretation(swedish)).isEqualTo(rule.getInterpretationSv());
    assertThat(rule.interpretation(java.util.Locale.ENGLISH)).isEqualTo(rule.getInterpretation());
    assertThat(clause.text(swedish)).isEqualTo("Genomföra vänortskonferens vartannat år.");
    assertThat(clause.text(java.util.Locale.ENGLISH)).isEqualTo("Hold a twin-town conference every second year.");
    assertThat(Documents.VA2021.title(swedish)).startsWith("Vänortsavtal");
    assertThat(Documents.VA2021.title(java.util.Locale.ENGLISH)).startsWith("Twin-town agreement");
    assertThat(Documents.VA2021.clause(ClauseId.of("VA2021/GOAL")).notCheckableReason(swedish).orElseThrow())
        .startsWith("Kan inte granskas utifrån uppgifterna");
  }

  /** A builder of a copy of VA2021, to add one mistake to. */
  private static Document.Builder document() {
    return Document.builder().from(Documents.VA2021);
  }

  private static Clause clause(ClauseId id, Modality modality) {
    return Clause.builder()
        .id(id)
        .section("Åtgärder 1")
        .modality(modality)
        .textSv("Genomföra vänortskonferens vartannat år.")
        .textEn("Hold a twin-town conference every second year.")
        .build();
  }

  private static RuleDefinition rule(String id, Modality modality, ClauseId clause) {
    return RuleDefinition.builder()
        .id(RuleId.of(id))
        .modality(modality)
        .addClause(clause)
        .requirement("Something is checked.")
        .requirementSv("Något granskas.")
        .build();
  }
}
