package se.vanort.domain.document;

import java.util.Locale;

/** The two languages of the catalogue: Swedish, the documents' own, and English for every other locale. */
final class Languages {
  private static final String SWEDISH = "sv";

  private Languages() {}

  /** Whether {@code locale} asks for Swedish, whatever its country. */
  static boolean isSwedish(Locale locale) {
    return SWEDISH.equals(locale.getLanguage());
  }
}
