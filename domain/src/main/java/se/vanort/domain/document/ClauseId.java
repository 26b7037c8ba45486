package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import se.vanort.domain.RecordIds;

/**
 * The id of a clause, {@code DOCUMENT/LOCAL}, e.g. {@code VA2021/A1} or {@code VIS2016/W4}; public
 * API that never changes once released.
 */
public record ClauseId(String value) implements Comparable<ClauseId> {
  private static final Pattern FORM = Pattern.compile("([^/]+)/([A-Z][A-Za-z0-9]*)");

  /**
   * Checks the form {@code DOCUMENT/LOCAL}, where the local part starts with an upper-case letter.
   *
   * @param value the text of the id
   */
  public ClauseId {
    RecordIds.checkValid(value, "clause id");
    var matcher = FORM.matcher(value);
    checkArgument(
        matcher.matches(),
        "clause id '%s' must have the form DOCUMENT/LOCAL, e.g. VA2021/A1 or VIS2016/W4",
        value);
    DocumentId.of(matcher.group(1));
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static ClauseId of(String value) {
    return new ClauseId(value);
  }

  /**
   * {@return the clause {@code local} of {@code document}, e.g. {@code VA2021} and {@code O1d}}
   *
   * @param document the document
   * @param local the clause's id within its document
   */
  public static ClauseId of(DocumentId document, String local) {
    return new ClauseId(document + "/" + local);
  }

  /** {@return the document the clause belongs to: the part before the {@code /}} */
  public DocumentId getDocument() {
    return DocumentId.of(value.substring(0, value.indexOf('/')));
  }

  /** {@return the clause's id within its document: the part after the {@code /}, e.g. {@code O1d}} */
  public String getLocal() {
    return value.substring(value.indexOf('/') + 1);
  }

  @Override
  public int compareTo(ClauseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
