package se.vanort.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.ValueLimits;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;

/** The limits of {@link ValueLimits}, applied to every value of a register by its validation. */
class ValueLimitsValidationTest {
  private static final MunicipalityId VIMMERBY = RegisterGenerators.VIMMERBY;

  private static Register.Builder base() {
    return RegisterGenerators.validBase();
  }

  private static String problems(Register.Builder builder) {
    return catchThrowableOfType(InvalidRegisterException.class, builder::build).getProblems().toString();
  }

  @Test
  void ids_and_texts_up_to_the_limits_are_valid_and_one_more_character_is_not() {
    String id = "m".repeat(ValueLimits.ID_MAX_LENGTH);
    String name = "N".repeat(ValueLimits.TEXT_MAX_LENGTH);
    base().addMunicipality(Municipality.builder().id(MunicipalityId.of(id)).name(name).country("LT").build()).build();

    String problems = problems(base().addMunicipality(Municipality.builder()
        .id(MunicipalityId.of(id + "m")).name(name + "N").country("LT").build()));
    assertThat(problems)
        .contains("municipalities[9].id: id is 256 characters long; at most 255 fit")
        .contains("municipalities[9].name: is 2,001 characters long; at most 2,000 fit");
  }

  @Test
  void text_with_nul_another_control_character_or_half_a_surrogate_pair_is_refused_but_line_breaks_are_not() {
    assertThat(problems(base().addMunicipality(named("Vimmerby\u0000kommun"))))
        .contains("name: holds the control character U+0000 at position 9");
    assertThat(problems(base().addMunicipality(named("a\u001Bb")))).contains("U+001B");
    assertThat(problems(base().addMunicipality(named("a\uD800b")))).contains("surrogate U+D800");
    base().addMunicipality(named("two\nlines\tand a tab, and 😀")).build();
  }

  @Test
  void dates_years_and_cycles_outside_the_years_are_refused_wherever_they_sit() {
    assertThat(problems(base().addEvent(Event.builder().id(EventId.of("far")).kind(EventKind.CONFERENCE)
        .date(LocalDate.of(2200, 1, 1)).host(VIMMERBY).build())))
        .contains("events[0].date: is 2200-01-01, outside the years 1900–2199");
    assertThat(problems(base().addRelation(Relation.builder().id(RelationId.of("old")).municipality(VIMMERBY)
        .partner(RegisterGenerators.KAUHAVA).kind(RelationKind.TWIN_TOWN).since(Year.of(1066)).build())))
        .contains(".since: is 1066, outside the years 1900–2199");
    assertThat(problems(Register.builder().from(base().build())
        .perspective(Perspective.of(VIMMERBY, LocalDate.of(1899, 12, 31)))))
        .contains("perspective.asOf: is 1899-12-31");
  }

  @Test
  void a_period_longer_than_the_longest_is_refused_and_intervals_cannot_overflow() {
    Agreement.Builder agreement = Agreement.builder().id(DocumentId.of("LONG")).addParties(VIMMERBY, RegisterGenerators.KAUHAVA)
        .conferenceCycle(Cycle.of(2, 2000)).revisionEveryYears(6);
    assertThat(problems(base().addAgreement(agreement.period(DateRange.ofYears(2000, 2050)).build())))
        .contains("agreements[1].period: spans 2000-01-01..2050-12-31, more than 50 years");
    base().addAgreement(agreement.period(DateRange.ofYears(2000, 2049)).build()).build();

    assertThatThrownBy(() -> agreement.period(DateRange.ofYears(2021, 2026)).revisionEveryYears(Integer.MAX_VALUE).build())
        .hasMessageContaining("a revision every 2147483647 years is more than the 50 years");
    assertThatThrownBy(() -> Cycle.of(Integer.MAX_VALUE, 2021)).hasMessageContaining("at most every 50 years");
  }

  private static Municipality named(String name) {
    return Municipality.builder().id(MunicipalityId.of("x")).name(name).country("LT").build();
  }
}
