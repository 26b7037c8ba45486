package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.vanort.domain.ValueLimits;

/**
 * Where every field of a file stands, recorded in the one pass that reads the text into Jackson's
 * tree: for each path ({@code events[3].host}), Jackson's location of its value (or of its key, for
 * a mapping or a list, whose first token may sit on the next line). Problems are found by path, in
 * the tree; this is how they get their line and column. A syntax error stops the pass and is
 * reported alone, with Jackson's location of it.
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

  /**
   * Reads {@code content} into a tree in one pass, recording where every value stands; the tree is
   * null when the text holds nothing but comments.
   *
   * @throws RegisterFileException the syntax error or the limit exceeded, located
   */
  static Parsed parse(String content, JsonFactory factory, String source) throws RegisterFileException {
    if (factory instanceof YAMLFactory) {
      checkLineLengths(content, source);
    }
    Scan scan = new Scan(source);
    try (JsonParser parser = factory.createParser(content)) {
      try {
        JsonToken first = parser.nextToken();
        JsonNode tree = first == null ? null : scan.value(parser, first);
        if (first != null && parser.nextToken() != null) {
          throw located(source, parser, "holds a second document; a file holds one register or scenario"
              + " (remove the second '---' and what follows, or put it in a file of its own)");
        }
        return new Parsed(tree, new Locations(source, scan.byPath, scan.keys));
      } catch (StreamConstraintsException e) {
        throw new RegisterFileException(List.of(beyondLimit(source, e, parser.currentLocation())));
      }
    } catch (JsonProcessingException e) {
      throw new RegisterFileException(List.of(syntaxError(source, e)));
    } catch (IOException e) {
      throw new RegisterFileException(List.of(new FileProblem(source, 0, 0, "", "cannot be read: " + e.getMessage())));
    }
  }

  /**
   * A text read: its tree (null when it holds nothing) and where each of its values stands.
   *
   * @param tree the values, as Jackson's tree
   * @param locations where they stand in the text
   */
  record Parsed(JsonNode tree, Locations locations) {}

  /** Builds the tree token by token, recording each path's location and holding the text to the limits. */
  private static final class Scan {
    private final String source;
    private final Map<String, JsonLocation> byPath = new HashMap<>();
    private final Map<String, JsonLocation> keys = new HashMap<>();
    private int mappings;

    Scan(String source) {
      this.source = source;
    }

    JsonNode value(JsonParser parser, JsonToken token) throws IOException, RegisterFileException {
      String path = FilePaths.of(parser);
      byPath.putIfAbsent(path, parser.currentTokenLocation());
      switch (token) {
        case START_OBJECT -> {
          if (++mappings > ReadLimits.MAX_MAPPINGS) {
            throw located(source, parser, String.format(Locale.ROOT, "holds more than %,d mappings (records and the"
                + " parts they nest), the most vanort reads from one file", ReadLimits.MAX_MAPPINGS));
          }
          ObjectNode object = JsonNodeFactory.instance.objectNode();
          for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
            String name = parser.currentName();
            JsonLocation key = parser.currentTokenLocation();
            keys.put(FilePaths.of(parser), key);
            byPath.put(FilePaths.of(parser), key);
            object.set(name, value(parser, parser.nextToken()));
          }
          return object;
        }
        case START_ARRAY -> {
          ArrayNode array = JsonNodeFactory.instance.arrayNode();
          for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            array.add(value(parser, next));
          }
          return array;
        }
        case VALUE_STRING -> {
          if (parser.getTextLength() > ReadLimits.MAX_VALUE_CHARS) {
            // YAML's parser does not hold its strings to Jackson's limit
            throw located(source, parser, String.format(Locale.ROOT, "%s: holds a value of %,d characters, more than"
                + " the %,d vanort reads (a text of a register holds at most %,d)", path, parser.getTextLength(),
                ReadLimits.MAX_VALUE_CHARS, ValueLimits.TEXT_MAX_LENGTH));
          }
          byPath.put(path, parser.currentTokenLocation());
          return JsonNodeFactory.instance.textNode(parser.getText());
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          byPath.put(path, parser.currentTokenLocation());
          return switch (parser.getNumberType()) {
            case INT -> JsonNodeFactory.instance.numberNode(parser.getIntValue());
            case LONG -> JsonNodeFactory.instance.numberNode(parser.getLongValue());
            case BIG_INTEGER -> JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            case BIG_DECIMAL -> JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
            default -> JsonNodeFactory.instance.numberNode(parser.getDoubleValue());
          };
        }
        case VALUE_TRUE, VALUE_FALSE -> {
          byPath.put(path, parser.currentTokenLocation());
          return JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
        }
        case VALUE_NULL -> {
          byPath.put(path, parser.currentTokenLocation());
          return JsonNodeFactory.instance.nullNode();
        }
        default -> {
          byPath.put(path, parser.currentTokenLocation());
          return JsonNodeFactory.instance.textNode(parser.getText());
        }
      }
    }
  }

  /**
   * Refuses a YAML text with a line longer than {@link ReadLimits#MAX_LINE_CHARS}: SnakeYAML takes
   * time growing with the square of a line's length (a 4 MB line, 20 s), so such a line is refused
   * before it is parsed.
   */
  private static void checkLineLengths(String content, String source) throws RegisterFileException {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= content.length(); i++) {
      if (i == content.length() || content.charAt(i) == '\n') {
        if (i - start > ReadLimits.MAX_LINE_CHARS) {
          throw new RegisterFileException(List.of(new FileProblem(source, line, 0, "", String.format(Locale.ROOT,
              "line %,d is %,d characters long, more than the %,d vanort reads in a YAML line (a text of a register"
                  + " holds at most %,d)", line, i - start, ReadLimits.MAX_LINE_CHARS, ValueLimits.TEXT_MAX_LENGTH))));
        }
        line++;
        start = i + 1;
      }
    }
  }

  private static RegisterFileException located(String source, JsonParser parser, String message) {
    JsonLocation at = parser.currentTokenLocation();
    return new RegisterFileException(List.of(new FileProblem(source, at.getLineNr(), at.getColumnNr(), "", message)));
  }

  /** A value or a nesting beyond {@link ReadLimits} as a problem, located where the parser stood. */
  static FileProblem beyondLimit(String source, StreamConstraintsException e, JsonLocation where) {
    JsonLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : where;
    return new FileProblem(source,
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(),
        "", beyondLimit(e));
  }

  /** Which limit of {@link ReadLimits} a value or a nesting exceeds, in words rather than Jackson's method names. */
  static String beyondLimit(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("epth")) {
      return "nests mappings and lists more than " + ReadLimits.MAX_NESTING + " levels deep, the most vanort reads";
    } else if (message.contains("Number")) {
      return "holds a number longer than " + ReadLimits.MAX_NUMBER_CHARS + " characters, the most vanort reads";
    } else if (message.contains("Document")) {
      return "is longer than the ceiling of 1 GiB";
    }
    return String.format(Locale.ROOT, "holds a value or a key longer than %,d characters, the most vanort reads"
        + " (a text of a register holds at most %,d)", ReadLimits.MAX_VALUE_CHARS, ValueLimits.TEXT_MAX_LENGTH);
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
    JsonLocation location = location(path, atKey);
    return new FileProblem(source,
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(),
        path, message);
  }

  /** The typed problem {@code problem} at {@code path}, located as {@link #problem(String, String, boolean)} does. */
  FileProblem problem(String path, ReadingProblem problem) {
    JsonLocation location = location(path, problem.kind().atKey());
    return new FileProblem(source,
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(),
        path, problem);
  }

  private JsonLocation location(String path, boolean atKey) {
    JsonLocation location = atKey ? keys.get(path) : null;
    for (String p = path; location == null; p = FilePaths.parent(p)) {
      location = byPath.get(p);
      if (p.isEmpty()) {
        break;
      }
    }
    return location;
  }

  /** No locations: for a tree that comes from no text of its own, whose problems name their path only. */
  static Locations none(String source) {
    return new Locations(source, Map.of(), Map.of());
  }

  /** The name of the file scanned. */
  String source() {
    return source;
  }
}
