package se.vanort.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;

/** JSON output: trees built field by field, so that the documented shape is visible in the code. */
final class Json {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Puts {@code value} under {@code name}, or null when it is absent, so that every field is always there. */
  static ObjectNode putOptional(ObjectNode node, String name, Optional<?> value) {
    if (value.isEmpty()) {
      node.putNull(name);
    } else if (value.get() instanceof Integer number) {
      node.put(name, number);
    } else {
      node.put(name, value.get().toString());
    }
    return node;
  }

  /** Prints {@code node} indented, followed by a newline. */
  static void print(PrintWriter out, Object node) {
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
