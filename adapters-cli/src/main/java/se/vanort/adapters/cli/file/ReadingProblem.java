package se.vanort.adapters.cli.file;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import se.vanort.domain.Names;

/**
 * A mistake the reader of a register file found, typed: its {@link Kind} and its arguments by name.
 * It has no words of its own: {@link #text(ResourceBundle)} says it in the language of a bundle of
 * problem texts ({@code problems.properties}, {@code problems_sv.properties}), where each kind has its
 * key. The arguments are the file's own text (a value, a field's name, the names it may have), written
 * as they are, or a {@link Shape}, which the bundle words.
 *
 * @param kind what is wrong
 * @param arguments the values the text names, by the names of {@link Kind#arguments()}
 */
public record ReadingProblem(Kind kind, ImmutableMap<String, Object> arguments) {
  /** The English texts, the words of a problem's {@link FileProblem#message()}. */
  private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("se.vanort.adapters.cli.problems",
      Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  /** The kinds of mistake, each with its key in the bundles and the names of its arguments in order. */
  public enum Kind {
    /** A required field is absent. */
    REQUIRED("required"),
    /** An entry of a list holds nothing. */
    EMPTY_ENTRY("empty-entry"),
    /** A value of another shape than the field's. */
    EXPECTED("expected", "expected", "found"),
    /** A field the record does not have, the record's fields unknown. */
    UNKNOWN_FIELD_ALONE("unknown-field.alone", "field"),
    /** A field the record does not have, and the fields it has. */
    UNKNOWN_FIELD("unknown-field", "field", "known"),
    /** A field the record does not have, the closest of its fields, and the fields it has. */
    UNKNOWN_FIELD_CLOSEST("unknown-field.closest", "field", "closest", "known"),
    /** Not a date. */
    NOT_A_DATE("not-a-date", "value"),
    /** Not a day of the year. */
    NOT_A_DAY("not-a-day", "value"),
    /** A whole number no calendar has as a year. */
    NOT_A_YEAR("not-a-year", "value"),
    /** Not one of a vocabulary's codes, and the codes. */
    NOT_A_CODE("not-a-code.none", "value", "noun", "accepted"),
    /** Not one of a vocabulary's codes, the closest code, and the codes. */
    NOT_A_CODE_CLOSEST("not-a-code", "value", "noun", "closest", "accepted");

    private final String key;
    private final ImmutableList<String> arguments;

    Kind(String key, String... arguments) {
      this.key = key;
      this.arguments = ImmutableList.copyOf(arguments);
    }

    /** {@return the key of the kind's text in the bundles of problem texts} */
    public String key() {
      return key;
    }

    /** {@return the names of the arguments, in the order the bundles number them} */
    public ImmutableList<String> arguments() {
      return arguments;
    }

    /** {@return whether the kind is about a field's key (an unknown field) rather than its value} */
    public boolean atKey() {
      return this == UNKNOWN_FIELD_ALONE || this == UNKNOWN_FIELD || this == UNKNOWN_FIELD_CLOSEST;
    }
  }

  /** The shapes of a value, as a problem names what was expected and what was found. */
  public enum Shape {
    /** Text. */
    TEXT("shape.text"),
    /** A whole number. */
    WHOLE_NUMBER("shape.whole-number"),
    /** True or false. */
    TRUE_OR_FALSE("shape.true-or-false"),
    /** A list. */
    LIST("shape.list"),
    /** A mapping of fields, as expected. */
    MAPPING_OF_FIELDS("shape.mapping-of-fields"),
    /** A mapping, as found. */
    MAPPING("shape.mapping"),
    /** Nothing, as found. */
    NOTHING("shape.nothing");

    private final String key;

    Shape(String key) {
      this.key = key;
    }

    /** {@return the key of the shape's words in the bundles of problem texts} */
    public String key() {
      return key;
    }
  }

  /**
   * Checks that the arguments are those the kind names.
   *
   * @param kind what is wrong
   * @param arguments the values the text names, by name
   */
  public ReadingProblem {
    checkArgument(arguments.keySet().equals(java.util.Set.copyOf(kind.arguments())),
        "a problem %s names %s, not %s", kind, kind.arguments(), arguments.keySet());
  }

  /** {@return the problem {@code kind} with {@code names} and {@code values} paired in order} */
  static ReadingProblem of(Kind kind, Object... values) {
    ImmutableMap.Builder<String, Object> arguments = ImmutableMap.builder();
    for (int i = 0; i < values.length; i++) {
      arguments.put(kind.arguments().get(i), values[i]);
    }
    return new ReadingProblem(kind, arguments.buildOrThrow());
  }

  /**
   * {@return an unknown field {@code given} of a record with the fields {@code names}: the closest of
   * them as a question, then all of them}
   */
  static ReadingProblem unknownField(String given, Collection<String> names) {
    if (names.isEmpty()) {
      return of(Kind.UNKNOWN_FIELD_ALONE, given);
    }
    String known = String.join(", ", names);
    Optional<String> closest = Names.closest(given, names);
    return closest.map(name -> of(Kind.UNKNOWN_FIELD_CLOSEST, given, name, known))
        .orElseGet(() -> of(Kind.UNKNOWN_FIELD, given, known));
  }

  /** {@return {@code given}, which is not {@code noun}, with the closest of {@code codes} and all of them} */
  static ReadingProblem notACode(String given, String noun, Collection<String> codes) {
    String accepted = String.join(", ", codes);
    return Names.closest(given, codes).map(name -> of(Kind.NOT_A_CODE_CLOSEST, given, noun, name, accepted))
        .orElseGet(() -> of(Kind.NOT_A_CODE, given, noun, accepted));
  }

  /**
   * {@return the problem in the language of {@code bundle}, a bundle of problem texts}
   *
   * @param bundle {@code problems.properties} or one of its translations
   */
  public String text(ResourceBundle bundle) {
    Object[] values = kind.arguments().stream().map(arguments::get)
        .map(value -> value instanceof Shape shape ? bundle.getString(shape.key()) : String.valueOf(value))
        .toArray();
    return new MessageFormat(bundle.getString(kind.key()), bundle.getLocale()).format(values);
  }

  /** {@return the problem in English, as {@link FileProblem#message()} carries it} */
  public String english() {
    return text(ENGLISH);
  }

  /** {@return the keys of the bundles that the kinds and shapes own: texts never matched by their words} */
  public static ImmutableList<String> keys() {
    ImmutableList.Builder<String> keys = ImmutableList.builder();
    for (Kind kind : Kind.values()) {
      keys.add(kind.key());
    }
    for (Shape shape : Shape.values()) {
      keys.add(shape.key());
    }
    return keys.build();
  }

  /** The problem's arguments, for tests and messages: {@code kind {name=value, …}}. */
  @Override
  public String toString() {
    return kind + " " + Map.copyOf(arguments);
  }
}
