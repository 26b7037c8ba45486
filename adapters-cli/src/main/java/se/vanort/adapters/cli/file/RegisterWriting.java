package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Collection;
import java.util.Optional;
import se.vanort.domain.Kebab;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.register.RecordShape;
import se.vanort.domain.register.RecordShape.Attribute;
import se.vanort.domain.register.Register;

/**
 * Writes a register into Jackson's tree, the inverse of {@link RegisterReading}: what it writes
 * reads back equal. Defaults are left out (an attribute equal to the value's own default: the
 * register id when it is the perspective's municipality, the meeting cycle when it is the
 * conference cycle; a field equal to the perspective's municipality where {@link FileShape} lets
 * it default to that), and so are empty fields, so an exported file reads like a hand-written one.
 */
final class RegisterWriting {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final MunicipalityId home;

  private RegisterWriting(MunicipalityId home) {
    this.home = home;
  }

  /** The tree of {@code register}, fields in the order the domain declares them. */
  static JsonNode toTree(Register register) {
    return new RegisterWriting(register.getPerspective().getMunicipality()).record(RecordShape.of(Register.class), register);
  }

  private JsonNode record(RecordShape shape, Object record) {
    ObjectNode node = NODES.objectNode();
    for (Attribute attribute : shape.attributes()) {
      Object value = attribute.valueIn(record);
      boolean leftOut = attribute.isDefaulted() ? value.equals(attribute.defaultIn(record))
          : FileShape.defaultsToHome(shape, attribute) && value.equals(home);
      JsonNode written = leftOut ? null : attribute(attribute, value);
      if (written != null) {
        node.set(FileShape.fieldName(attribute), written);
      }
    }
    Optional<Attribute> shortForm = FileShape.shortForm(shape);
    if (shortForm.isPresent() && node.size() == 1 && node.has(FileShape.fieldName(shortForm.get()))) {
      return node.get(FileShape.fieldName(shortForm.get()));
    }
    return node;
  }

  /** The value of an attribute; null when there is nothing to write (empty, or absent). */
  private JsonNode attribute(Attribute attribute, Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(present -> value(attribute.valueType(), present)).orElse(null);
    }
    if (value instanceof Collection<?> values) {
      if (values.isEmpty()) {
        return null;
      }
      ArrayNode array = NODES.arrayNode();
      values.forEach(element -> array.add(value(attribute.valueType(), element)));
      return array;
    }
    return value(attribute.valueType(), value);
  }

  private JsonNode value(Type type, Object value) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (RecordShape.isRecord(raw)) {
      return record(RecordShape.of(raw), value);
    } else if (value instanceof Integer number) {
      return NODES.numberNode(number);
    } else if (value instanceof Long number) {
      return NODES.numberNode(number);
    } else if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    } else if (value instanceof Year year) {
      return NODES.numberNode(year.getValue());
    } else if (value instanceof MonthDay day) {
      return NODES.textNode(day.toString().substring(2));
    } else if (value instanceof Enum<?> constant) {
      return NODES.textNode(Kebab.of(constant));
    } else if (value instanceof String || value instanceof LocalDate) {
      return NODES.textNode(value.toString());
    } else if (RecordShape.isTextValue(value.getClass())) {
      return NODES.textNode(RecordShape.textOf(value));
    }
    throw new IllegalStateException("the file format cannot write a " + value.getClass().getName());
  }
}
