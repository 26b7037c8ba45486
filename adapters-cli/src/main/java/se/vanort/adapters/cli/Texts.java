package se.vanort.adapters.cli;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import se.vanort.domain.DateRange;
import se.vanort.rules.Messages;

/** The command's own texts in one language, and the rulebook's texts of findings in the same one. */
final class Texts {
  private static final DateTimeFormatter SWEDISH_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Language.SV.locale());

  private final Language language;
  private final ResourceBundle bundle;
  private Messages messages;

  Texts(Language language) {
    this.language = language;
    this.bundle = language.texts();
  }

  Language language() {
    return language;
  }

  /** The text {@code key} with {@code arguments} for {0}, {1}, … */
  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
  }

  /**
   * A day as running text writes it: "31 december 2025" in Swedish; in English the ISO date, which
   * the English output has always shown.
   */
  String date(LocalDate date) {
    return language == Language.SV ? SWEDISH_DATE.format(date) : date.toString();
  }

  /**
   * A period as running text writes it: in Swedish "2021–2027" when it spans whole years (one year:
   * "2025"), else "1 mars 2021–28 februari 2022"; in English {@code 2021-01-01..2027-12-31}.
   */
  String period(DateRange period) {
    if (language != Language.SV) {
      return period.from() + ".." + period.to();
    }
    boolean wholeYears = period.from().getDayOfYear() == 1
        && period.to().equals(period.to().with(java.time.temporal.TemporalAdjusters.lastDayOfYear()));
    if (wholeYears) {
      int first = period.from().getYear();
      int last = period.to().getYear();
      return first == last ? String.valueOf(first) : first + "–" + last;
    }
    return date(period.from()) + "–" + date(period.to());
  }

  /** The texts of findings and query answers. */
  Messages messages() {
    // Loaded on first use: the rule bundles are not needed by commands that print no finding.
    if (messages == null) {
      messages = Messages.of(language.locale());
    }
    return messages;
  }
}
