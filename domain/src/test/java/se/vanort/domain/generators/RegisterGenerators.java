package se.vanort.domain.generators;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.Register;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.agreement.Cycle;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.DocumentId;
import se.vanort.domain.event.Event;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.Contact;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;
import se.vanort.domain.strategy.Strategy;

/**
 * QuickTheories generators of valid registers and of the values in them, valid by construction:
 * every reference a generated record makes resolves, no id repeats, no period is reversed, so
 * {@code build()} never refuses what these generators make.
 *
 * <p>Generated registers are seen from Vimmerby and mix the chain (Kauhava, Moss, Rygge merged
 * into Moss, Ölfus, Tønder, Skærbæk merged into Tønder), Joniškis and Mukono, VA2021 and VIS2016
 * with its adopting council decision, bodies of every kind, people with positions and contacts,
 * events of every kind in 2019–2027, decisions of every matter, projects and reports. Obligations
 * are mostly, not always, met: a conference usually falls in a conference year and usually has a
 * Norden item, a meeting is usually run by its host, a decision is usually taken by the body the
 * strategy names; so rules find both compliance and breaches.
 *
 * <p>All choices are drawn from QuickTheories' randomness source: QuickTheories controls the seed
 * and shrinks failures.
 */
public final class RegisterGenerators {
  /** Vimmerby, the perspective municipality of every generated register. */
  public static final MunicipalityId VIMMERBY = MunicipalityId.of("vimmerby");
  /** Kauhava, Finland: a party of VA2021 in {@link #validBase()}. */
  public static final MunicipalityId KAUHAVA = MunicipalityId.of("kauhava");
  /** Moss, Norway: a party of VA2021 in {@link #validBase()}, Rygge's successor. */
  public static final MunicipalityId MOSS = MunicipalityId.of("moss");
  /** Rygge, Norway: merged into Moss on 2020-01-01. */
  public static final MunicipalityId RYGGE = MunicipalityId.of("rygge");
  /** Ölfus, Iceland, where Þorlákshöfn lies: a party of VA2021 in {@link #validBase()}. */
  public static final MunicipalityId OLFUS = MunicipalityId.of("olfus");
  /** Tønder, Denmark. */
  public static final MunicipalityId TONDER = MunicipalityId.of("tonder");
  /** Skærbæk, Denmark: merged into Tønder on 2007-01-01. */
  public static final MunicipalityId SKAERBAEK = MunicipalityId.of("skaerbaek");
  /** Joniškis, Lithuania. */
  public static final MunicipalityId JONISKIS = MunicipalityId.of("joniskis");
  /** Mukono, Uganda. */
  public static final MunicipalityId MUKONO = MunicipalityId.of("mukono");

  /** Vimmerby's kommunfullmäktige. */
  public static final BodyId COUNCIL = BodyId.of("kf");
  /** Vimmerby's kommunstyrelsen. */
  public static final BodyId EXECUTIVE_BOARD = BodyId.of("ks");
  /** Barn- och utbildningsnämnden. */
  public static final BodyId SCHOOL_COMMITTEE = BodyId.of("bun");
  /** Kultur- och fritidsnämnden. */
  public static final BodyId CULTURE_COMMITTEE = BodyId.of("kfn");
  /** Kommunstyrelseförvaltningen, under the executive board. */
  public static final BodyId ADMINISTRATION = BodyId.of("ksf");
  /** Vimarskolan, under the school committee. */
  public static final BodyId SCHOOL = BodyId.of("vimarskolan");
  /** Vimmerby's international network. */
  public static final BodyId NETWORK = BodyId.of("intnet");
  /** The region's network for international issues. */
  public static final BodyId REGIONAL_NETWORK = BodyId.of("regnet");

  /** VA2021, the agreement of {@link #validBase()}. */
  public static final DocumentId VA2021 = RegisterDraft.VA2021;
  /** VIS2016, the strategy of {@link #validBase()}. */
  public static final DocumentId VIS2016 = RegisterDraft.VIS2016;
  /** The council decision that adopted VIS2016: 2016-06-27 § 172. */
  public static final DecisionId STRATEGY_ADOPTED = RegisterDraft.STRATEGY_ADOPTED;

  /** Vimmerby's chair of the executive board (political leadership) in {@link #validBase()}. */
  public static final PersonId BOARD_CHAIR = PersonId.of("p-kso");
  /** Vimmerby's chief executive (administrative leadership) in {@link #validBase()}. */
  public static final PersonId CHIEF_EXECUTIVE = PersonId.of("p-kommundirektor");
  /** Vimmerby's twin-town secretary in {@link #validBase()}. */
  public static final PersonId SECRETARY = PersonId.of("p-sekreterare");
  /** Vimmerby's international coordinator in {@link #validBase()}. */
  public static final PersonId COORDINATOR = PersonId.of("p-samordnare");

  private static final int SMALL_REGISTER = 40;

  private RegisterGenerators() {}

  /** Draws from QuickTheories' source, so that QuickTheories controls the seed and shrinks every choice. */
  private static Draw drawFrom(RandomnessSource in) {
    return new Draw((low, high) -> Generate.range(low, high).generate(in));
  }

  /** Small varied registers of 1 to 40 records. */
  public static Gen<Register> registers() {
    return registers(1, SMALL_REGISTER);
  }

  /**
   * Registers of {@code minRecords} to {@code maxRecords} records ({@link Register#recordCount()}),
   * any size; the least is 1, the perspective municipality.
   */
  public static Gen<Register> registers(int minRecords, int maxRecords) {
    checkArgument(minRecords >= 1, "a register holds at least its perspective municipality; minRecords %s < 1", minRecords);
    checkArgument(maxRecords >= minRecords, "maxRecords %s < minRecords %s", maxRecords, minRecords);
    return in -> {
      Draw draw = drawFrom(in);
      return RegisterDraft.started(draw).fillTo(draw.between(minRecords, maxRecords)).sometimesExtendingLeadership()
          .build();
    };
  }

  /**
   * {@code base} with {@code minAdded} to {@code maxAdded} drawn records added, each referring to
   * records of the base or drawn before it: e.g. random events around {@link #validBase()}.
   */
  public static Gen<Register> registersExtending(Register base, int minAdded, int maxAdded) {
    checkArgument(minAdded >= 0 && maxAdded >= minAdded, "need 0 <= minAdded %s <= maxAdded %s", minAdded, maxAdded);
    return in -> {
      Draw draw = drawFrom(in);
      return RegisterDraft.extending(base, draw).fillTo(base.recordCount() + draw.between(minAdded, maxAdded)).build();
    };
  }

  /**
   * A valid register to build on, as of 2025-12-31: Vimmerby and the chain's municipalities (Rygge
   * and Skærbæk merged), Joniškis and Mukono; VA2021 between Vimmerby, Kauhava, Moss and Ölfus;
   * VIS2016 with its adopting decision; the relations of VIS2016/B; Vimmerby's bodies and the
   * partners' executive boards; and for every party a chair of the executive board, a chief
   * executive and a twin-town secretary with contact details, plus Vimmerby's coordinator. No
   * events, projects or reports: add the ones a test is about.
   */
  public static Register.Builder validBase() {
    Register.Builder base = Register.builder()
        .perspective(Perspective.of(VIMMERBY, LocalDate.of(2025, 12, 31)))
        .addAllMunicipalities(RealisticRecords.MUNICIPALITIES)
        .addAgreement(va2021())
        .addStrategy(vis2016())
        .addDecision(strategyAdoption())
        .addAllBodies(RealisticRecords.VIMMERBY_BODIES);
    for (MunicipalityId partner : List.of(KAUHAVA, RYGGE, OLFUS, JONISKIS, MUKONO, TONDER, SKAERBAEK, MOSS)) {
      RealisticRecords.Tie tie = RealisticRecords.usualTieWith(partner);
      base.addRelation(Relation.builder()
          .id(RelationId.of("vimmerby-" + partner))
          .municipality(VIMMERBY)
          .partner(partner)
          .kind(tie.kind())
          .since(tie.since().map(Year::of))
          .until(RealisticRecords.MUNICIPALITIES.stream().filter(m -> m.getId().equals(partner)).findFirst()
              .flatMap(Municipality::getUntil))
          .theme(tie.theme())
          .channel(tie.channel())
          .build());
    }
    LocalDate since = LocalDate.of(2018, 10, 15);
    base.addPerson(leader(BOARD_CHAIR, VIMMERBY, Position.of(EXECUTIVE_BOARD, Role.CHAIR, since)))
        .addPerson(leader(CHIEF_EXECUTIVE, VIMMERBY, Position.of(ADMINISTRATION, Role.CHIEF_EXECUTIVE, since)))
        .addPerson(leader(SECRETARY, VIMMERBY, Position.of(ADMINISTRATION, Role.TWIN_TOWN_SECRETARY, since)))
        .addPerson(leader(COORDINATOR, VIMMERBY, Position.of(ADMINISTRATION, Role.INTERNATIONAL_COORDINATOR, since),
            Position.of(NETWORK, Role.INTERNATIONAL_COORDINATOR, since),
            Position.of(REGIONAL_NETWORK, Role.MEMBER, since)));
    for (MunicipalityId party : List.of(KAUHAVA, MOSS, OLFUS)) {
      Body board = RealisticRecords.boardOf(party);
      base.addBody(board)
          .addPerson(leader(chairOf(party), party, Position.of(board.getId(), Role.CHAIR, since)))
          .addPerson(leader(chiefExecutiveOf(party), party, Position.of(board.getId(), Role.CHIEF_EXECUTIVE, since)))
          .addPerson(leader(secretaryOf(party), party, Position.of(board.getId(), Role.TWIN_TOWN_SECRETARY, since)));
    }
    return base;
  }

  /**
   * VA2021 as the catalogue reads it: 2021–2026 between Vimmerby, Kauhava, Moss and Ölfus, a
   * conference every second year from 2021, revised after six years.
   */
  public static Agreement va2021() {
    return Agreement.builder()
        .id(VA2021)
        .period(DateRange.ofYears(2021, 2026))
        .addParties(VIMMERBY, KAUHAVA, MOSS, OLFUS)
        .conferenceCycle(Cycle.of(2, 2021))
        .revisionEveryYears(6)
        .build();
  }

  /** VIS2016, Vimmerby's strategy, adopted by {@link #STRATEGY_ADOPTED}, reported back by default. */
  public static Strategy vis2016() {
    return Strategy.builder().id(VIS2016).municipality(VIMMERBY).adoptedBy(STRATEGY_ADOPTED).build();
  }

  /** Kommunfullmäktige ({@link #COUNCIL}) 2016-06-27 § 172: the adoption of VIS2016. */
  public static Decision strategyAdoption() {
    return RegisterDraft.strategyAdoption();
  }

  /**
   * The municipality {@code id} as registers record it (name, country, merger): Vimmerby, the chain,
   * Joniškis, Mukono and their neighbours.
   *
   * @throws IllegalArgumentException if {@code id} is none of them
   */
  public static Municipality municipality(MunicipalityId id) {
    return ImmutableList.<Municipality>builder().addAll(RealisticRecords.MUNICIPALITIES)
        .addAll(RealisticRecords.OTHER_MUNICIPALITIES).build().stream()
        .filter(m -> m.getId().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no realistic record of municipality " + id));
  }

  /**
   * Vimmerby's body {@code id} as {@link #validBase()} records it: {@link #COUNCIL},
   * {@link #EXECUTIVE_BOARD}, {@link #SCHOOL_COMMITTEE}, {@link #CULTURE_COMMITTEE},
   * {@link #ADMINISTRATION} (under the board), {@link #SCHOOL}, {@link #NETWORK} or
   * {@link #REGIONAL_NETWORK}.
   *
   * @throws IllegalArgumentException if {@code id} is none of them
   */
  public static Body body(BodyId id) {
    return RealisticRecords.VIMMERBY_BODIES.stream().filter(b -> b.getId().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no realistic record of body " + id));
  }

  /** The chair of {@code party}'s executive board in {@link #validBase()} (Vimmerby: {@link #BOARD_CHAIR}). */
  public static PersonId chairOf(MunicipalityId party) {
    return party.equals(VIMMERBY) ? BOARD_CHAIR : PersonId.of("p-" + party + "-chair");
  }

  /** The chief executive of {@code party} in {@link #validBase()}. */
  public static PersonId chiefExecutiveOf(MunicipalityId party) {
    return party.equals(VIMMERBY) ? CHIEF_EXECUTIVE : PersonId.of("p-" + party + "-chief");
  }

  /** The twin-town secretary of {@code party} in {@link #validBase()}. */
  public static PersonId secretaryOf(MunicipalityId party) {
    return party.equals(VIMMERBY) ? SECRETARY : PersonId.of("p-" + party + "-secretary");
  }

  private static Person leader(PersonId id, MunicipalityId municipality, Position... positions) {
    return Person.builder()
        .id(id)
        .municipality(municipality)
        .addPositions(positions)
        .contact(Contact.builder().email(id + "@" + municipality + ".example.org").build())
        .build();
  }

  /** Days from 2019-01-01 to 2027-12-31, the years the generated records fall in. */
  public static Gen<LocalDate> dates() {
    return datesBetween(RegisterDraft.FIRST_DAY, RegisterDraft.LAST_DAY);
  }

  /** Days from {@code from} to {@code to}, both included. */
  public static Gen<LocalDate> datesBetween(LocalDate from, LocalDate to) {
    checkArgument(!to.isBefore(from), "%s is before %s", to, from);
    return in -> drawFrom(in).day(from, to);
  }

  /** Calendar years from 2019 to 2027. */
  public static Gen<Integer> years() {
    return in -> drawFrom(in).between(RegisterDraft.FIRST_DAY.getYear(), RegisterDraft.LAST_DAY.getYear());
  }

  /** Ranges within 2019–2027 that are never reversed, from one day to several years. */
  public static Gen<DateRange> dateRanges() {
    return in -> {
      Draw draw = drawFrom(in);
      LocalDate from = draw.day(RegisterDraft.FIRST_DAY, RegisterDraft.LAST_DAY);
      return DateRange.of(from, draw.day(from, RegisterDraft.LAST_DAY));
    };
  }

  /** Municipalities of the chain, Vimmerby's other partners and neighbours, merged ones included. */
  public static Gen<Municipality> municipalities() {
    List<Municipality> all = ImmutableList.<Municipality>builder()
        .addAll(RealisticRecords.MUNICIPALITIES).addAll(RealisticRecords.OTHER_MUNICIPALITIES).build();
    return in -> drawFrom(in).pick(all);
  }

  /** Contact details: an e-mail address, a telephone number, both, or neither. */
  public static Gen<Contact> contacts() {
    return in -> RegisterDraft.contact(drawFrom(in), PersonId.of("p-contact"), VIMMERBY);
  }

  /** The strategies of VA2021 (S1–S5) and goals of VIS2016 (G1–G8), the valid tags. */
  public static Gen<ClauseId> tags() {
    return in -> drawFrom(in).pick(RealisticRecords.TAGS);
  }

  /** People of {@code base} with a fresh id, positions in its bodies and sometimes contacts. */
  public static Gen<Person> people(Register base) {
    return in -> RegisterDraft.extending(base, drawFrom(in)).person();
  }

  /** Events with a fresh id whose every reference resolves in {@code base}; every kind, 2019–2027. */
  public static Gen<Event> events(Register base) {
    return in -> RegisterDraft.extending(base, drawFrom(in)).event();
  }

  /** Decisions with a fresh id whose every reference resolves in {@code base}, which needs a body or a meeting. */
  public static Gen<Decision> decisions(Register base) {
    checkArgument(!base.getBodies().isEmpty(), "decisions need a body in the base register");
    return in -> RegisterDraft.extending(base, drawFrom(in)).decision();
  }

  /** Projects with a fresh id whose every reference resolves in {@code base}, which needs a committee. */
  public static Gen<Project> projects(Register base) {
    checkArgument(base.getBodies().stream().anyMatch(b -> b.getMunicipality().equals(Optional.of(VIMMERBY))
        && b.getKind().isBoardOrCommittee()), "projects need a board or committee of Vimmerby in the base register");
    return in -> RegisterDraft.extending(base, drawFrom(in)).project();
  }

  /** Relations of Vimmerby with a fresh id and a partner of {@code base}, which needs one. */
  public static Gen<Relation> relations(Register base) {
    checkArgument(base.getMunicipalities().size() > 1, "relations need a partner municipality in the base register");
    return in -> RegisterDraft.extending(base, drawFrom(in)).relation();
  }
}
