package se.vanort.adapters.cli.file;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.vanort.domain.activity.FundingSource;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.event.AgendaItem;
import se.vanort.domain.event.EventKind;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.organisation.BodyKind;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.organisation.Role;
import se.vanort.domain.project.ProjectKind;
import se.vanort.domain.register.RecordShape;
import se.vanort.domain.register.RecordShape.Attribute;

/**
 * What the register file format (docs/register-format.md) says beyond the domain's own shape of
 * each record ({@link RecordShape}): the few fields it names otherwise, the records it lets be
 * written as a bare id, the fields that default to the perspective's municipality, and what the
 * values of each enumeration are called in messages. Everything else (which fields a record has,
 * which are required, their order, their defaults) is the domain's.
 */
final class FileShape {
  /** Attributes the file names otherwise than the value does. */
  private static final Map<String, String> FILE_NAMES = Map.of(
      "agendaItems", "agenda",
      "conferenceCycle", "conferences",
      "meetingCycle", "meetings");

  /** Records that may be written as their one required id: a party as its municipality, a member as the person. */
  private static final Map<String, String> SHORT_FORMS = Map.of(
      "se.vanort.domain.agreement.Party", "municipality",
      "se.vanort.domain.event.DelegationMember", "person");

  /** Fields that may be left out for the perspective's municipality (and are, when written). */
  private static final Set<String> HOME_DEFAULTS = Set.of(
      "se.vanort.domain.strategy.Strategy.municipality",
      "se.vanort.domain.municipality.Relation.municipality");

  /** What one value of each enumeration is, in messages. */
  private static final Map<Class<?>, String> NOUNS = Map.of(
      RelationKind.class, "a kind of relation",
      BodyKind.class, "a kind of body",
      Role.class, "a role",
      EventKind.class, "a kind of event",
      AgendaItem.class, "an agenda item",
      Matter.class, "a matter",
      ProjectKind.class, "a kind of project",
      FundingSource.class, "a funding source",
      Leadership.class, "a kind of leadership");

  private FileShape() {}

  /** The file's name of {@code attribute}. */
  static String fieldName(Attribute attribute) {
    return FILE_NAMES.getOrDefault(attribute.name(), attribute.name());
  }

  /** The attribute of {@code shape} the file calls {@code field}. */
  static Optional<Attribute> attribute(RecordShape shape, String field) {
    return shape.attributes().stream().filter(a -> fieldName(a).equals(field)).findFirst();
  }

  /** Every field name of {@code shape}, sorted, for messages. */
  static List<String> fieldNames(RecordShape shape) {
    return shape.attributes().stream().map(FileShape::fieldName).sorted().toList();
  }

  /** The attribute a record of {@code shape} may be written as alone, if it has a short form. */
  static Optional<Attribute> shortForm(RecordShape shape) {
    return Optional.ofNullable(SHORT_FORMS.get(shape.type().getName())).flatMap(shape::attribute);
  }

  /** Whether {@code attribute} of {@code shape} stands for the perspective's municipality when absent. */
  static boolean defaultsToHome(RecordShape shape, Attribute attribute) {
    return HOME_DEFAULTS.contains(shape.type().getName() + "." + attribute.name());
  }

  /** What a value of {@code type} is, in messages: {@code a kind of body}. */
  static String noun(Class<?> type) {
    return NOUNS.getOrDefault(type, "a value of " + type.getSimpleName());
  }

  /**
   * The file's path of a path in the domain's terms ({@code events[2].agendaItems[0]} is
   * {@code events[2].agenda[0]}), without the validator's markers of container elements.
   */
  static String filePath(String domainPath) {
    String plain = domainPath.replaceAll("\\.<[^>]*>", "").replace("[]", "");
    return Arrays.stream(plain.split("\\.", -1)).map(step -> {
      int index = step.indexOf('[');
      String name = index < 0 ? step : step.substring(0, index);
      return FILE_NAMES.getOrDefault(name, name) + (index < 0 ? "" : step.substring(index));
    }).collect(Collectors.joining("."));
  }
}
