package se.vanort.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.examples.ExampleRegisters;

/**
 * Checking the register transcribed from VIS2016 itself (Vimmerby, the chain, Joniškis, Mukono,
 * the bodies, the council's adoption on 2016-06-27 § 172, as of that day) gives what a careful
 * reader of the two documents expects, and nothing else.
 *
 * <p>On the day of adoption nothing yearly is due yet (no year since the adoption has closed), no
 * project, decision or visit is recorded after it, and the register holds no agreement (VA2021
 * came in 2021), so the only clause that binds at once is VIS2016/N1's standing arrangement:
 * "ska det finnas ett internationellt nätverk … med representanter från de olika förvaltningarna
 * och fullmäktige". The strategy names the network and its leader, the international coordinator
 * of the executive board's administration, but no other members. The one administration the
 * register knows, the executive board's, is represented by the coordinator; the council is not:
 * one finding of {@code vis.network-constituted}, and none about its leadership.
 */
class ExampleRegisterCheckTest {
  private static final Report REPORT = Rulebook.standard().check(ExampleRegisters.vimmerby2016());

  @Test
  void the_adoption_day_is_checked_over_its_calendar_year() {
    assertThat(REPORT.getAsOf()).isEqualTo(LocalDate.of(2016, 6, 27));
    assertThat(REPORT.getPeriod()).isEqualTo(DateRange.ofYear(2016));
  }

  @Test
  void the_only_finding_is_the_networks_missing_council_member() {
    assertThat(REPORT.getFindings())
        .extracting(f -> f.getRule().value(), Finding::getMessageKey, Finding::subjectIds, Finding::getDate)
        .containsExactlyInAnyOrder(
            tuple("vis.network-constituted", "vis.network-constituted.council", List.of("intnet"),
                Optional.of(LocalDate.of(2016, 6, 27))));
  }
}
