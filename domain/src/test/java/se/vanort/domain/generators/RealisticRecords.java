package se.vanort.domain.generators;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Role;

/** The realistic records the generators draw from: the chain, Vimmerby's bodies, the roles of each kind of body. */
final class RealisticRecords {
  private RealisticRecords() {}

  static final MunicipalityId VIMMERBY = MunicipalityId.of("vimmerby");

  /** Every municipality of the chain and Vimmerby's other partners, each after the one it merged into. */
  static final ImmutableList<Municipality> MUNICIPALITIES = ImmutableList.of(
      municipality("vimmerby", "Vimmerby kommun", "SE"),
      municipality("kauhava", "Kauhava", "FI"),
      municipality("moss", "Moss kommune", "NO"),
      merged("rygge", "Rygge kommune", "NO", LocalDate.of(2019, 12, 31), "moss"),
      municipality("olfus", "Sveitarfélagið Ölfus (Þorlákshöfn)", "IS"),
      municipality("tonder", "Tønder Kommune", "DK"),
      merged("skaerbaek", "Skærbæk Kommune", "DK", LocalDate.of(2006, 12, 31), "tonder"),
      municipality("joniskis", "Joniškio rajono savivaldybė", "LT"),
      municipality("mukono", "Mukono Municipal Council", "UG"));

  /** Municipalities outside the chain, for values generated on their own. */
  static final ImmutableList<Municipality> OTHER_MUNICIPALITIES = ImmutableList.of(
      municipality("hultsfred", "Hultsfreds kommun", "SE"),
      municipality("vastervik", "Västerviks kommun", "SE"),
      municipality("seinajoki", "Seinäjoki", "FI"),
      municipality("fredrikstad", "Fredrikstad kommune", "NO"),
      municipality("hveragerdi", "Hveragerðisbær", "IS"),
      municipality("aabenraa", "Aabenraa Kommune", "DK"),
      municipality("siauliai", "Šiaulių miesto savivaldybė", "LT"));

  /** The parties the generated agreements choose from (Rygge left before VA2021 began). */
  static final ImmutableList<MunicipalityId> NORDIC_PARTNERS = ids("kauhava", "moss", "olfus", "tonder");

  /** Vimmerby's bodies, each after its parent. */
  static final ImmutableList<Body> VIMMERBY_BODIES = ImmutableList.of(
      body("kf", BodyKind.COUNCIL, "Kommunfullmäktige", VIMMERBY, null),
      body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen", VIMMERBY, null),
      body("bun", BodyKind.COMMITTEE, "Barn- och utbildningsnämnden", VIMMERBY, null),
      body("kfn", BodyKind.COMMITTEE, "Kultur- och fritidsnämnden", VIMMERBY, null),
      body("ksf", BodyKind.ADMINISTRATION, "Kommunstyrelseförvaltningen", VIMMERBY, "ks"),
      body("vimarskolan", BodyKind.SCHOOL, "Vimarskolan", VIMMERBY, "bun"),
      body("intnet", BodyKind.INTERNATIONAL_NETWORK, "Internationellt nätverk", VIMMERBY, null),
      body("regnet", BodyKind.REGIONAL_NETWORK, "Regionens nätverk för internationella frågor", null, null),
      body("norden-vimmerby", BodyKind.ASSOCIATION, "Föreningen Norden Vimmerby", null, null));

  /** The executive board of a partner municipality, where its leaders and secretary sit. */
  static Body boardOf(MunicipalityId municipality) {
    return body(municipality + "-board", BodyKind.EXECUTIVE_BOARD, "Executive board of " + municipality, municipality, null);
  }

  /** The roles a person may hold in {@code body}: elected roles in political bodies, officials' elsewhere. */
  static ImmutableList<Role> rolesIn(Body body) {
    boolean partner = body.getMunicipality().filter(m -> !m.equals(VIMMERBY)).isPresent();
    if (partner) {
      return ImmutableList.of(Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.FULL_TIME_ELECTED,
          Role.CHIEF_EXECUTIVE, Role.TWIN_TOWN_SECRETARY, Role.OFFICIAL);
    }
    return switch (body.getKind()) {
      case COUNCIL -> ImmutableList.of(Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.SUBSTITUTE);
      case EXECUTIVE_BOARD -> ImmutableList.of(Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.FULL_TIME_ELECTED);
      case COMMITTEE -> ImmutableList.of(Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.SUBSTITUTE);
      case ADMINISTRATION -> ImmutableList.of(Role.CHIEF_EXECUTIVE, Role.HEAD_OF_ADMINISTRATION,
          Role.INTERNATIONAL_COORDINATOR, Role.TWIN_TOWN_SECRETARY, Role.OFFICIAL);
      case SCHOOL -> ImmutableList.of(Role.TEACHER, Role.OFFICIAL, Role.HEAD_OF_ADMINISTRATION);
      case INTERNATIONAL_NETWORK -> ImmutableList.of(Role.INTERNATIONAL_COORDINATOR, Role.MEMBER, Role.OFFICIAL);
      case REGIONAL_NETWORK -> ImmutableList.of(Role.INTERNATIONAL_COORDINATOR, Role.MEMBER);
      case ASSOCIATION -> ImmutableList.of(Role.CHAIR, Role.MEMBER);
    };
  }

  /** How Vimmerby is usually tied to a partner. */
  record Tie(RelationKind kind, Optional<Integer> since, Optional<String> theme, Optional<String> channel) {}

  /** The tie with {@code partner} that VIS2016/B describes; a twin town of unknown age for others. */
  static Tie usualTieWith(MunicipalityId partner) {
    return switch (partner.value()) {
      case "rygge" -> new Tie(RelationKind.TWIN_TOWN, Optional.of(1988), Optional.empty(), Optional.empty());
      case "olfus" -> new Tie(RelationKind.TWIN_TOWN, Optional.of(2000), Optional.empty(), Optional.empty());
      case "joniskis" -> new Tie(RelationKind.TWIN_TOWN, Optional.of(1994), Optional.empty(), Optional.empty());
      case "mukono" -> new Tie(RelationKind.PARTNERSHIP, Optional.of(2007), Optional.of("Barnkonventionen"), Optional.empty());
      case "skaerbaek" -> new Tie(RelationKind.TWIN_TOWN, Optional.empty(), Optional.empty(),
          Optional.of("Föreningen Norden"));
      case "tonder" -> new Tie(RelationKind.INFORMAL_CONTACT, Optional.empty(), Optional.empty(),
          Optional.of("Föreningen Norden"));
      case "moss" -> new Tie(RelationKind.TWIN_TOWN, Optional.of(2020), Optional.empty(), Optional.empty());
      default -> new Tie(RelationKind.TWIN_TOWN, Optional.empty(), Optional.empty(), Optional.empty());
    };
  }

  /** The strategies of VA2021 and goals of VIS2016, the only valid tags. */
  static final ImmutableList<ClauseId> TAGS = ImmutableList.of(
      ClauseId.of("VA2021/S1"), ClauseId.of("VA2021/S2"), ClauseId.of("VA2021/S3"), ClauseId.of("VA2021/S4"),
      ClauseId.of("VA2021/S5"), ClauseId.of("VIS2016/G1"), ClauseId.of("VIS2016/G2"), ClauseId.of("VIS2016/G3"),
      ClauseId.of("VIS2016/G4"), ClauseId.of("VIS2016/G5"), ClauseId.of("VIS2016/G6"), ClauseId.of("VIS2016/G7"),
      ClauseId.of("VIS2016/G8"));

  static final ImmutableList<String> OPERATIONAL_AREAS = ImmutableList.of(
      "skola", "kultur", "fritid", "äldreomsorg", "miljö", "näringsliv", "socialtjänst");

  static final ImmutableList<String> THEMES = ImmutableList.of(
      "Barnkonventionen", "Hållbar utveckling", "Demokrati", "Ungdomsinflytande", "Kultur och historia");

  static final ImmutableList<String> PERSON_NAMES = ImmutableList.of(
      "Anna Karlsson", "Erik Johansson", "Maria Nilsson", "Lars Andersson", "Sofia Lindqvist",
      "Mikko Virtanen", "Kari Nordmann", "Guðrún Jónsdóttir", "Mette Hansen", "Rūta Kazlauskienė",
      "Sarah Nakato", "Olof Ek");

  private static Municipality municipality(String id, String name, String country) {
    return Municipality.builder().id(MunicipalityId.of(id)).name(name).country(country).build();
  }

  private static Municipality merged(String id, String name, String country, LocalDate until, String into) {
    return Municipality.builder().id(MunicipalityId.of(id)).name(name).country(country)
        .until(until).mergedInto(MunicipalityId.of(into)).build();
  }

  private static Body body(String id, BodyKind kind, String name, MunicipalityId municipality, String parent) {
    Body.Builder builder = Body.builder().id(BodyId.of(id)).kind(kind).name(name);
    Optional.ofNullable(municipality).ifPresent(builder::municipality);
    Optional.ofNullable(parent).map(BodyId::of).ifPresent(builder::parent);
    return builder.build();
  }

  private static ImmutableList<MunicipalityId> ids(String... values) {
    return Arrays.stream(values).map(MunicipalityId::of).collect(ImmutableList.toImmutableList());
  }
}
