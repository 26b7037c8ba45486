package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.vanort.domain.ValueLimits;

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
    if (factory instanceof YAMLFactory) {
      checkLineLengths(content, source);
    }
    int mappings = 0;
    boolean rootSeen = false;
    try (JsonParser parser = factory.createParser(content)) {
      try {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.START_OBJECT && ++mappings > ReadLimits.MAX_MAPPINGS) {
            throw located(source, parser, String.format(Locale.ROOT, "holds more than %,d mappings (records and the"
                + " parts they nest), the most vanort reads from one file", ReadLimits.MAX_MAPPINGS));
          }
          boolean atRoot = (token.isStructStart() && parser.getParsingContext().getParent().inRoot())
              || (token.isScalarValue() && parser.getParsingContext().inRoot());
          if (atRoot && rootSeen) {
            throw located(source, parser, "holds a second document; a file holds one register or scenario"
                + " (remove the second '---' and what follows, or put it in a file of its own)");
          }
          rootSeen |= atRoot;
          if (token == JsonToken.VALUE_STRING && parser.getTextLength() > ReadLimits.MAX_VALUE_CHARS) {
            // YAML's parser does not hold its strings to Jackson's limit: refuse here, before binding parses it all again
            throw located(source, parser, String.format(Locale.ROOT, "%s: holds a value of %,d characters, more than the"
                + " %,d vanort reads (a text of a register holds at most %,d)", FilePaths.of(parser),
                parser.getTextLength(), ReadLimits.MAX_VALUE_CHARS, ValueLimits.TEXT_MAX_LENGTH));
          }
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
      } catch (StreamConstraintsException e) {
        throw new RegisterFileException(List.of(beyondLimit(source, e, parser.currentLocation())));
      }
    } catch (JsonProcessingException e) {
      throw new RegisterFileException(List.of(syntaxError(source, e)));
    } catch (IOException e) {
      throw new RegisterFileException(List.of(new FileProblem(source, 0, 0, "", "cannot be read: " + e.getMessage())));
    }
    return new Locations(source, byPath, keys);
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
