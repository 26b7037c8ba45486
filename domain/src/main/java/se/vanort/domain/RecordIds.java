package se.vanort.domain;

import static com.google.common.base.Preconditions.checkArgument;

/** Checks shared by every id type of the register. */
public final class RecordIds {
  private RecordIds() {}

  /**
   * Checks that {@code value} can serve as an id: not null, not blank, no surrounding white space,
   * no control characters. Any other text (Þorlákshöfn, Joniškis) is allowed.
   *
   * @param value the text of the id
   * @param what what the value names, for the message of a caller mistake
   * @throws IllegalArgumentException naming {@code what} when it cannot
   */
  public static void checkValid(String value, String what) {
    checkArgument(value != null, "%s must not be null", what);
    checkArgument(!value.isBlank(), "%s must not be blank", what);
    checkArgument(value.strip().equals(value), "%s '%s' has leading or trailing white space", what, value);
    checkArgument(!hasControlCharacter(value), "%s '%s' contains a control character", what, value);
  }

  // A loop, not chars().noneMatch: every id of a register is checked when it is built or read.
  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
