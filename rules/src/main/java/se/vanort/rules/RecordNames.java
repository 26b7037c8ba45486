package se.vanort.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.vanort.domain.Kebab;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.event.EventId;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.register.Register;

/**
 * Gives the references of findings the names their register records: a municipality's, body's or
 * person's name, an event's or project's title; for a person without a name, the role of the
 * person's first position. Applied once per finding after the check (never on the rules' paths).
 */
public final class RecordNames {
  private final Register register;
  // The same records recur across findings (a municipality, a body): each is looked up once.
  private final Map<RecordRef, RecordRef> named = new HashMap<>();

  private RecordNames(Register register) {
    this.register = register;
  }

  /**
   * {@return the names of {@code register}'s records}
   *
   * @param register the register the findings were made from
   */
  public static RecordNames of(Register register) {
    return new RecordNames(register);
  }

  /**
   * {@return {@code ref} with the name (or, for an unnamed person, the role) the register records}
   *
   * @param ref the reference
   */
  public RecordRef name(RecordRef ref) {
    RecordRef known = named.get(ref);
    if (known == null) {
      known = lookUp(ref);
      named.put(ref, known);
    }
    return known;
  }

  private RecordRef lookUp(RecordRef ref) {
    return switch (ref.kind()) {
      case MUNICIPALITY -> ref.withName(valid(ref, MunicipalityId::of)
          .flatMap(register::findMunicipality).map(Municipality::getName));
      case BODY -> ref.withName(valid(ref, BodyId::of).flatMap(register::findBody).map(Body::getName));
      case EVENT -> ref.withName(valid(ref, EventId::of).flatMap(register::findEvent).flatMap(e -> e.getTitle()));
      case PROJECT -> ref.withName(valid(ref, ProjectId::of).flatMap(register::findProject).map(p -> p.getTitle()));
      case PERSON -> valid(ref, PersonId::of).flatMap(register::findPerson)
          .map(person -> ref.withName(person.getName()).withRole(person.getName().isPresent() ? Optional.empty()
              : person.getPositions().stream().min(Comparator.comparing((Position p) -> p.getFrom().orElse(
                  java.time.LocalDate.MIN))).map(p -> Kebab.of(p.getRole()))))
          .orElse(ref);
      default -> ref;
    };
  }

  /**
   * {@return {@code finding} with every reference named, and the name of its municipality}
   *
   * @param finding a finding of a check of this register
   */
  public Finding name(Finding finding) {
    ImmutableMap.Builder<String, Fact> facts = ImmutableMap.builder();
    for (Map.Entry<String, Fact> fact : finding.getFacts().entrySet()) {
      facts.put(fact.getKey(), fact.getValue().withRefs(this::name));
    }
    ImmutableList.Builder<RecordRef> subjects = ImmutableList.builderWithExpectedSize(finding.getSubjects().size());
    for (RecordRef subject : finding.getSubjects()) {
      subjects.add(name(subject));
    }
    return ImmutableFinding.copyOf(finding)
        .withSubjects(subjects.build())
        .withFacts(facts.build())
        .withMunicipalityName(finding.getMunicipality()
            .flatMap(municipality -> name(RecordRef.of(RecordKind.MUNICIPALITY, municipality.value())).name()));
  }

  // An id that does not parse as the kind's id names nothing (the register could not hold it).
  private static <T> Optional<T> valid(RecordRef ref, java.util.function.Function<String, T> parse) {
    try {
      return Optional.of(parse.apply(ref.id()));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
