package se.vanort.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.municipality.MunicipalityId;

class AgreementTest {
  private static final MunicipalityId VIMMERBY = MunicipalityId.of("vimmerby");
  private static final MunicipalityId KAUHAVA = MunicipalityId.of("kauhava");

  @Test
  void va2021_holds_conferences_in_2021_2023_and_2025() {
    assertThat(va2021().build().conferenceYearsIn(DateRange.ofYears(2021, 2026))).containsExactly(2021, 2023, 2025);
  }

  @Test
  void meetings_follow_the_conference_cycle_unless_told_otherwise() {
    Agreement agreement = va2021().build();

    assertThat(agreement.getMeetingCycle()).isEqualTo(agreement.getConferenceCycle());
    assertThat(agreement.isMeetingYear(2022)).isFalse();
    assertThat(va2021().meetingCycle(Cycle.of(1, 2021)).build().isMeetingYear(2022)).isTrue();
  }

  @Test
  void the_revision_year_2027_is_a_conference_year() {
    Agreement agreement = va2021().build();

    assertThat(agreement.getRevisionYear()).isEqualTo(2027);
    assertThat(agreement.isConferenceYear(2027)).isTrue();
  }

  @Test
  void an_agreement_whose_revision_year_is_not_a_conference_year_is_refused_when_built() {
    assertThatIllegalArgumentException().isThrownBy(() -> va2021().revisionEveryYears(5).build())
        .withMessageStartingWith("agreement VA2021: the revision year 2026 (first year 2021 + 5) is not a conference year")
        .withMessageContaining("VA2021/R");
  }

  @Test
  void the_parties_are_data_of_the_agreement() {
    Agreement agreement = va2021().build();

    assertThat(agreement.isParty(KAUHAVA)).isTrue();
    assertThat(agreement.isParty(MunicipalityId.of("tonder"))).isFalse();
  }

  @Test
  void the_next_agreement_is_data_with_its_own_anchor() {
    Agreement next = va2021().id(DocumentId.of("VA2027")).period(DateRange.ofYears(2027, 2032))
        .conferenceCycle(Cycle.of(2, 2027)).build();

    assertThat(next.getRevisionYear()).isEqualTo(2033);
    assertThat(next.conferenceYearsIn(next.getPeriod())).containsExactly(2027, 2029, 2031);
  }

  @Test
  void an_agreement_reaches_to_the_end_of_its_revision_year_when_that_lies_after_its_period() {
    assertThat(va2021().build().reach()).isEqualTo(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2027, 12, 31)));
    assertThat(va2021().revisionEveryYears(4).build().reach()).isEqualTo(DateRange.ofYears(2021, 2026));
  }

  @Test
  void a_member_is_a_party_whose_membership_covers_the_day_within_the_period() {
    Agreement agreement = va2021().build();

    assertThat(agreement.isMemberOn(KAUHAVA, LocalDate.of(2024, 5, 1))).isTrue();
    assertThat(agreement.isMemberOn(KAUHAVA, LocalDate.of(2027, 5, 1))).isFalse();
    assertThat(agreement.isMemberOn(MunicipalityId.of("moss"), LocalDate.of(2024, 5, 1))).isFalse();
  }

  private static Agreement.Builder va2021() {
    return Agreement.builder()
        .id(DocumentId.of("VA2021"))
        .period(DateRange.ofYears(2021, 2026))
        .addParties(VIMMERBY, KAUHAVA)
        .conferenceCycle(Cycle.of(2, 2021))
        .revisionEveryYears(6);
  }
}
