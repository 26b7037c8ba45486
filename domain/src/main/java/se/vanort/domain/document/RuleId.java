package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import se.vanort.domain.RecordIds;

/**
 * The id of a rule, e.g. {@code va.conference-every-second-year}; public API that never changes
 * once released.
 */
public record RuleId(String value) implements Comparable<RuleId> {
  private static final Pattern FORM = Pattern.compile("[a-z]+\\.[a-z0-9-]+");

  /**
   * Checks the form {@code prefix.name}: lower-case letters, a dot, lower-case letters, digits and hyphens.
   *
   * @param value the text of the id
   */
  public RuleId {
    RecordIds.checkValid(value, "rule id");
    checkArgument(
        FORM.matcher(value).matches(),
        "rule id '%s' must have the form prefix.name in lower case, e.g. va.conference-every-second-year",
        value);
  }

  /**
   * {@return the id {@code value}}
   *
   * @param value the text of the id
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
