package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path of the value a parser stands on, in the form the domain's problems use:
 * {@code events[3].delegations[0].members[1]}. One definition for the location scan and for the
 * problems Jackson reports, so that both name a field the same way.
 */
final class FilePaths {
  private FilePaths() {}

  /** The path of the current value of {@code parser}; for a field name, the path of its value. */
  static String of(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    // At the start of a container the parser has already entered it; its path is its parent's.
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return of(context);
  }

  /** The path of the current value of {@code context}. */
  static String of(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        parts.addFirst("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.addFirst("." + c.getCurrentName());
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** {@code parent.child}, or {@code child} at the root. */
  static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  /** The path one step up: {@code events[3]} for {@code events[3].host}; empty at the root. */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
