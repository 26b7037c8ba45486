package se.vanort.rules.authority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.rules.query.Authority;
import se.vanort.rules.query.DecisionAuthority;

class AuthorityTableTest {
  @Test
  void only_the_council_may_establish_a_twin_town_or_revise_the_strategy() {
    for (BodyKind kind : BodyKind.values()) {
      assertThat(AuthorityTable.mayDecide(kind, Matter.ESTABLISH_TWIN_TOWN)).as(kind.name()).isEqualTo(kind == BodyKind.COUNCIL);
    }
    assertThat(AuthorityTable.mayReviseStrategy()).containsExactly(BodyKind.COUNCIL);
  }

  @Test
  void a_school_decides_its_exchange_within_budget_and_the_committee_over_it() {
    assertThat(AuthorityTable.mayDecide(BodyKind.SCHOOL, Matter.SCHOOL_EXCHANGE, false)).isTrue();
    assertThat(AuthorityTable.mayDecide(BodyKind.SCHOOL, Matter.SCHOOL_EXCHANGE, true)).isFalse();
    assertThat(AuthorityTable.mayDecide(BodyKind.COMMITTEE, Matter.SCHOOL_EXCHANGE, true)).isTrue();
    assertThat(AuthorityTable.of(Matter.SCHOOL_EXCHANGE, true).clause()).contains(ClauseId.of("VIS2016/E2"));
  }

  @Test
  void the_who_decides_query_answers_from_the_table() {
    for (Matter matter : Matter.values()) {
      for (boolean overBudget : new boolean[] {false, true}) {
        Assignment line = AuthorityTable.of(matter, overBudget);
        Authority answer = DecisionAuthority.whoDecides(matter, overBudget);
        assertThat(answer.getDecider()).isEqualTo(line.decider());
        assertThat(answer.getBodyKinds()).isEqualTo(line.bodyKinds());
        assertThat(answer.getClause()).isEqualTo(line.clause());
        assertThat(answer.getExplanationKey()).isEqualTo(line.explanationKey());
      }
    }
  }
}
