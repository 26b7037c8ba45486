package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import se.vanort.domain.RecordIds;

/** The id of a governing document, e.g. {@code VA2021} or {@code VIS2016}. */
public record DocumentId(String value) implements Comparable<DocumentId> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*");

  /**
   * Checks that {@code value} is upper-case letters and digits, starting with a letter.
   *
   * @param value the text of the id
   */
  public DocumentId {
    RecordIds.checkValid(value, "document id");
    checkArgument(
        FORM.matcher(value).matches(),
        "document id '%s' must be upper-case letters and digits, starting with a letter, e.g. VA2021",
        value);
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  @Override
  public int compareTo(DocumentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
