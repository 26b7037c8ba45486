package se.vanort.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.vanort.rules.agreement.ChainFixture.OLFUS;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.Contact;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.rules.Finding;
import se.vanort.rules.FactValues;
import java.util.List;

class SecretaryRulesTest {
  private static final String APPOINTED = "va.secretary-appointed";
  private static final String CONTACT = "va.contact-register-kept";

  private static Person endingOn(Person secretary, LocalDate until) {
    return secretary.withPositions(secretary.getPositions().get(0).withUntil(until));
  }

  private static Person olfusSecretary(String id, LocalDate from) {
    return Person.builder().id(PersonId.of(id)).municipality(OLFUS)
        .addPosition(Position.of(BodyId.of("adm-olfus"), Role.TWIN_TOWN_SECRETARY, from))
        .contact(Contact.builder().phone("+354 480 3800").build())
        .build();
  }

  @Test
  void a_gap_between_two_secretaries_is_a_shall_finding_dated_on_its_first_day() {
    var register = ChainFixture.va2021()
        .person("olfus-sec", s -> endingOn(s, LocalDate.of(2024, 6, 30)))
        .addPerson(olfusSecretary("olfus-sec2", LocalDate.of(2024, 9, 1)))
        .build();

    assertThat(Checks.findings(register, APPOINTED)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/O2"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.subjectIds()).containsExactly("olfus-sec", "olfus-sec2");
      assertThat(finding.getMunicipality()).contains(OLFUS);
      assertThat(finding.getDate()).contains(LocalDate.of(2024, 7, 1));
      assertThat(FactValues.of(finding)).contains(entry("municipality", List.of("olfus")),
          entry("from", List.of("2024-07-01")), entry("to", List.of("2024-08-31")), entry("agreement", List.of("VA2021")));
    });
  }

  @Test
  void a_secretary_who_left_with_no_successor_leaves_a_gap_to_the_end_of_the_agreement() {
    var register = ChainFixture.va2021().person("olfus-sec", s -> endingOn(s, LocalDate.of(2025, 12, 31))).build();

    assertThat(Checks.findings(register, APPOINTED)).singleElement().satisfies(finding -> {
      assertThat(finding.subjectIds()).containsExactly("olfus-sec");
      assertThat(FactValues.of(finding)).contains(entry("municipality", List.of("olfus")),
          entry("from", List.of("2026-01-01")), entry("to", List.of("2026-12-31")));
    });
  }

  @Test
  void a_secretary_appointed_after_the_start_leaves_a_gap_from_the_start() {
    var register = ChainFixture.va2021()
        .person("olfus-sec", s -> s.withPositions(Position.of(BodyId.of("adm-olfus"), Role.TWIN_TOWN_SECRETARY,
            LocalDate.of(2021, 3, 1))))
        .build();

    assertThat(Checks.findings(register, APPOINTED)).singleElement().satisfies(finding -> {
      assertThat(finding.getDate()).contains(LocalDate.of(2021, 1, 1));
      assertThat(FactValues.of(finding)).contains(entry("municipality", List.of("olfus")),
          entry("from", List.of("2021-01-01")), entry("to", List.of("2021-02-28")));
    });
  }

  @Test
  void overlapping_terms_leave_no_gap() {
    var register = ChainFixture.va2021()
        .person("olfus-sec", s -> endingOn(s, LocalDate.of(2024, 6, 30)))
        .addPerson(olfusSecretary("olfus-sec2", LocalDate.of(2024, 1, 1)))
        .build();

    assertThat(Checks.findings(register, APPOINTED)).isEmpty();
  }

  @Test
  void every_party_with_a_secretary_throughout_is_no_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), APPOINTED)).isEmpty();
  }

  @Test
  void days_after_as_of_are_due_not_a_gap() {
    var register = ChainFixture.va2021().person("olfus-sec", s -> endingOn(s, LocalDate.of(2024, 6, 30)))
        .asOf(LocalDate.of(2024, 6, 30)).build();

    assertThat(Checks.findings(register, APPOINTED)).isEmpty();
  }

  @Test
  void a_secretary_without_contact_details_is_a_shall_finding_naming_the_secretary() {
    var register = ChainFixture.va2021().person("olfus-sec", s -> s.withContact(Optional.empty())).build();

    assertThat(Checks.findings(register, CONTACT)).singleElement().satisfies(finding -> {
      assertThat(finding.getClause()).isEqualTo(ClauseId.of("VA2021/O3"));
      assertThat(finding.getModality()).isEqualTo(Modality.SHALL);
      assertThat(finding.subjectIds()).containsExactly("olfus-sec");
      assertThat(finding.getMunicipality()).contains(OLFUS);
      assertThat(finding.getDate()).contains(LocalDate.of(2026, 12, 31));
    });
  }

  @Test
  void a_contact_with_neither_email_nor_phone_is_not_reachable() {
    var register = ChainFixture.va2021().person("olfus-sec", s -> s.withContact(Contact.builder().build())).build();

    assertThat(Checks.findings(register, CONTACT)).extracting(Finding::subjectIds)
        .containsExactly(ImmutableList.of("olfus-sec"));
  }

  @Test
  void only_the_secretaries_in_office_on_the_reference_day_need_contact_details() {
    var register = ChainFixture.va2021()
        .person("olfus-sec", s -> endingOn(s, LocalDate.of(2024, 6, 30)).withContact(Optional.empty()))
        .addPerson(olfusSecretary("olfus-sec2", LocalDate.of(2024, 7, 1)))
        .asOf(LocalDate.of(2025, 3, 1))
        .build();

    assertThat(Checks.findings(register, CONTACT)).isEmpty();
  }

  @Test
  void a_secretary_taking_office_after_as_of_is_not_yet_due_contact_details() {
    var register = ChainFixture.va2021()
        .addPerson(olfusSecretary("olfus-sec2", LocalDate.of(2025, 7, 1)).withContact(Optional.empty()))
        .asOf(LocalDate.of(2025, 3, 1))
        .build();

    assertThat(Checks.findings(register, CONTACT)).isEmpty();
  }

  @Test
  void secretaries_with_contact_details_are_no_finding() {
    assertThat(Checks.findings(ChainFixture.va2021().build(), CONTACT)).isEmpty();
  }
}
