package se.vanort.domain.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.vanort.domain.register.Perspective;
import se.vanort.domain.register.Register;
import se.vanort.domain.strategy.Strategy;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.Event;
import se.vanort.domain.event.EventId;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.Project;

class RegisterGeneratorsTest {
  /** Enough that the rarest role (a head of administration, in a body that needs its parent first) turns up. */
  private static final int DRAWS = 400;

  @Test
  void generated_registers_hold_every_kind_of_event_body_matter_role_and_relation() {
    Set<EventKind> eventKinds = EnumSet.noneOf(EventKind.class);
    Set<BodyKind> bodyKinds = EnumSet.noneOf(BodyKind.class);
    Set<Matter> matters = EnumSet.noneOf(Matter.class);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Set<RelationKind> relationKinds = EnumSet.noneOf(RelationKind.class);
    Set<AgendaItem> agendaItems = EnumSet.noneOf(AgendaItem.class);
    Set<ClauseId> tags = new HashSet<>();
    // A fixed seed: whether rare kinds (a teacher of a school) turn up in a sample is chance, and a
    // test of the generators' range must not fail by chance.
    qt().withFixedSeed(20_160_627L).withExamples(DRAWS).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      register.getEvents().forEach(e -> {
        eventKinds.add(e.getKind());
        agendaItems.addAll(e.getAgendaItems());
        tags.addAll(e.getTags());
      });
      register.getBodies().forEach(b -> bodyKinds.add(b.getKind()));
      register.getDecisions().forEach(d -> matters.add(d.getMatter()));
      register.getPeople().forEach(p -> p.getPositions().forEach(pos -> roles.add(pos.getRole())));
      register.getRelations().forEach(r -> relationKinds.add(r.getKind()));
      register.getProjects().forEach(p -> tags.addAll(p.getTags()));
    });
    assertThat(eventKinds).containsExactlyInAnyOrder(EventKind.values());
    assertThat(bodyKinds).containsExactlyInAnyOrder(BodyKind.values());
    assertThat(matters).containsExactlyInAnyOrder(Matter.values());
    assertThat(roles).containsExactlyInAnyOrder(Role.values());
    assertThat(relationKinds).containsExactlyInAnyOrder(RelationKind.values());
    assertThat(agendaItems).containsExactlyInAnyOrder(AgendaItem.values());
    assertThat(tags).hasSize(13);
  }

  @Test
  void generated_registers_hold_memberships_people_without_municipality_and_events_of_projects() {
    Set<String> seen = new HashSet<>();
    qt().withFixedSeed(20_160_627L).withExamples(DRAWS).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      register.getAgreements().forEach(a -> a.getParties().forEach(party -> {
        party.getFrom().ifPresent(from -> seen.add("party from"));
        party.getUntil().ifPresent(until -> seen.add("party until"));
      }));
      register.getStrategies().forEach(s -> seen.add(s.getReportBackBy().equals(Strategy.DEFAULT_REPORT_BACK_BY)
          ? "default report back" : "own report back"));
      register.getPeople().forEach(p -> {
        if (p.getMunicipality().isEmpty()) {
          seen.add(register.municipalityOf(p).equals(RegisterGenerators.VIMMERBY)
              ? "perspective's person without municipality" : "partner's person without municipality");
        }
      });
      register.getEvents().forEach(e -> {
        e.getProject().ifPresent(p -> seen.add("event of a project"));
        e.getFundingInvestigation().ifPresent(f -> seen.add("event's funding investigation"));
        e.getPublication().ifPresent(f -> seen.add("event's publication"));
      });
    });
    assertThat(seen).containsExactlyInAnyOrder("party from", "party until", "default report back", "own report back",
        "perspective's person without municipality", "partner's person without municipality", "event of a project",
        "event's funding investigation", "event's publication");
  }

  @Test
  void generated_registers_meet_obligations_sometimes_and_miss_them_sometimes() {
    int[] conferencesWithNorden = new int[2];
    int[] meetingsRunByHost = new int[2];
    int[] withAgreementAndStrategy = new int[1];
    int[] withMergedMunicipality = new int[1];
    qt().withFixedSeed(20_160_627L).withExamples(DRAWS).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      for (Event e : register.getEvents()) {
        if (e.getKind() == EventKind.CONFERENCE) {
          conferencesWithNorden[e.hasAgendaItem(AgendaItem.NORDEN_MEETING) ? 0 : 1]++;
        }
        if (e.getKind() == EventKind.TWIN_TOWN_MEETING && e.getHost().isPresent()) {
          meetingsRunByHost[e.getNoticeIssuedBy().equals(e.getHost()) ? 0 : 1]++;
        }
      }
      if (!register.getAgreements().isEmpty() && !register.getStrategies().isEmpty()) {
        withAgreementAndStrategy[0]++;
      }
      if (register.getMunicipalities().stream().anyMatch(m -> m.getMergedInto().isPresent())) {
        withMergedMunicipality[0]++;
      }
    });
    assertThat(conferencesWithNorden).doesNotContain(0);
    assertThat(conferencesWithNorden[0]).isGreaterThan(conferencesWithNorden[1]);
    assertThat(meetingsRunByHost).doesNotContain(0);
    assertThat(withAgreementAndStrategy[0]).isGreaterThan(DRAWS / 10);
    assertThat(withMergedMunicipality[0]).isGreaterThan(DRAWS / 10);
  }

  @Test
  void registers_of_a_given_size_hold_that_many_records() {
    qt().withExamples(20).forAll(RegisterGenerators.registers(200, 400))
        .checkAssert(register -> assertThat(register.recordCount()).isBetween(200, 400));
    qt().withExamples(50).forAll(RegisterGenerators.registers(1, 1))
        .checkAssert(register -> assertThat(register.getMunicipalities()).extracting(Municipality::getId)
            .containsExactly(RegisterGenerators.VIMMERBY));
  }

  @Test
  void a_register_needs_at_least_its_perspective_municipality() {
    assertThatThrownBy(() -> RegisterGenerators.registers(0, 10))
        .hasMessageContaining("perspective municipality");
  }

  @Test
  void the_valid_base_gives_every_party_political_and_administrative_leadership_and_a_secretary() {
    Register base = RegisterGenerators.validBase().build();
    LocalDate day = LocalDate.of(2023, 6, 1);
    for (var party : base.getAgreements().get(0).partyIds()) {
      assertThat(base.leadershipOn(RegisterGenerators.chairOf(party), day)).containsExactly(Leadership.POLITICAL);
      assertThat(base.leadershipOn(RegisterGenerators.chiefExecutiveOf(party), day))
          .containsExactly(Leadership.ADMINISTRATIVE);
      assertThat(base.findPerson(RegisterGenerators.secretaryOf(party)).orElseThrow()
          .holds(Role.TWIN_TOWN_SECRETARY, day)).isTrue();
    }
    assertThat(base.getEvents()).isEmpty();
  }

  @Test
  void records_drawn_around_a_base_refer_only_to_it_and_build() {
    Register base = RegisterGenerators.validBase().build();
    qt().withExamples(200)
        .forAll(RegisterGenerators.events(base), RegisterGenerators.decisions(base), RegisterGenerators.projects(base))
        .checkAssert((event, decision, project) -> assertThat(Register.builder().from(base)
            .addEvent(event).addDecision(decision).addProject(project).build().recordCount())
            .isEqualTo(base.recordCount() + 3));
    qt().withExamples(100).forAll(RegisterGenerators.registersExtending(base, 10, 30))
        .checkAssert(extended -> {
          assertThat(extended.recordCount()).isBetween(base.recordCount() + 10, base.recordCount() + 30);
          assertThat(extended.getMunicipalities()).isEqualTo(base.getMunicipalities());
        });
  }

  @Test
  void date_ranges_are_never_reversed_and_projects_never_end_before_they_start() {
    qt().withExamples(1000).forAll(RegisterGenerators.dateRanges())
        .checkAssert(range -> assertThat(range.isReversed()).isFalse());
    Register base = RegisterGenerators.validBase().build();
    qt().withExamples(300).forAll(RegisterGenerators.projects(base)).checkAssert((Project project) ->
        assertThat(project.getPeriod().isReversed()).isFalse());
  }

  @Test
  void a_draft_made_by_hand_changes_and_removes_records_by_id_and_draws_nothing() {
    RegisterDraft draft = RegisterDraft.seenFrom(Perspective.of(RegisterGenerators.VIMMERBY, LocalDate.of(2025, 12, 31)));
    draft.addMunicipality(RegisterGenerators.municipality(RegisterGenerators.VIMMERBY));
    draft.addEvent(Event.builder().id(EventId.of("conf-2023")).kind(EventKind.CONFERENCE)
        .date(LocalDate.of(2023, 6, 14)).build());

    draft.changeEvent(EventId.of("conf-2023"), event -> event.withDate(LocalDate.of(2023, 6, 15)));
    assertThat(draft.build().getEvents()).singleElement()
        .satisfies(event -> assertThat(event.getDate()).isEqualTo(LocalDate.of(2023, 6, 15)));

    draft.removeEvent(EventId.of("conf-2023"));
    assertThat(draft.build().getEvents()).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> draft.event(EventId.of("conf-2023")))
        .withMessage("the draft has no event conf-2023");
    assertThatIllegalStateException().isThrownBy(() -> draft.fillTo(5))
        .withMessageContaining("draws nothing");
  }
}
