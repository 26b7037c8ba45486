package se.vanort.rules.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.vanort.rules.strategy.Fixture.*;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.strategy.Strategy;
import se.vanort.rules.FactValues;
import java.util.List;

class NetworkRulesTest {
  private static final LocalDate SINCE = LocalDate.of(2015, 1, 1);

  private static Person member(String id, BodyId home, Role homeRole, Role networkRole) {
    return Person.builder().id(PersonId.of(id)).municipality(VIMMERBY)
        .addPosition(Position.of(home, homeRole, SINCE))
        .addPosition(Position.of(NETWORK, networkRole, SINCE))
        .build();
  }

  private static Register.Builder constitutedNetwork() {
    return vimmerby()
        .addPerson(member("n-samordnare", BOARD_ADMINISTRATION, Role.INTERNATIONAL_COORDINATOR, Role.CHAIR))
        .addPerson(member("n-buf", SCHOOL_ADMINISTRATION, Role.OFFICIAL, Role.MEMBER))
        .addPerson(member("n-kf", COUNCIL, Role.MEMBER, Role.MEMBER));
  }

  @Test
  void a_network_of_two_administrations_and_the_council_led_by_the_coordinator_is_constituted() {
    assertThat(check(new NetworkConstituted(), constitutedNetwork().build())).isEmpty();
  }

  @Test
  void a_network_in_which_the_coordinator_holds_the_coordinators_role_is_led_by_the_coordinator() {
    var register = vimmerby()
        .addPerson(member("n-samordnare", BOARD_ADMINISTRATION, Role.INTERNATIONAL_COORDINATOR, Role.INTERNATIONAL_COORDINATOR))
        .addPerson(member("n-buf", SCHOOL_ADMINISTRATION, Role.OFFICIAL, Role.MEMBER))
        .addPerson(member("n-kf", COUNCIL, Role.MEMBER, Role.MEMBER))
        .build();

    assertThat(check(new NetworkConstituted(), register)).isEmpty();
  }

  @Test
  void a_substitute_is_no_representative_of_the_council_in_the_network() {
    var register = vimmerby()
        .addPerson(member("n-samordnare", BOARD_ADMINISTRATION, Role.INTERNATIONAL_COORDINATOR, Role.CHAIR))
        .addPerson(member("n-buf", SCHOOL_ADMINISTRATION, Role.OFFICIAL, Role.MEMBER))
        .addPerson(member("n-kf", COUNCIL, Role.MEMBER, Role.SUBSTITUTE))
        .build();

    assertThat(check(new NetworkConstituted(), register)).extracting(f -> f.getMessageKey())
        .containsExactly("vis.network-constituted.council");
  }

  @Test
  void a_network_without_members_lacks_administrations_council_and_its_leader() {
    var findings = check(new NetworkConstituted(), vimmerby().build());

    assertThat(findings).extracting(f -> f.getMessageKey()).containsExactlyInAnyOrder(
        "vis.network-constituted.administrations", "vis.network-constituted.council", "vis.network-constituted.chair");
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.getClause().toString()).isEqualTo("VIS2016/N1");
      assertThat(f.getModality()).isEqualTo(Modality.SHALL);
      assertThat(f.subjectIds()).startsWith("int-natverk");
      assertThat(f.getDate()).contains(AS_OF);
    });
  }

  @Test
  void a_network_chaired_by_a_councillor_is_not_led_by_the_coordinator() {
    var register = vimmerby()
        .addPerson(member("n-samordnare", BOARD_ADMINISTRATION, Role.INTERNATIONAL_COORDINATOR, Role.MEMBER))
        .addPerson(member("n-buf", SCHOOL_ADMINISTRATION, Role.OFFICIAL, Role.MEMBER))
        .addPerson(member("n-kf", COUNCIL, Role.MEMBER, Role.CHAIR))
        .build();

    var finding = single(check(new NetworkConstituted(), register),
        "vis.network-constituted", "VIS2016/N1", Modality.SHALL, "int-natverk");
    assertThat(finding.getMessageKey()).isEqualTo("vis.network-constituted.chair");
  }

  @Test
  void a_municipality_without_a_network_is_a_shall_finding() {
    var register = vimmerby().build();
    var withoutNetwork = register.withBodies(register.getBodies().stream()
        .filter(body -> body.getKind() != BodyKind.INTERNATIONAL_NETWORK).toList());

    var finding = single(check(new NetworkConstituted(), withoutNetwork),
        "vis.network-constituted", "VIS2016/N1", Modality.SHALL, "vimmerby");
    assertThat(finding.getMessageKey()).isEqualTo("vis.network-constituted");
  }

  @Test
  void a_period_that_lies_after_the_as_of_date_is_not_yet_judged() {
    assertThat(check(new NetworkConstituted(), vimmerby().build(), DateRange.ofYears(2027, 2028))).isEmpty();
    assertThat(check(new ExecutiveBoardCoordinates(), minimal(), DateRange.ofYears(2027, 2028))).isEmpty();
  }

  private static Event meeting(String id, LocalDate date) {
    return event(id, EventKind.NETWORK_MEETING, date).body(NETWORK).build();
  }

  @Test
  void a_closed_year_with_one_network_meeting_is_a_should_finding() {
    var register = vimmerby();
    IntStream.rangeClosed(2021, 2025).filter(y -> y != 2023).forEach(year -> register
        .addEvent(meeting("nm-" + year + "-a", LocalDate.of(year, 3, 1)))
        .addEvent(meeting("nm-" + year + "-b", LocalDate.of(year, 10, 1))));
    register.addEvent(meeting("nm-2023-a", LocalDate.of(2023, 3, 1)));

    var finding = single(check(new NetworkMeetsTwiceYearly(), register.build()),
        "vis.network-meets-twice-yearly", "VIS2016/N1", Modality.SHOULD, "int-natverk");
    assertThat(finding.getYear()).contains(2023);
    assertThat(FactValues.of(finding)).containsExactly(entry("year", List.of("2023")), entry("held", List.of("1")),
        entry("nth", List.of("2")));
  }

  @Test
  void the_year_not_yet_closed_is_not_judged_for_network_meetings() {
    var register = vimmerby(LocalDate.of(2021, 12, 30)).build();

    assertThat(check(new NetworkMeetsTwiceYearly(), register)).isEmpty();
    assertThat(check(new CoordinatorInRegionalNetwork(), register)).isEmpty();
  }

  @Test
  void a_meeting_of_another_body_does_not_count_for_the_network() {
    var register = vimmerby(LocalDate.of(2021, 12, 31))
        .addEvent(meeting("nm-1", LocalDate.of(2021, 3, 1)))
        .addEvent(event("nm-2", EventKind.NETWORK_MEETING, LocalDate.of(2021, 9, 1)).body(REGIONAL_NETWORK).build())
        .build();

    assertThat(check(new NetworkMeetsTwiceYearly(), register, DateRange.ofYear(2021)))
        .flatExtracting(f -> FactValues.of(f).values()).containsExactly(List.of("2021"), List.of("1"), List.of("2"));
  }

  @Test
  void a_year_without_the_coordinator_at_the_regional_network_is_a_shall_finding() {
    var register = vimmerby(LocalDate.of(2022, 12, 31))
        .addEvent(event("rn-2021", EventKind.REGIONAL_NETWORK_MEETING, LocalDate.of(2021, 5, 5))
            .addParticipant(COORDINATOR).build())
        .addEvent(event("rn-2022", EventKind.REGIONAL_NETWORK_MEETING, LocalDate.of(2022, 5, 5))
            .addParticipant(OFFICIAL).build())
        .build();

    var finding = single(check(new CoordinatorInRegionalNetwork(), register, DateRange.ofYears(2021, 2022)),
        "vis.coordinator-in-regional-network", "VIS2016/N2", Modality.SHALL, "p-samordnare", "rn-2022");
    assertThat(finding.getYear()).contains(2022);
  }

  @Test
  void the_coordinator_in_a_delegation_to_the_regional_network_takes_part() {
    var register = vimmerby(LocalDate.of(2021, 12, 31))
        .addEvent(event("rn-2021", EventKind.REGIONAL_NETWORK_MEETING, LocalDate.of(2021, 5, 5))
            .addDelegation(delegation(COORDINATOR)).build())
        .build();

    assertThat(check(new CoordinatorInRegionalNetwork(), register, DateRange.ofYear(2021))).isEmpty();
  }

  @Test
  void the_coordinator_in_the_executive_boards_administration_satisfies_the_board_coordinates() {
    assertThat(check(new ExecutiveBoardCoordinates(), vimmerby().build())).isEmpty();
  }

  @Test
  void a_coordinator_outside_the_executive_boards_administration_is_a_shall_finding() {
    var register = vimmerby().addPerson(Person.builder().id(PersonId.of("p-buf-samordnare")).municipality(VIMMERBY)
        .addPosition(Position.of(SCHOOL_ADMINISTRATION, Role.INTERNATIONAL_COORDINATOR, SINCE)).build()).build();
    var withoutBoardCoordinator = register.withPeople(register.getPeople().stream()
        .filter(person -> !person.getId().equals(COORDINATOR)).toList());

    var finding = single(check(new ExecutiveBoardCoordinates(), withoutBoardCoordinator),
        "vis.executive-board-coordinates", "VIS2016/O1", Modality.SHALL, "ks");
    assertThat(finding.getDate()).contains(AS_OF);
  }

  private static Register minimal() {
    return Register.builder()
        .perspective(Perspective.of(VIMMERBY, AS_OF))
        .addMunicipality(municipality(VIMMERBY, "Vimmerby kommun", "SE"))
        .addBody(body(COUNCIL, BodyKind.COUNCIL, "Kommunfullmäktige", null))
        .addDecision(decision("kf-2016-172", COUNCIL, ADOPTED, Matter.ADOPT_STRATEGY))
        .addStrategy(Strategy.builder().id(DocumentId.of("VIS2016")).municipality(VIMMERBY).adoptedBy(ADOPTION).build())
        .build();
  }

  @Test
  void a_municipality_without_an_executive_board_is_a_shall_finding() {
    var finding = single(check(new ExecutiveBoardCoordinates(), minimal()),
        "vis.executive-board-coordinates", "VIS2016/O1", Modality.SHALL, "vimmerby");
    assertThat(finding.getMessageKey()).isEqualTo("vis.executive-board-coordinates.board");
  }
}
