package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.organisation.BodyId;
import se.vanort.rules.Finding;

class RevisionAtConferenceTest {
  private static final String RULE = "va.revision-at-conference";

  private static ChainFixture withoutRevisionItem() {
    return ChainFixture.va2021().event("conf-2027", c -> c.withAgendaItems(c.getAgendaItems().stream()
        .filter(item -> item != AgendaItem.AGREEMENT_REVISION).collect(ImmutableSet.toImmutableSet())));
  }

  private static Decision.Builder revision(LocalDate date) {
    return Decision.builder().id(DecisionId.of("revise-va2021")).date(date).matter(Matter.REVISE_AGREEMENT)
        .addSubject(RecordId.of("VA2021"));
  }

  @Test
  void a_revision_year_conference_that_does_not_revise_the_agreement_is_a_shall_finding() {
    var register = withoutRevisionItem().build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/R"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.getMessageKey()).isEqualTo(RULE);
      assertThat(finding.subjectIds()).containsExactly("VA2021", "conf-2027");
      assertThat(finding.getYear()).contains(2027);
    });
  }

  @Test
  void a_revise_agreement_decision_taken_at_the_conference_is_the_revision() {
    var register = withoutRevisionItem()
        .addDecision(revision(LocalDate.of(2027, 6, 14)).meeting(EventId.of("conf-2027")).build()).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_revise_agreement_decision_dated_on_a_day_of_the_conference_is_the_revision() {
    var register = withoutRevisionItem()
        .event("conf-2027", c -> c.withEndDate(LocalDate.of(2027, 6, 16)))
        .addDecision(revision(LocalDate.of(2027, 6, 16)).body(BodyId.of("ks-vimmerby")).build()).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_revise_agreement_decision_on_another_day_is_not_at_the_conference_and_is_a_finding_of_its_own() {
    var register = withoutRevisionItem()
        .addDecision(revision(LocalDate.of(2027, 9, 1)).body(BodyId.of("ks-vimmerby")).build()).build();

    assertThat(Checks.findings(register, RULE)).extracting(Finding::getMessageKey, Finding::getDate)
        .containsExactlyInAnyOrder(
            tuple("va.revision-at-conference", Optional.empty()),
            tuple("va.revision-at-conference.decision", Optional.of(LocalDate.of(2027, 9, 1))));
  }

  @Test
  void a_revision_decided_in_2026_a_year_without_a_conference_is_a_finding_dated_on_the_decision() {
    var register = ChainFixture.va2021()
        .addDecision(revision(LocalDate.of(2026, 5, 4)).body(BodyId.of("ks-vimmerby")).build()).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getMessageKey()).isEqualTo("va.revision-at-conference.decision");
      assertThat(finding.getDate()).contains(LocalDate.of(2026, 5, 4));
      assertThat(finding.subjectIds()).containsExactly("revise-va2021", "VA2021");
    });
  }

  @Test
  void a_revision_year_without_a_conference_is_a_finding_of_its_own() {
    var register = ChainFixture.va2021().withoutEvent("camp-2027").withoutEvent("conf-2027").build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getMessageKey()).isEqualTo(RULE + ".conference");
      assertThat(finding.subjectIds()).containsExactly("VA2021");
      assertThat(finding.getYear()).contains(2027);
    });
  }

  @Test
  void the_revision_year_is_checked_even_when_the_period_holds_only_that_year() {
    var register = withoutRevisionItem().build();

    assertThat(Checks.findings(register, DateRange.ofYear(2027), RULE)).hasSize(1);
    assertThat(Checks.findings(register, DateRange.ofYears(2021, 2026), RULE)).isEmpty();
  }

  @Test
  void a_revision_due_in_the_future_of_as_of_is_not_a_finding() {
    var register = withoutRevisionItem().asOf(LocalDate.of(2027, 12, 30)).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_conference_with_the_revision_on_its_agenda_is_no_finding() {
    Event conference = ChainFixture.va2021().event("conf-2027");

    assertThat(conference.hasAgendaItem(AgendaItem.AGREEMENT_REVISION)).isTrue();
    assertThat(Checks.findings(ChainFixture.va2021().build(), RULE)).isEmpty();
  }
}
