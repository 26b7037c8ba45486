package se.vanort.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.vanort.domain.Kebab;
import se.vanort.domain.activity.ProjectId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.DecisionId;
import se.vanort.domain.event.EventId;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.organisation.Body;
import se.vanort.domain.organisation.BodyId;
import se.vanort.domain.organisation.PersonId;
import se.vanort.domain.organisation.Position;
import se.vanort.domain.register.Register;

/**
 * How findings and answers name the records of a register, the one place for it. {@link #name(RecordRef)}
 * gives a reference what the register records, once per finding after the check (never on the
 * rules' paths): a municipality's, body's or person's name, an event's or project's title, the
 * summary of a decision of a twin-town meeting; for a person without a name, the role of the person's
 * first position. {@link #prose(RecordRef, Messages)} writes a reference in a text: the name, a
 * decision's summary in quotes, "a twin-town secretary with no recorded name" for an unnamed person,
 * the id only where nothing else is known. The id stays in the reference for machine output.
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
      // A twin-town meeting's decisions have no paragraph of their own: what they decided names them.
      // A body's decision keeps its id (kf-2021-210), as the minutes' paragraph does.
      case DECISION -> ref.withName(valid(ref, DecisionId::of).flatMap(register::findDecision)
          .filter(decision -> decision.getMeeting().isPresent()).flatMap(Decision::getSummary));
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

  /**
   * {@return {@code ref} as a text names it in the language of {@code messages}: the recorded name; a
   * decision's summary in quotes; for a person without a name the role of a position, "a twin-town
   * secretary with no recorded name"; else the id}
   *
   * @param ref the record, named by {@link #name(RecordRef)}
   * @param messages the texts, in the reader's language
   */
  public static String prose(RecordRef ref, Messages messages) {
    if (ref.name().isPresent()) {
      return ref.kind() == RecordKind.DECISION
          ? messages.render("fact.quoted", ImmutableMap.of("text", Fact.text(ref.name().get())))
          : ref.name().get();
    }
    return ref.role().map(role -> "fact.unnamed." + role).filter(messages::has).map(messages::pattern)
        .orElse(ref.id());
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
