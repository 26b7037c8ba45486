package se.vanort.rules.strategy;

import static se.vanort.rules.strategy.Fixture.JONISKIS;
import static se.vanort.rules.strategy.Fixture.MUKONO;
import static se.vanort.rules.strategy.Fixture.VIMMERBY;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.domain.activity.FundingInvestigation;
import se.vanort.domain.activity.FundingSource;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.register.Register;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;

/** Checks whose findings the example register does not give, for the test of every finding text. */
public final class StrategyTextFixtures {
  private StrategyTextFixtures() {}

  private static Relation mukono() {
    return Relation.builder().id(RelationId.of("mukono-partnerskap")).municipality(VIMMERBY).partner(MUKONO)
        .kind(RelationKind.PARTNERSHIP).since(Year.of(2007)).theme("Barnkonventionen").build();
  }

  /**
   * {@return checks with a late funding investigation and report back, Mukono projects paid from the
   * own budget and with no financing, a new twin town with no decision, and Joniškis in one area}
   */
  public static Stream<Report> reports() {
    LocalDate start = LocalDate.of(2023, 3, 1);
    LocalDate end = LocalDate.of(2024, 6, 30);
    Register late = Fixture.vimmerby(LocalDate.of(2024, 12, 31))
        .addProject(Fixture.project("p-2024", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 10, 31))
            .fundingInvestigation(FundingInvestigation.builder().date(LocalDate.of(2024, 5, 1))
                .addSources(FundingSource.EU).build())
            .build())
        .addProject(Fixture.project("p-2023", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 10, 31)).build())
        .addReport(CouncilReport.builder().committee(Fixture.SCHOOL_COMMITTEE).year(2023)
            .date(LocalDate.of(2024, 9, 1)).internationalWorkIncluded(true).build())
        .build();
    Register mukono = Fixture.vimmerby()
        .addRelation(mukono())
        .addProject(Fixture.project("m1", start, end).partner(MUKONO).addFinancing(FundingSource.OWN_BUDGET).build())
        .addProject(Fixture.project("m2", start, end).partner(MUKONO).build())
        .build();
    Register twinTown = Fixture.vimmerby()
        .addRelation(Relation.builder().id(RelationId.of("vimmerby-mukono")).municipality(VIMMERBY).partner(MUKONO)
            .kind(RelationKind.TWIN_TOWN).since(Year.of(2022)).build())
        .build();
    Register joniskis = Fixture.vimmerby(LocalDate.of(2024, 1, 15))
        .addRelation(Relation.builder().id(RelationId.of("joniskis-vanort")).municipality(VIMMERBY)
            .partner(JONISKIS).kind(RelationKind.TWIN_TOWN).since(Year.of(1994)).build())
        .addProject(Fixture.project("j1", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1)).partner(JONISKIS)
            .addOperationalArea("skola").build())
        .build();
    Register decisions = Fixture.vimmerby()
        .addDecision(Fixture.decision("ks-45", Fixture.BOARD, LocalDate.of(2023, 4, 24), Matter.ESTABLISH_TWIN_TOWN,
            "kauhava"))
        .addProject(Fixture.project("p1", start, end).build())
        .addDecision(Fixture.decision("ks-1", Fixture.BOARD, start.minusDays(30), Matter.PROJECT, "p1"))
        .addPerson(Person.builder().id(PersonId.of("p-bada")).municipality(VIMMERBY)
            .addPosition(Position.of(Fixture.COUNCIL, Role.MEMBER, LocalDate.of(2010, 1, 1)))
            .addPosition(Position.of(Fixture.SCHOOL_ADMINISTRATION, Role.OFFICIAL, LocalDate.of(2010, 1, 1)))
            .build())
        .addEvent(Fixture.event("besok", EventKind.TWIN_TOWN_VISIT, LocalDate.of(2023, 5, 1)).host(Fixture.KAUHAVA)
            .addDelegation(Fixture.delegation(PersonId.of("p-bada"))).build())
        .build();
    Register noJoniskisArea = Fixture.vimmerby(LocalDate.of(2024, 1, 15))
        .addRelation(Relation.builder().id(RelationId.of("joniskis-vanort")).municipality(VIMMERBY)
            .partner(JONISKIS).kind(RelationKind.TWIN_TOWN).since(Year.of(1994)).build())
        .build();
    Rulebook rulebook = Rulebook.standard();
    return Stream.of(
        rulebook.check(late, DateRange.ofYears(2023, 2024)),
        rulebook.check(mukono, Fixture.PERIOD),
        rulebook.check(twinTown, Fixture.PERIOD),
        rulebook.check(joniskis, DateRange.ofYears(2022, 2023)),
        rulebook.check(noJoniskisArea, DateRange.ofYears(2022, 2023)),
        rulebook.check(decisions, Fixture.PERIOD));
  }
}
