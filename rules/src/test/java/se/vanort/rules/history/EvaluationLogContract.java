package se.vanort.rules.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;
import se.vanort.domain.document.RuleId;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.repository.RichRegisters;
import se.vanort.rules.ClauseCoverage;
import se.vanort.rules.ClauseStatus;
import se.vanort.rules.Finding;
import se.vanort.rules.Report;
import se.vanort.rules.Fact;
import se.vanort.rules.RecordKind;
import se.vanort.rules.RecordRef;
import java.util.List;
import se.vanort.domain.event.AgendaItem;

/**
 * What every {@link EvaluationLog} promises, run against each implementation by a subclass whose
 * {@link #log()} is empty at the start of every test.
 */
public abstract class EvaluationLogContract {
  private static final RegisterId VIMMERBY = RegisterId.of("vimmerby");
  private static final RuleId CONFERENCE = RuleId.of("va.conference-every-second-year");
  private static final RuleId BROAD = RuleId.of("vis.joniskis-broad-exchange");

  /** The log under test, empty at the start of each test. */
  protected abstract EvaluationLog log();

  /**
   * A report on {@code register} that sets every attribute: coverage lines of every status, the
   * documents' permissions, a yearly SHALL finding of {@link #CONFERENCE} in {@code year}, and a
   * dated SHOULD finding of {@link #BROAD} with {@code text} among its arguments.
   */
  static Report report(RegisterId register, String version, int year, String text) {
    ImmutableList<RuleDefinition> permissions = Documents.allRules().stream()
        .filter(rule -> rule.getModality() == Modality.MAY).collect(ImmutableList.toImmutableList());
    return Report.builder()
        .register(register)
        .rulebookVersion(version)
        .period(DateRange.ofYears(2021, 2026))
        .asOf(LocalDate.of(year, 12, 31))
        .addFinding(Finding.builder().rule(CONFERENCE).clause(ClauseId.of("VA2021/A1")).modality(Modality.SHALL)
            .municipality(MunicipalityId.of("Þorlákshöfn")).year(year).messageKey("va.conference.missing")
            .obligation("conference-" + year + "-VA2021")
            .fact("year", Fact.year(year))
            .fact("agreement", Fact.ref(RecordKind.AGREEMENT, "VA2021"))
            .fact("years", Fact.years(List.of(2021, 2023, year)))
            .fact("every", Fact.number(2))
            .fact("anchor", Fact.date(LocalDate.of(2021, 1, 1)))
            .fact("recorded", Fact.refs(RecordKind.EVENT, List.of()))
            .build())
        .addFinding(Finding.builder().rule(BROAD).clause(ClauseId.of("VIS2016/V3")).modality(Modality.SHOULD)
            .addSubject(new RecordRef(RecordKind.PROJECT, "mukono-2024", Optional.of(text), Optional.empty()))
            .addSubject(new RecordRef(RecordKind.PERSON, "utbyte", Optional.empty(), Optional.of("twin-town-secretary")))
            .municipalityName(text)
            .date(LocalDate.of(year, 3, 1))
            .messageKey("vis.joniskis-broad-exchange")
            .fact("partners", new Fact.Refs(ImmutableList.of(
                new RecordRef(RecordKind.MUNICIPALITY, "joniskis", Optional.of("Joniškio rajono savivaldybė"),
                    Optional.empty()), RecordRef.of(RecordKind.MUNICIPALITY, "kauhava"))))
            .fact("areaCount", Fact.number(3))
            .fact("areas", Fact.texts(List.of(text, "", "{0} ''quoted''")))
            .fact("period", Fact.text(text))
            .fact("agenda", Fact.codes(AgendaItem.class, List.of(AgendaItem.NORDEN_MEETING)))
            .fact("item", Fact.code(AgendaItem.AGREEMENT_REVISION))
            .fact("days", Fact.dates(List.of(LocalDate.of(year, 2, 28))))
            .fact("missing", Fact.notRecorded())
            .fact("chair", Fact.ref(RecordKind.PERSON, "utbyte"))
            .build())
        .addCoverage(ClauseCoverage.builder().clause(ClauseId.of("VA2021/A1")).status(ClauseStatus.CHECKED)
            .addRule(CONFERENCE).build())
        .addCoverage(ClauseCoverage.builder().clause(ClauseId.of("VA2021/S1")).status(ClauseStatus.COVERAGE)
            .addRule(RuleId.of("va.strategy-coverage")).taggedActivities(year - 2021).build())
        .addCoverage(ClauseCoverage.builder().clause(ClauseId.of("VIS2016/V3")).status(ClauseStatus.NOT_CHECKABLE)
            .reason(text).build())
        .permissions(permissions)
        .build();
  }

  @Test
  void a_report_appended_reads_back_equal_with_its_entry() {
    Report report = report(VIMMERBY, "1.0.0", 2023, RichRegisters.TRICKY);

    EvaluationEntry entry = log().append(report, 3);

    assertThat(entry.register()).isEqualTo(VIMMERBY);
    assertThat(entry.revision()).contains(3);
    assertThat(entry.rulebookVersion()).isEqualTo("1.0.0");
    assertThat(entry.period()).isEqualTo(report.getPeriod());
    assertThat(entry.asOf()).isEqualTo(report.getAsOf());
    assertThat(log().find(entry.id())).contains(new LoggedReport(entry, report));
  }

  @Test
  void the_history_lists_every_check_oldest_first_with_its_rulebook_version_and_revision() {
    Report first = report(VIMMERBY, "1.0.0", 2023, "första");
    Report second = report(VIMMERBY, "1.1.0", 2025, "andra");
    Report fromFile = report(VIMMERBY, "1.1.0", 2025, "fil");
    EvaluationEntry one = log().append(first, 1);
    EvaluationEntry two = log().append(second, 2);
    EvaluationEntry three = log().append(fromFile, Optional.empty());

    assertThat(log().history(VIMMERBY)).containsExactly(
        new LoggedReport(one, first), new LoggedReport(two, second), new LoggedReport(three, fromFile));
    assertThat(log().entries(VIMMERBY)).containsExactly(one, two, three);
    assertThat(log().entries(VIMMERBY)).extracting(EvaluationEntry::rulebookVersion)
        .containsExactly("1.0.0", "1.1.0", "1.1.0");
    assertThat(three.revision()).isEmpty();
    assertThat(one.id()).isLessThan(two.id());
    assertThat(two.id()).isLessThan(three.id());
  }

  @Test
  void the_history_of_a_register_leaves_out_the_checks_of_others() {
    RegisterId kauhava = RegisterId.of("kauhava");
    EvaluationEntry mine = log().append(report(VIMMERBY, "1.0.0", 2023, "min"), 1);
    log().append(report(kauhava, "1.0.0", 2023, "deras"), 1);

    assertThat(log().entries(VIMMERBY)).containsExactly(mine);
    assertThat(log().history(RegisterId.of("rygge"))).isEmpty();
  }

  @Test
  void the_findings_of_one_rule_are_listed_over_time_with_the_check_each_came_from() {
    Report early = report(VIMMERBY, "1.0.0", 2021, "tidig");
    Report late = report(VIMMERBY, "1.1.0", 2023, "sen");
    EvaluationEntry first = log().append(early, 1);
    log().append(report(RegisterId.of("kauhava"), "1.0.0", 2022, "annan"), 1);
    EvaluationEntry second = log().append(late, 2);

    ImmutableList<LoggedFinding> findings = log().findingsOf(VIMMERBY, CONFERENCE);

    assertThat(findings).containsExactly(
        new LoggedFinding(first, early.findingsOf(CONFERENCE).get(0)),
        new LoggedFinding(second, late.findingsOf(CONFERENCE).get(0)));
    assertThat(findings).extracting(f -> f.finding().getYear().orElseThrow()).containsExactly(2021, 2023);
    assertThat(log().findingsOf(VIMMERBY, BROAD)).extracting(LoggedFinding::finding)
        .containsExactly(early.findingsOf(BROAD).get(0), late.findingsOf(BROAD).get(0));
    assertThat(log().findingsOf(VIMMERBY, RuleId.of("va.host-runs-meeting"))).isEmpty();
  }

  @Test
  void a_check_that_is_not_logged_is_not_found() {
    EvaluationEntry entry = log().append(report(VIMMERBY, "1.0.0", 2023, "en"), 1);

    assertThat(log().find(entry.id() + 1000)).isEmpty();
  }

  @Test
  void a_revision_number_below_1_is_refused() {
    assertThatThrownBy(() -> log().append(report(VIMMERBY, "1.0.0", 2023, "noll"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("revision numbers start at 1");
    assertThat(log().entries(VIMMERBY)).isEmpty();
  }
}
