package se.vanort.adapters.cli.file;

/**
 * One thing wrong with a register or scenario file, with where it is: the file, the line and
 * column (1-based; 0 when unknown), the path of the field ({@code events[3].host}; empty when the
 * problem concerns the whole file) and what is wrong.
 *
 * @param file the file's name as given to the reader; may be empty when the text came from nowhere
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param path the field's path from the document's root; empty for the whole document
 * @param message what is wrong and, where it helps, what would be right
 */
public record FileProblem(String file, int line, int column, String path, String message) {
  /** Normalises absent texts to empty ones, so that {@link #toString()} can leave them out. */
  public FileProblem {
    file = file == null ? "" : file;
    path = path == null ? "" : path;
    message = message == null ? "" : message;
    line = Math.max(0, line);
    column = Math.max(0, column);
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
