package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.Report;
import se.vanort.rules.Rule;
import se.vanort.rules.Rulebook;

class AgreementRulesTest {
  @Test
  void all_holds_every_rule_of_VA2021_but_the_tag_coverage_in_catalogue_order() {
    assertThat(AgreementRules.all()).extracting(Rule::id).containsExactlyElementsOf(
        Documents.VA2021.getRules().stream().filter(rule -> rule.getModality() != Modality.INFO)
            .map(RuleDefinition::getId).toList());
  }

  @Test
  void a_chain_that_keeps_the_agreement_has_no_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), Checks.VA2021_AND_REVISION)).isEmpty();
  }

  @Test
  void the_standard_rulebook_checks_the_agreement_with_these_rules_and_lists_their_permissions() {
    Report report = Rulebook.standard().check(ChainFixture.va2021().withoutEvent("sec-2022").build(),
        Checks.VA2021_AND_REVISION);

    assertThat(report.getFindings()).filteredOn(f -> f.getRule().value().startsWith("va."))
        .extracting(f -> f.getRule().value() + " " + f.getYear().orElseThrow() + " " + f.getMunicipality().orElseThrow())
        .containsExactly("va.secretaries-meet-yearly 2022 kauhava", "va.secretaries-meet-yearly 2022 moss",
            "va.secretaries-meet-yearly 2022 olfus", "va.secretaries-meet-yearly 2022 vimmerby");
    assertThat(report.getPermissions()).filteredOn(p -> Documents.VA2021.findRule(p.getId()).isPresent())
        .containsExactlyElementsOf(Documents.VA2021.getRules().stream()
            .filter(rule -> rule.getModality() == Modality.MAY).toList())
        .hasSize(4);
  }

  @Test
  void an_empty_chain_breaks_every_yearly_rule_and_each_finding_reads_in_both_languages() {
    var register = ChainFixture.va2021().build().withDecisions().withEvents();
    var findings = Checks.findings(register, Checks.VA2021_AND_REVISION);
    assertThat(findings).extracting(f -> f.getRule().value()).contains(
        "va.conference-every-second-year", "va.youth-camp-with-conference", "va.meeting-every-second-year",
        "va.secretaries-meet-yearly", "va.revision-at-conference");
    for (Locale locale : Messages.LANGUAGES) {
      Messages messages = Messages.of(locale);
      for (Finding finding : findings) {
        assertThat(messages.message(finding) + messages.facts(finding) + messages.remedy(finding))
            .doesNotContain("{").doesNotContain("2,0").doesNotContain("2 0");
      }
    }
  }
}
