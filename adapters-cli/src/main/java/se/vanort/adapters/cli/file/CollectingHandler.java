package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import se.vanort.adapters.cli.file.ReadingProblem.Kind;
import se.vanort.adapters.cli.file.ReadingProblem.Shape;

/**
 * Turns what Jackson cannot bind (an unknown field, a list where text belongs, text where a number
 * belongs) into problems of the file and lets the reading go on, so that one reading reports every
 * such mistake. The field is left empty; the reader does not build a record from a
 * file with problems.
 */
final class CollectingHandler extends DeserializationProblemHandler {
  private final ProblemList problems;
  private final String root;

  /** A handler adding to {@code problems}, with paths under {@code root} (empty: the file's root). */
  CollectingHandler(ProblemList problems, String root) {
    this.problems = problems;
    this.root = root;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    Collection<Object> known = deserializer.getKnownPropertyNames();
    List<String> names = known == null ? List.of() : known.stream().map(Object::toString).toList();
    problems.add(path(p), ReadingProblem.unknownField(propertyName, new TreeSet<>(names)));
    p.skipChildren();
    return true;
  }

  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
      String failureMsg) throws IOException {
    problems.add(path(p), ReadingProblem.of(Kind.EXPECTED, expected(targetType.getRawClass()), found(t, p)));
    p.skipChildren();
    return null;
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
      String failureMsg) {
    problems.add(path(ctxt.getParser()), ReadingProblem.of(Kind.EXPECTED, expected(targetType), "'" + valueToConvert + "'"));
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
      String failureMsg) {
    problems.add(path(ctxt.getParser()), ReadingProblem.of(Kind.EXPECTED, expected(targetType), String.valueOf(valueToConvert)));
    return null;
  }

  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
      ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
    problems.add(path(p), ReadingProblem.of(Kind.EXPECTED, expected(instClass), found(p.currentToken(), p)));
    p.skipChildren();
    return null;
  }

  private String path(JsonParser parser) {
    return FilePaths.join(root, FilePaths.of(parser));
  }

  /** The shape a Java type stands for, in the file's words. */
  static Shape expected(Class<?> type) {
    if (type == String.class) {
      return Shape.TEXT;
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return Shape.WHOLE_NUMBER;
    }
    if (type == Boolean.class || type == boolean.class) {
      return Shape.TRUE_OR_FALSE;
    }
    if (Collection.class.isAssignableFrom(type)) {
      return Shape.LIST;
    }
    return Shape.MAPPING_OF_FIELDS;
  }

  /** What a value is: a shape, or the value itself as the file writes it. */
  private static Object found(JsonToken token, JsonParser p) throws IOException {
    if (token == null) {
      return Shape.NOTHING;
    }
    return switch (token) {
      case START_OBJECT -> Shape.MAPPING;
      case START_ARRAY -> Shape.LIST;
      case VALUE_STRING -> "'" + p.getText() + "'";
      case VALUE_NULL -> Shape.NOTHING;
      default -> p.getText();
    };
  }
}
