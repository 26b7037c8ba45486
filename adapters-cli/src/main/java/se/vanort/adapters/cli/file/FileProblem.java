package se.vanort.adapters.cli.file;

import java.util.Optional;

/**
 * One thing wrong with a register or scenario file, with where it is: the file, the line and
 * column (1-based; 0 when unknown), the path of the field ({@code events[3].host}; empty when the
 * problem concerns the whole file) and what is wrong.
 *
 * @param file the file's name as given to the reader; may be empty when the text came from nowhere
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param path the field's path from the document's root; empty for the whole document
 * @param message what is wrong and, where it helps, what would be right, in English
 * @param reading the same typed, for the problems of the register reader: its kind and arguments,
 *     from which a translation says it (empty for a text of no kind, such as a scenario file's)
 */
public record FileProblem(String file, int line, int column, String path, String message,
    Optional<ReadingProblem> reading) {
  /** Normalises absent texts to empty ones, so that {@link #toString()} can leave them out. */
  public FileProblem {
    file = file == null ? "" : file;
    path = path == null ? "" : path;
    message = message == null ? "" : message;
    line = Math.max(0, line);
    column = Math.max(0, column);
    reading = reading == null ? Optional.empty() : reading;
  }

  /**
   * A problem of no kind: its message is all there is.
   *
   * @param file the file's name as given to the reader
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param path the field's path from the document's root; empty for the whole document
   * @param message what is wrong
   */
  public FileProblem(String file, int line, int column, String path, String message) {
    this(file, line, column, path, message, Optional.empty());
  }

  /**
   * A problem of the register reader, its message the English text of {@code reading}.
   *
   * @param file the file's name as given to the reader
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param path the field's path from the document's root; empty for the whole document
   * @param reading what is wrong, typed
   */
  public FileProblem(String file, int line, int column, String path, ReadingProblem reading) {
    this(file, line, column, path, reading.english(), Optional.of(reading));
  }

  /** {@return this problem saying {@code text} instead, in another language; its kind kept} */
  public FileProblem saying(String text) {
    return new FileProblem(file, line, column, path, text, reading);
  }

  /** {@code file:line:column: path: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (!file.isEmpty()) {
      text.append(file);
      if (line > 0) {
        text.append(':').append(line);
        if (column > 0) {
          text.append(':').append(column);
        }
      }
      text.append(": ");
    }
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(message).toString();
  }
}
