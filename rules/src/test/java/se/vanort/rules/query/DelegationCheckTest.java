package se.vanort.rules.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.vanort.domain.InvalidRegisterException;
import se.vanort.domain.Register;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.EventId;
import se.vanort.domain.organisation.PersonId;

class DelegationCheckTest {
  private static final Register CHAIN = Chain.register();
  private static final Delegation LEADERS =
      Delegation.of(Chain.VIMMERBY, PersonId.of("p-kso"), PersonId.of("p-kd"));

  @Test
  void an_unknown_event_is_refused_naming_it_and_the_closest_id() {
    assertThatThrownBy(() -> DelegationCheck.check(CHAIN, EventId.of("conf-2025x"), LEADERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'conf-2025x'")
        .hasMessageContaining("did you mean 'conf-2025'?");
  }

  @Test
  void an_unknown_event_with_no_close_id_is_refused_listing_known_events() {
    assertThatThrownBy(() -> Queries.of(CHAIN).checkDelegation(EventId.of("x"), LEADERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'")
        .hasMessageContaining("known events: conf-2021");
  }

  @Test
  void a_proposal_naming_someone_the_register_does_not_hold_is_refused_with_the_path() {
    Delegation stranger = Delegation.of(Chain.VIMMERBY, PersonId.of("p-nobody"));

    assertThatThrownBy(() -> DelegationCheck.check(CHAIN, EventId.of("conf-2025"), stranger))
        .isInstanceOf(InvalidRegisterException.class)
        .hasMessageContaining("p-nobody");
  }

  @Test
  void the_check_runs_exactly_the_delegation_rules_the_rulebook_has() {
    DelegationVerdict verdict = DelegationCheck.check(CHAIN, EventId.of("conf-2025"), LEADERS);

    assertThat(DelegationCheck.RULES).extracting(Object::toString).containsExactly(
        "va.delegation-has-leadership", "vis.delegation-elected-with-official", "vis.chair-represents");
    assertThat(verdict.getRulesChecked()).isSubsetOf(DelegationCheck.RULES);
    assertThat(verdict.getEvent()).isEqualTo(EventId.of("conf-2025"));
    assertThat(verdict.getEventDate()).isEqualTo(java.time.LocalDate.of(2025, 8, 20));
    assertThat(verdict.getProposed()).isEqualTo(LEADERS);
  }
}
