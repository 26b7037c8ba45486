package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vanort.rules.agreement.ChainFixture.KAUHAVA;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Finding;

class DelegationHasLeadershipTest {
  private static final String RULE = "va.delegation-has-leadership";

  private static Event withDelegation(Event event, Delegation delegation) {
    return event.withDelegations(ImmutableList.<Delegation>builder()
        .addAll(event.getDelegations().stream()
            .filter(d -> !d.getMunicipality().equals(delegation.getMunicipality())).toList())
        .add(delegation).build());
  }

  @Test
  void a_delegation_without_administrative_leadership_is_a_shall_finding_for_that_party() {
    var register = ChainFixture.va2021()
        .event("conf-2023", c -> withDelegation(c, Delegation.of(KAUHAVA, PersonId.of("kauhava-chair")))).build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/O1d"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.getMessageKey()).isEqualTo(RULE + ".administrative");
      assertThat(finding.subjectIds()).containsExactly("conf-2023", "kauhava-chair");
      assertThat(finding.getMunicipality()).contains(KAUHAVA);
      assertThat(finding.getDate()).contains(LocalDate.of(2023, 6, 14));
    });
  }

  @Test
  void a_delegation_to_a_meeting_without_political_leadership_is_a_finding() {
    var register = ChainFixture.va2021()
        .event("meet-2025", m -> withDelegation(m,
            Delegation.of(KAUHAVA, PersonId.of("kauhava-ceo"), PersonId.of("kauhava-sec"))))
        .build();

    assertThat(Checks.findings(register, RULE)).singleElement().satisfies(finding -> {
      assertThat(finding.getMessageKey()).isEqualTo(RULE + ".political");
      assertThat(finding.subjectIds()).containsExactly("meet-2025", "kauhava-ceo", "kauhava-sec");
    });
  }

  @Test
  void leadership_is_judged_on_the_day_of_each_event_of_the_agreements_period() {
    var register = ChainFixture.va2021()
        .person("kauhava-chair", p -> p.withPositions(p.getPositions().get(0).withUntil(LocalDate.of(2022, 12, 31))))
        .build();

    assertThat(Checks.findings(register, RULE))
        .extracting(Finding::subjectIds)
        .extracting(subjects -> subjects.get(0))
        .containsExactly("conf-2023", "meet-2023", "conf-2025", "meet-2025");
  }

  @Test
  void one_person_with_both_kinds_of_leadership_is_enough() {
    var register = ChainFixture.va2021()
        .person("kauhava-chair", p -> Person.builder().from(p)
            .addPosition(Position.builder().body(BodyId.of("adm-kauhava")).role(Role.HEAD_OF_ADMINISTRATION).build())
            .build())
        .event("conf-2023", c -> withDelegation(c, Delegation.of(KAUHAVA, PersonId.of("kauhava-chair")))).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_party_that_sent_no_delegation_is_not_this_rules_business() {
    var register = ChainFixture.va2021().event("conf-2023", c -> c.withDelegations(
        c.getDelegations().stream().filter(d -> !d.getMunicipality().equals(KAUHAVA)).toList())).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void a_guest_delegation_of_a_municipality_outside_the_agreement_is_not_bound() {
    MunicipalityId tonder = MunicipalityId.of("tonder");
    var register = ChainFixture.va2021().addMunicipality(tonder)
        .addPerson(Person.builder().id(PersonId.of("tonder-guest")).municipality(tonder).build())
        .event("conf-2023", c -> withDelegation(c, Delegation.of(tonder, PersonId.of("tonder-guest")))).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }

  @Test
  void delegations_with_both_kinds_of_leadership_are_no_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), RULE)).isEmpty();
  }

  @Test
  void a_delegation_to_an_event_in_the_future_of_as_of_is_not_a_finding() {
    var register = ChainFixture.va2021()
        .event("conf-2025", c -> withDelegation(c, Delegation.of(KAUHAVA, PersonId.of("kauhava-sec"))))
        .asOf(LocalDate.of(2025, 1, 1)).build();

    assertThat(Checks.findings(register, RULE)).isEmpty();
  }
}
