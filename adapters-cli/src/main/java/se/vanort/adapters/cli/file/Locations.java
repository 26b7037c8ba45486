package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every field of a file stands: a streaming pass over the text that records, for each path
 * ({@code events[3].host}), the line and column of its value (or of its key, for a mapping or a
 * list, whose first token may sit on the next line). The domain reports problems by path; this is
 * how they get their line and column back. A syntax error stops the pass and is reported alone,
 * with Jackson's location of it.
 */
final class Locations {
  private final String source;
  private final Map<String, JsonLocation> byPath;
  private final Map<String, JsonLocation> keys;

  private Locations(String source, Map<String, JsonLocation> byPath, Map<String, JsonLocation> keys) {
    this.source = source;
    this.byPath = byPath;
    this.keys = keys;
  }

  /** Whether the text holds any value at all, rather than nothing or comments only. */
  boolean hasContent() {
    return byPath.containsKey("");
  }

  /** Scans {@code content}; throws the syntax error, located, if it is not well-formed. */
  static Locations scan(String content, JsonFactory factory, String source) throws RegisterFileException {
    Map<String, JsonLocation> byPath = new HashMap<>();
    Map<String, JsonLocation> keys = new HashMap<>();
    try (JsonParser parser = factory.createParser(content)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        String path = FilePaths.of(parser);
        if (token == JsonToken.FIELD_NAME) {
          byPath.put(path, parser.currentTokenLocation());
          keys.put(path, parser.currentTokenLocation());
        } else if (token.isScalarValue()) {
          byPath.put(path, parser.currentTokenLocation());
        } else if (token.isStructStart()) {
          byPath.putIfAbsent(path, parser.currentTokenLocation());
        }
      }
    } catch (JsonProcessingException e) {
      throw new RegisterFileException(List.of(syntaxError(source, e)));
    } catch (IOException e) {
      throw new RegisterFileException(List.of(new FileProblem(source, 0, 0, "", "cannot be read: " + e.getMessage())));
    }
    return new Locations(source, byPath, keys);
  }

  /** A syntax error as a problem: Jackson's own words, without its source excerpt. */
  static FileProblem syntaxError(String source, JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
    // Jackson appends the offending text and its position, which the file:line:column already gives.
    // SnakeYAML indents its excerpts of the text and its positions; the position is given already.
    message = message.lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("at [Source"))
        .map(String::strip)
        .reduce((a, b) -> a + "; " + b).orElse("syntax error");
    return new FileProblem(source,
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(),
        "", "syntax error: " + message);
  }

  /**
   * The problem {@code message} at {@code path}, located at the path's value (or at its key, when
   * the key is what is wrong) or else at its nearest recorded ancestor.
   */
  FileProblem problem(String path, String message, boolean atKey) {
    JsonLocation location = atKey ? keys.get(path) : null;
    for (String p = path; location == null; p = FilePaths.parent(p)) {
      location = byPath.get(p);
      if (p.isEmpty()) {
        break;
      }
    }
    return new FileProblem(source,
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(),
        path, message);
  }

  /** The name of the file scanned. */
  String source() {
    return source;
  }
}
