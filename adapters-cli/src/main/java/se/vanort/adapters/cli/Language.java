package se.vanort.adapters.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/** The languages of the command's output and help: Swedish and English. */
enum Language {
  /** English, the default for every locale but Swedish. */
  EN(Locale.ENGLISH),
  /** Swedish. */
  SV(Locale.forLanguageTag("sv"));

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** Swedish for a Swedish locale, English otherwise. */
  static Language of(Locale locale) {
    return "sv".equals(locale.getLanguage()) ? SV : EN;
  }

  Locale locale() {
    return locale;
  }

  /**
   * The bundle of help headings and translated help texts; the English texts stand in the command
   * annotations next to the options they describe.
   */
  ResourceBundle helpBundle() {
    return ResourceBundle.getBundle("se.vanort.adapters.cli.help", locale, NO_FALLBACK);
  }

  /** The bundle of the problems of a register, one text per kind ({@link ProblemTexts}). */
  ResourceBundle problems() {
    return ResourceBundle.getBundle("se.vanort.adapters.cli.problems", locale, NO_FALLBACK);
  }

  /** The bundle of the command's own texts (headings, labels, errors). */
  ResourceBundle texts() {
    return ResourceBundle.getBundle("se.vanort.adapters.cli.texts", locale, NO_FALLBACK);
  }
}
