package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * A whole number and nothing else: Jackson would round {@code 1.5} or refuse it by throwing, and
 * either way the user would not see it among the other problems. Anything that is not a whole
 * number of the field's range goes to the {@link CollectingHandler}.
 */
final class WholeNumberDeserializer<T extends Number> extends StdScalarDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final boolean wide;

  private WholeNumberDeserializer(Class<T> type, boolean wide) {
    super(type);
    this.wide = wide;
  }

  /** For {@code Integer} fields. */
  static WholeNumberDeserializer<Integer> integers() {
    return new WholeNumberDeserializer<>(Integer.class, false);
  }

  /** For {@code Long} fields. */
  static WholeNumberDeserializer<Long> longs() {
    return new WholeNumberDeserializer<>(Long.class, true);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType size = p.getNumberType();
      if (size == JsonParser.NumberType.INT) {
        return (T) (wide ? (Number) p.getLongValue() : (Number) p.getIntValue());
      }
      if (wide && size == JsonParser.NumberType.LONG) {
        return (T) (Number) p.getLongValue();
      }
    }
    return (T) ctxt.handleUnexpectedToken(handledType(), p);
  }
}
