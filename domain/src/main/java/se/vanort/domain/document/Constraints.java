package se.vanort.domain.document;

/** Jakarta constraint arguments shared by the document values. */
final class Constraints {
  /**
   * Text with at least one non-white character; for optional text, where {@code @NotBlank} would
   * also refuse the empty optional.
   */
  static final String NOT_BLANK = "(?s).*\\S.*";

  private Constraints() {}
}
