package se.vanort.adapters.cli.report;

/** The frame's texts in the reader's language: headings, labels, captions, from the command's bundles. */
@FunctionalInterface
public interface Words {
  /**
   * {@return the text {@code key} with {@code arguments} in place of {0}, {1}, …}
   *
   * @param key the key in the command's text bundle
   * @param arguments the values the text refers to
   */
  String get(String key, Object... arguments);
}
