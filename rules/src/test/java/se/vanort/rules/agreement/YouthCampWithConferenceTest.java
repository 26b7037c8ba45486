package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.event.EventId;
import se.vanort.rules.FactValues;

class YouthCampWithConferenceTest {
  private static final String RULE = "va.youth-camp-with-conference";

  @Test
  void no_youth_camp_in_2023_is_a_shall_finding() {
    var register = ChainFixture.va2021().withoutEvent("camp-2023").build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/A2"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.getMessageKey()).isEqualTo(RULE);
      assertThat(finding.subjectIds()).containsExactly("VA2021");
      assertThat(finding.getYear()).contains(2023);
    });
  }

  @Test
  void a_camp_linked_to_another_years_conference_is_an_unlinked_finding_naming_the_camp() {
    var register = ChainFixture.va2021()
        .event("camp-2023", camp -> camp.withLinkedTo(EventId.of("conf-2021"))).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getMessageKey()).isEqualTo(RULE + ".unlinked");
      assertThat(finding.subjectIds()).containsExactly("camp-2023");
      assertThat(finding.getYear()).contains(2023);
      assertThat(FactValues.of(finding, "camps")).containsExactly("camp-2023");
    });
  }

  @Test
  void a_camp_linked_to_nothing_is_an_unlinked_finding() {
    var register = ChainFixture.va2021().event("camp-2025", camp -> camp.withLinkedTo(Optional.empty())).build();

    assertThat(Checks.findings(register, RULE)).extracting(f -> f.getMessageKey()).containsExactly(RULE + ".unlinked");
  }

  @Test
  void a_camp_linked_to_the_years_conference_is_no_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), RULE)).isEmpty();
  }

  @Test
  void a_conference_year_without_a_conference_needs_the_camp_as_well() {
    var register = ChainFixture.va2021().withoutEvent("camp-2023").withoutEvent("conf-2023").build();

    assertThat(Checks.findings(register, RULE)).extracting(f -> f.getYear()).containsExactly(Optional.of(2023));
  }

  @Test
  void a_camp_due_in_the_future_of_as_of_is_not_a_finding() {
    var register = ChainFixture.va2021().withoutEvent("camp-2025").asOf(LocalDate.of(2025, 12, 1)).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }
}
