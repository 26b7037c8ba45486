package se.vanort.rules.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.vanort.rules.authority.Decider;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Documents;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.Messages;

class DecisionAuthorityTest {
  private static final Messages EN = Messages.of(Locale.ENGLISH);
  private static final Messages SV = Messages.of(Locale.forLanguageTag("sv"));

  @Test
  void establishing_a_twin_town_is_for_the_council_under_W5() {
    Authority authority = DecisionAuthority.whoDecides(Matter.ESTABLISH_TWIN_TOWN, false);

    assertThat(authority.getDecider()).isEqualTo(Decider.COUNCIL);
    assertThat(authority.getBodyKinds()).containsExactly(BodyKind.COUNCIL);
    assertThat(authority.getClause()).contains(ClauseId.of("VIS2016/W5"));
    assertThat(authority.explanation(EN)).contains("municipal council").contains("VIS2016/W5");
    assertThat(authority.explanation(SV)).contains("kommunfullmäktige").contains("VIS2016/W5");
  }

  @Test
  void partnership_applications_and_steering_groups_are_for_the_board_or_a_committee_under_P2() {
    for (Matter matter : new Matter[] {Matter.PARTNERSHIP_APPLICATION, Matter.APPOINT_STEERING_GROUP}) {
      Authority authority = DecisionAuthority.whoDecides(matter, false);

      assertThat(authority.getDecider()).isEqualTo(Decider.EXECUTIVE_BOARD_OR_COMMITTEE);
      assertThat(authority.getBodyKinds()).containsExactlyInAnyOrder(BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE);
      assertThat(authority.getClause()).contains(ClauseId.of("VIS2016/P2"));
    }
  }

  @Test
  void a_project_is_for_the_committee_that_owns_it_under_O5() {
    Authority authority = DecisionAuthority.whoDecides(Matter.PROJECT, false);

    assertThat(authority.getDecider()).isEqualTo(Decider.OWNING_COMMITTEE);
    assertThat(authority.getBodyKinds()).contains(BodyKind.COMMITTEE).doesNotContain(BodyKind.COUNCIL);
    assertThat(authority.getClause()).contains(ClauseId.of("VIS2016/O5"));
  }

  @Test
  void a_school_exchange_is_for_the_school_within_budget_and_for_the_committee_over_it() {
    Authority within = DecisionAuthority.whoDecides(Matter.SCHOOL_EXCHANGE, false);
    Authority over = DecisionAuthority.whoDecides(Matter.SCHOOL_EXCHANGE, true);

    assertThat(within.getDecider()).isEqualTo(Decider.SCHOOL);
    assertThat(within.getBodyKinds()).containsExactly(BodyKind.SCHOOL);
    assertThat(over.getDecider()).isEqualTo(Decider.RESPONSIBLE_COMMITTEE);
    assertThat(over.getBodyKinds()).containsExactly(BodyKind.COMMITTEE);
    assertThat(within.getClause()).contains(ClauseId.of("VIS2016/E2")).isEqualTo(over.getClause());
    assertThat(over.isOverBudget()).isTrue();
    assertThat(within.explanation(EN)).isNotEqualTo(over.explanation(EN));
  }

  @Test
  void the_strategy_is_adopted_and_revised_by_the_council_under_R1() {
    for (Matter matter : new Matter[] {Matter.ADOPT_STRATEGY, Matter.REVISE_STRATEGY}) {
      Authority authority = DecisionAuthority.whoDecides(matter, false);

      assertThat(authority.getDecider()).isEqualTo(Decider.COUNCIL);
      assertThat(authority.getClause()).contains(ClauseId.of("VIS2016/R1"));
    }
  }

  @Test
  void the_agreement_is_revised_by_the_parties_at_the_conference_under_R() {
    Authority authority = DecisionAuthority.whoDecides(Matter.REVISE_AGREEMENT, false);

    assertThat(authority.getDecider()).isEqualTo(Decider.PARTIES_AT_CONFERENCE);
    assertThat(authority.getBodyKinds()).isEmpty();
    assertThat(authority.getClause()).contains(ClauseId.of("VA2021/R"));
  }

  @Test
  void a_matter_no_clause_assigns_gets_an_answer_saying_so() {
    Authority authority = DecisionAuthority.whoDecides(Matter.OTHER, true);

    assertThat(authority.isAssigned()).isFalse();
    assertThat(authority.getDecider()).isEqualTo(Decider.NONE);
    assertThat(authority.getClause()).isEmpty();
    assertThat(authority.getBodyKinds()).isEmpty();
    assertThat(authority.explanation(EN)).contains("No clause").contains("decides on other matters;");
    assertThat(authority.explanation(SV)).contains("Ingen punkt").contains("beslutar om övriga ärenden;")
        .doesNotContain("other");
  }

  @Test
  void every_matter_gets_an_answer_whose_clause_exists_and_whose_texts_render_in_both_languages() {
    for (Matter matter : Matter.values()) {
      for (boolean overBudget : new boolean[] {false, true}) {
        Authority authority = DecisionAuthority.whoDecides(matter, overBudget);

        assertThat(authority.getMatter()).isEqualTo(matter);
        authority.getClause().ifPresent(clause -> assertThat(Documents.findClause(clause)).isPresent());
        assertThat(authority.isAssigned()).isEqualTo(authority.getDecider() != Decider.NONE);
        for (Messages messages : new Messages[] {EN, SV}) {
          assertThat(authority.explanation(messages)).isNotBlank().doesNotContain("{0}");
          assertThat(authority.decider(messages)).isNotBlank();
        }
      }
    }
  }

  @Test
  void a_register_names_its_own_bodies_and_not_those_of_other_municipalities() {
    Queries queries = Queries.of(Chain.register());

    assertThat(queries.whoDecides(Matter.ESTABLISH_TWIN_TOWN, false).bodyLabels())
        .containsExactly("kf Kommunfullmäktige");
    assertThat(queries.whoDecides(Matter.PARTNERSHIP_APPLICATION, false).bodyLabels())
        .containsExactlyInAnyOrder("ks Kommunstyrelsen", "bun Barn- och utbildningsnämnden");
    assertThat(queries.whoDecides(Matter.SCHOOL_EXCHANGE, false).bodyLabels()).containsExactly("sodra Södra skolan");
    assertThat(queries.whoDecides(Matter.OTHER, false).getBodies()).isEmpty();
  }

  @Test
  void a_register_names_the_parties_that_revise_the_agreement() {
    Authority authority = Queries.of(Chain.register()).whoDecides(Matter.REVISE_AGREEMENT, false);

    assertThat(authority.getParties()).containsExactly(Chain.VIMMERBY, Chain.KAUHAVA, Chain.MOSS, Chain.OLFUS);
    assertThat(authority.getBodies()).isEmpty();
  }

  @Test
  void the_named_answer_agrees_with_the_general_one_apart_from_the_names() {
    Queries queries = Queries.of(Chain.register());
    for (Matter matter : Matter.values()) {
      Authority named = queries.whoDecides(matter, true);

      assertThat(named.withBodies().withParties()).isEqualTo(DecisionAuthority.whoDecides(matter, true));
    }
  }
}
