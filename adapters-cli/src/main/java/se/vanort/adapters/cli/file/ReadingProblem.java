package se.vanort.adapters.cli.file;

import java.util.Collection;
import java.util.Locale;
import se.vanort.domain.Names;

/**
 * The kinds of mistake the readers of register and scenario files name, with their English
 * words: the one place those words live, so that a bundle of problem texts in another language
 * can take them over kind by kind. A text's {@code %s} are filled in order.
 */
enum ReadingProblem {
  /** A required field is absent. */
  REQUIRED("is required"),
  /** An entry of a list holds nothing. */
  EMPTY_ENTRY("is an empty entry; remove it or fill it in"),
  /** A value of another shape: what was expected, what was found. */
  EXPECTED("expected %s, found %s"),
  /** A field the record does not have. */
  UNKNOWN_FIELD("unknown field '%s'"),
  /** Not a date. */
  NOT_A_DATE("'%s' is not a date; write it as YYYY-MM-DD (ISO 8601), e.g. 2023-06-14"),
  /** Not a day of the year. */
  NOT_A_DAY_OF_YEAR("'%s' is not a day of the year; write it as MM-DD, e.g. 06-30"),
  /** A whole number no calendar has as a year. */
  NOT_A_YEAR("is not a year: %s"),
  /** Not one of an enumeration's values: the text, what a value is. */
  NOT_ONE_OF("'%s' is not %s"),
  /** The closest name to a mistaken one. */
  DID_YOU_MEAN("did you mean '%s'?"),
  /** The fields a record has. */
  KNOWN_FIELDS("known fields: %s"),
  /** The values an enumeration accepts. */
  ACCEPTED("accepted: %s"),
  /** Shape: text. */
  TEXT("text"),
  /** Shape: a whole number. */
  WHOLE_NUMBER("a whole number"),
  /** Shape: a boolean. */
  TRUE_OR_FALSE("true or false"),
  /** Shape: a list, as expected. */
  LIST("a list"),
  /** Shape: a mapping, as expected. */
  MAPPING_OF_FIELDS("a mapping of fields"),
  /** Shape: a mapping, as found. */
  MAPPING("a mapping"),
  /** Shape: nothing, as found. */
  NOTHING("nothing");

  private final String text;

  ReadingProblem(String text) {
    this.text = text;
  }

  /** The text with {@code values} filled in. */
  String text(Object... values) {
    return String.format(Locale.ROOT, text, values);
  }

  /**
   * Whether {@code message} is of this kind: it begins with the text before the first value.
   *
   * @param message a problem's message
   * @return whether this kind's text begins it
   */
  boolean begins(String message) {
    int value = text.indexOf("%s");
    return message.startsWith(value < 0 ? text : text.substring(0, value));
  }

  /**
   * {@code message}, then the name of {@code names} closest to {@code given} as a question, then
   * the names themselves under {@code list}: {@code unknown field 'hostt'; did you mean 'host'?
   * Known fields: agenda, …}.
   */
  static String suggesting(String message, String given, Collection<String> names, ReadingProblem list) {
    StringBuilder text = new StringBuilder(message);
    Names.closest(given, names).ifPresent(name -> text.append("; ").append(DID_YOU_MEAN.text(name)));
    if (!names.isEmpty()) {
      String listed = list.text(String.join(", ", names));
      text.append(text.charAt(text.length() - 1) == '?'
          ? " " + Character.toUpperCase(listed.charAt(0)) + listed.substring(1) : "; " + listed);
    }
    return text.toString();
  }
}
