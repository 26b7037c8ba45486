package se.vanort.rules.query;

import java.time.LocalDate;
import se.vanort.domain.DateRange;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.RecordId;
import se.vanort.domain.register.Register;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.project.ProjectKind;

/**
 * A small register of the chain seen from Vimmerby as of 2025-06-30, written out by hand so that
 * every expected answer of the query tests can be read off it.
 */
final class Chain {
  static final MunicipalityId VIMMERBY = RegisterGenerators.VIMMERBY;
  static final MunicipalityId KAUHAVA = RegisterGenerators.KAUHAVA;
  static final MunicipalityId MOSS = RegisterGenerators.MOSS;
  static final MunicipalityId OLFUS = RegisterGenerators.OLFUS;
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private Chain() {}

  /** The register as of {@link #AS_OF}. */
  static Register register() {
    return builder().build();
  }

  /** The register's builder, to add records to. */
  static Register.Builder builder() {
    return Register.builder()
        .perspective(Perspective.of(VIMMERBY, AS_OF))
        .addMunicipality(RegisterGenerators.municipality(VIMMERBY))
        .addMunicipality(RegisterGenerators.municipality(KAUHAVA))
        .addMunicipality(RegisterGenerators.municipality(MOSS))
        .addMunicipality(RegisterGenerators.municipality(OLFUS))
        .addAgreement(RegisterGenerators.va2021())
        .addStrategy(RegisterGenerators.vis2016())
        .addBody(RegisterGenerators.body(RegisterGenerators.COUNCIL))
        .addBody(RegisterGenerators.body(RegisterGenerators.EXECUTIVE_BOARD))
        .addBody(RegisterGenerators.body(RegisterGenerators.SCHOOL_COMMITTEE))
        .addBody(Body.builder().id(BodyId.of("sodra")).kind(BodyKind.SCHOOL).name("Södra skolan")
            .municipality(VIMMERBY).parent(BodyId.of("bun")).build())
        .addBody(body("nat", BodyKind.INTERNATIONAL_NETWORK, "Internationella nätverket", VIMMERBY))
        .addBody(Body.builder().id(BodyId.of("region")).kind(BodyKind.REGIONAL_NETWORK)
            .name("Regionens nätverk för internationella frågor").build())
        .addBody(body("kauhava-kv", BodyKind.COUNCIL, "Kaupunginvaltuusto", KAUHAVA))
        .addPerson(person("p-kso", VIMMERBY, Position.of(BodyId.of("ks"), Role.CHAIR, LocalDate.of(2019, 1, 1))))
        .addPerson(person("p-kd", VIMMERBY,
            Position.of(BodyId.of("ks"), Role.CHIEF_EXECUTIVE, LocalDate.of(2018, 1, 1))))
        .addPerson(person("p-teacher", VIMMERBY,
            Position.of(BodyId.of("sodra"), Role.TEACHER, LocalDate.of(2010, 1, 1))))
        .addPerson(person("p-coord", VIMMERBY,
            Position.of(BodyId.of("ks"), Role.INTERNATIONAL_COORDINATOR, LocalDate.of(2015, 1, 1))))
        .addPerson(person("p-sec-vim", VIMMERBY,
            Position.of(BodyId.of("ks"), Role.TWIN_TOWN_SECRETARY, LocalDate.of(2015, 1, 1))))
        .addPerson(Person.builder().id(PersonId.of("p-sec-kau")).name("Aino Mäki").municipality(KAUHAVA)
            .addPosition(Position.builder().body(BodyId.of("kauhava-kv")).role(Role.TWIN_TOWN_SECRETARY)
                .from(LocalDate.of(2020, 1, 1)).until(LocalDate.of(2024, 12, 31)).build())
            .build())
        .addPerson(person("p-sec-kau2", KAUHAVA,
            Position.of(BodyId.of("kauhava-kv"), Role.TWIN_TOWN_SECRETARY, LocalDate.of(2025, 1, 1))))
        .addEvent(event("conf-2021", EventKind.CONFERENCE, LocalDate.of(2021, 8, 18), KAUHAVA).build())
        .addEvent(event("meet-2021", EventKind.TWIN_TOWN_MEETING, LocalDate.of(2021, 8, 19), KAUHAVA).build())
        .addEvent(event("conf-2023", EventKind.CONFERENCE, LocalDate.of(2023, 6, 14), VIMMERBY)
            .addDelegation(Delegation.of(VIMMERBY, PersonId.of("p-kso"), PersonId.of("p-kd")))
            .build())
        .addEvent(event("meet-2023", EventKind.TWIN_TOWN_MEETING, LocalDate.of(2023, 6, 15), VIMMERBY).build())
        .addEvent(event("camp-2023", EventKind.YOUTH_CAMP, LocalDate.of(2023, 6, 12), VIMMERBY)
            .linkedTo(EventId.of("conf-2023")).build())
        .addEvent(event("sec-2023", EventKind.SECRETARIES_MEETING, LocalDate.of(2023, 3, 2), MOSS).build())
        .addEvent(event("forum-2024", EventKind.YOUTH_COUNCIL_FORUM, LocalDate.of(2024, 10, 5), OLFUS).build())
        .addEvent(event("sec-2025", EventKind.SECRETARIES_MEETING, LocalDate.of(2025, 3, 10), KAUHAVA).build())
        .addEvent(event("conf-2025", EventKind.CONFERENCE, LocalDate.of(2025, 8, 20), KAUHAVA).build())
        .addEvent(event("meet-2025", EventKind.TWIN_TOWN_MEETING, LocalDate.of(2025, 8, 21), KAUHAVA).build())
        .addEvent(event("net-2025-1", EventKind.NETWORK_MEETING, LocalDate.of(2025, 2, 4), VIMMERBY)
            .body(BodyId.of("nat")).build())
        .addEvent(event("region-2025", EventKind.REGIONAL_NETWORK_MEETING, LocalDate.of(2025, 4, 22), VIMMERBY)
            .body(BodyId.of("region")).addParticipant(PersonId.of("p-coord")).build())
        .addDecision(RegisterGenerators.strategyAdoption())
        .addDecision(decision("kf-2019-50", "kf", LocalDate.of(2019, 4, 29), Matter.REVISE_STRATEGY))
        .addProject(Project.builder()
            .id(ProjectId.of("proj-nordic-schools")).kind(ProjectKind.PROJECT).title("Nordiska skolor")
            .owner(BodyId.of("bun")).addParticipatingBody(BodyId.of("ks"))
            .period(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
            .build());
  }

  static Body body(String id, BodyKind kind, String name, MunicipalityId municipality) {
    return Body.builder().id(BodyId.of(id)).kind(kind).name(name).municipality(municipality).build();
  }

  static Person person(String id, MunicipalityId municipality, Position position) {
    return Person.builder().id(PersonId.of(id)).municipality(municipality).addPosition(position).build();
  }

  static Event.Builder event(String id, EventKind kind, LocalDate date, MunicipalityId host) {
    return Event.builder().id(EventId.of(id)).kind(kind).date(date).host(host);
  }

  static Decision decision(String id, String body, LocalDate date, Matter matter) {
    return Decision.builder().id(DecisionId.of(id)).body(BodyId.of(body)).date(date).matter(matter)
        .addSubject(RecordId.of("VIS2016")).build();
  }
}
