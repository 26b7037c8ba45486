package se.vanort.domain.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.event.Event;
import se.vanort.domain.generators.RegisterGenerators;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.CouncilReport;
import se.vanort.domain.organisation.Person;
import se.vanort.domain.project.Project;
import se.vanort.domain.strategy.Strategy;

class RegisterProperties {
  private static final int EXAMPLES = 1000;

  @Test
  void a_register_rebuilt_from_its_parts_is_equal_and_hashes_alike() {
    qt().withExamples(EXAMPLES).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      Register rebuilt = Register.builder()
          .perspective(Perspective.of(register.getPerspective().getMunicipality(), register.asOf()))
          .addAllMunicipalities(copies(register.getMunicipalities(), m -> Municipality.builder().from(m).build()))
          .addAllAgreements(copies(register.getAgreements(), a -> Agreement.builder().from(a).build()))
          .addAllStrategies(copies(register.getStrategies(), s -> Strategy.builder().from(s).build()))
          .addAllRelations(copies(register.getRelations(), r -> Relation.builder().from(r).build()))
          .addAllBodies(copies(register.getBodies(), b -> Body.builder().from(b).build()))
          .addAllPeople(copies(register.getPeople(), p -> Person.builder().from(p).build()))
          .addAllEvents(copies(register.getEvents(), e -> Event.builder().from(e).build()))
          .addAllDecisions(copies(register.getDecisions(), d -> Decision.builder().from(d).build()))
          .addAllProjects(copies(register.getProjects(), p -> Project.builder().from(p).build()))
          .addAllReports(copies(register.getReports(), r -> CouncilReport.builder().from(r).build()))
          .addAllLeadershipRules(register.getLeadershipRules())
          .build();

      assertThat(rebuilt).isNotSameAs(register).isEqualTo(register).hasSameHashCodeAs(register);
      assertThat(Register.builder().from(register).build()).isEqualTo(register).hasSameHashCodeAs(register);
    });
  }

  @Test
  void a_copy_with_one_event_changed_differs_only_in_that_event() {
    qt().withExamples(EXAMPLES)
        .forAll(RegisterGenerators.registers(10, 40).assuming(r -> !r.getEvents().isEmpty()), integers().allPositive())
        .checkAssert((register, pick) -> {
          int index = pick % register.getEvents().size();
          Event event = register.getEvents().get(index);
          Event changed = event.withTitle("Ändrad: " + event.getTitle().orElse(event.getId().value()));
          Register copy = register.withEvents(replace(register.getEvents(), index, changed));

          assertThat(copy).isNotEqualTo(register);
          assertThat(copy.getEvents().get(index)).isEqualTo(changed).isNotEqualTo(event);
          for (int i = 0; i < register.getEvents().size(); i++) {
            if (i != index) {
              assertThat(copy.getEvents().get(i)).isEqualTo(register.getEvents().get(i));
            }
          }
          assertThat(copy.withEvents(register.getEvents())).isEqualTo(register).hasSameHashCodeAs(register);
        });
  }

  @Test
  void validation_accepts_every_register_the_generators_build() {
    qt().withExamples(EXAMPLES).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      assertThat(RegisterValidation.problemsOf(register)).isEmpty();
      assertThat(register.recordCount()).isBetween(1, 40).isEqualTo(
          register.getMunicipalities().size() + register.getAgreements().size() + register.getStrategies().size()
              + register.getRelations().size() + register.getBodies().size() + register.getPeople().size()
              + register.getEvents().size() + register.getDecisions().size() + register.getProjects().size()
              + register.getReports().size());
    });
  }

  @Test
  void every_record_is_found_by_its_id() {
    qt().withExamples(EXAMPLES).forAll(RegisterGenerators.registers()).checkAssert(register -> {
      register.getMunicipalities().forEach(m -> assertThat(register.findMunicipality(m.getId())).contains(m));
      register.getBodies().forEach(b -> assertThat(register.findBody(b.getId())).contains(b));
      register.getPeople().forEach(p -> assertThat(register.findPerson(p.getId())).contains(p));
      register.getEvents().forEach(e -> assertThat(register.findEvent(e.getId())).contains(e));
      register.getDecisions().forEach(d -> assertThat(register.findDecision(d.getId())).contains(d));
      register.getProjects().forEach(p -> assertThat(register.findProject(p.getId())).contains(p));
      register.getRelations().forEach(r -> assertThat(register.findRelation(r.getId())).contains(r));
      register.getAgreements().forEach(a -> assertThat(register.findAgreement(a.getId())).contains(a));
      register.getStrategies().forEach(s -> assertThat(register.findStrategy(s.getId())).contains(s));
    });
  }

  @Test
  void reordering_records_keeps_a_register_valid_but_makes_it_another_value() {
    qt().withExamples(EXAMPLES)
        .forAll(RegisterGenerators.registers(2, 40).assuming(r -> r.getMunicipalities().size() > 1))
        .checkAssert(register -> {
          Register reversed = register.withMunicipalities(register.getMunicipalities().reverse());

          assertThat(reversed).isNotEqualTo(register);
          assertThat(reversed.municipalitiesById()).isEqualTo(register.municipalitiesById());
        });
  }

  private static <T> ImmutableList<T> copies(List<T> values, Function<T, T> copy) {
    return values.stream().map(copy).collect(ImmutableList.toImmutableList());
  }

  private static <T> ImmutableList<T> replace(List<T> values, int index, T value) {
    List<T> copy = new ArrayList<>(values);
    copy.set(index, value);
    return ImmutableList.copyOf(copy);
  }
}
