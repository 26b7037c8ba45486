package se.vanort.domain.examples;

import java.time.LocalDate;
import java.time.Year;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.strategy.Strategy;

/**
 * Registers transcribed from the seed documents, for examples, documentation and tests in every
 * module.
 */
public final class ExampleRegisters {
  /** The day kommunfullmäktige adopted VIS2016. */
  public static final LocalDate VIS2016_ADOPTED_ON = LocalDate.of(2016, 6, 27);

  private static final MunicipalityId VIMMERBY = MunicipalityId.of("vimmerby");
  private static final String NORDEN = "Föreningen Norden";
  private static final String CHILD_RIGHTS = "Barnkonventionen och barns och ungas rättigheter";

  private ExampleRegisters() {}

  /**
   * Vimmerby's international contacts as VIS2016 describes them on the day it was adopted
   * (2016-06-27): the Nordic chain (Kauhava, Rygge, Ölfus where Þorlákshöfn lies, and Skærbæk,
   * which was merged into Tønder on 2007-01-01 so that the Danish contacts now run through
   * Föreningen Norden), Joniškis since 1994, Mukono (contacts 2006, partnership 2007, grounded in
   * the Convention on the Rights of the Child); the bodies the strategy names; and the strategy
   * with the council decision that adopted it (2016-06-27 § 172).
   *
   * <p>Moss is included because Rygge was merged into it on 2020-01-01 (Rygge's last day is
   * 2019-12-31); VIS2016 predates the merger, so there is no relation with Moss. The seed gives no
   * start year for Kauhava ("since the Second World War") or Skærbæk, so theirs stay unknown, and
   * Þorlákshöfn's is 2000 as in the seed. The register names no people, only the coordinator's
   * role that VIS2016/N1 requires.
   */
  public static Register vimmerby2016() {
    return Register.builder()
        .perspective(Perspective.of(VIMMERBY, VIS2016_ADOPTED_ON))
        .addMunicipality(municipality("vimmerby", "Vimmerby kommun", "SE"))
        .addMunicipality(municipality("kauhava", "Kauhava", "FI"))
        .addMunicipality(municipality("rygge", "Rygge kommune", "NO").withUntil(LocalDate.of(2019, 12, 31))
            .withMergedInto(MunicipalityId.of("moss")))
        .addMunicipality(municipality("moss", "Moss kommune", "NO"))
        .addMunicipality(municipality("olfus", "Sveitarfélagið Ölfus (Þorlákshöfn)", "IS"))
        .addMunicipality(municipality("skaerbaek", "Skærbæk Kommune", "DK").withUntil(LocalDate.of(2006, 12, 31))
            .withMergedInto(MunicipalityId.of("tonder")))
        .addMunicipality(municipality("tonder", "Tønder Kommune", "DK"))
        .addMunicipality(municipality("joniskis", "Joniškio rajono savivaldybė", "LT"))
        .addMunicipality(municipality("mukono", "Mukono Municipal Council", "UG"))
        .addStrategy(Strategy.builder()
            .id(DocumentId.of("VIS2016"))
            .municipality(VIMMERBY)
            .adoptedBy(DecisionId.of("kf-2016-172"))
            .build())
        .addRelation(relation("vimmerby-kauhava", "kauhava", RelationKind.TWIN_TOWN)
            .withChannel(NORDEN).withNote("Sedan andra världskriget"))
        .addRelation(relation("vimmerby-skaerbaek", "skaerbaek", RelationKind.TWIN_TOWN)
            .withChannel(NORDEN)
            .withNote("Bildade vänortskedjan med Vimmerby och Kauhava; inte längre en egen kommun"))
        .addRelation(relation("vimmerby-tonder", "tonder", RelationKind.INFORMAL_CONTACT)
            .withChannel(NORDEN)
            .withNote("Kontakterna med Danmark fortsätter via Föreningen Norden"))
        .addRelation(relation("vimmerby-rygge", "rygge", RelationKind.TWIN_TOWN, 1988).withChannel(NORDEN))
        .addRelation(relation("vimmerby-olfus", "olfus", RelationKind.TWIN_TOWN, 2000)
            .withChannel(NORDEN).withNote("Thorlakshöfn (Þorlákshöfn), i Ölfus"))
        .addRelation(relation("vimmerby-joniskis", "joniskis", RelationKind.TWIN_TOWN, 1994))
        .addRelation(relation("vimmerby-mukono-kontakter", "mukono", RelationKind.INFORMAL_CONTACT, 2006)
            .withTheme(CHILD_RIGHTS))
        .addRelation(relation("vimmerby-mukono", "mukono", RelationKind.PARTNERSHIP, 2007)
            .withTheme(CHILD_RIGHTS).withNote("Tre projekt med stöd av ICLD fram till 2013"))
        .addBody(body("kf", BodyKind.COUNCIL, "Kommunfullmäktige").withMunicipality(VIMMERBY))
        .addBody(body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen").withMunicipality(VIMMERBY))
        .addBody(body("bun", BodyKind.COMMITTEE, "Barn- och utbildningsnämnden").withMunicipality(VIMMERBY))
        .addBody(body("ksf", BodyKind.ADMINISTRATION, "Kommunstyrelseförvaltningen").withMunicipality(VIMMERBY)
            .withParent(BodyId.of("ks")))
        .addBody(body("intnet", BodyKind.INTERNATIONAL_NETWORK, "Internationellt nätverk")
            .withMunicipality(VIMMERBY))
        .addBody(body("regnet", BodyKind.REGIONAL_NETWORK, "Regionens nätverk för internationella frågor"))
        .addBody(body("norden", BodyKind.ASSOCIATION, NORDEN))
        .addPerson(Person.builder()
            .id(PersonId.of("internationell-samordnare"))
            .municipality(VIMMERBY)
            .addPosition(Position.builder().body(BodyId.of("ksf")).role(Role.INTERNATIONAL_COORDINATOR).build())
            .addPosition(Position.builder().body(BodyId.of("intnet")).role(Role.INTERNATIONAL_COORDINATOR).build())
            .addPosition(Position.builder().body(BodyId.of("regnet")).role(Role.MEMBER).build())
            .build())
        .addDecision(Decision.builder()
            .id(DecisionId.of("kf-2016-172"))
            .body(BodyId.of("kf"))
            .date(VIS2016_ADOPTED_ON)
            .paragraph(172)
            .matter(Matter.ADOPT_STRATEGY)
            .addSubject(RecordId.of("VIS2016"))
            .summary("Strategi för Vimmerby kommuns internationella kontakter antas")
            .build())
        .build();
  }

  private static Municipality municipality(String id, String name, String country) {
    return Municipality.builder().id(MunicipalityId.of(id)).name(name).country(country).build();
  }

  private static Relation relation(String id, String partner, RelationKind kind) {
    return Relation.builder().id(RelationId.of(id)).municipality(VIMMERBY).partner(MunicipalityId.of(partner))
        .kind(kind).build();
  }

  private static Relation relation(String id, String partner, RelationKind kind, int since) {
    return relation(id, partner, kind).withSince(Year.of(since));
  }

  private static Body body(String id, BodyKind kind, String name) {
    return Body.builder().id(BodyId.of(id)).kind(kind).name(name).build();
  }
}
