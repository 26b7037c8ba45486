package se.vanort.adapters.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import se.vanort.rules.Messages;

/** The command's own texts in one language, and the rulebook's texts of findings in the same one. */
final class Texts {
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

  /** The texts of findings and query answers. */
  Messages messages() {
    // Loaded on first use: the rule bundles are not needed by commands that print no finding.
    if (messages == null) {
      messages = Messages.of(language.locale());
    }
    return messages;
  }
}
