package se.vanort.adapters.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps the lines of text output to a width, breaking only at spaces so that no word, id or date is
 * cut: a line that is too long goes on under its last column that leaves room enough (the text after
 * a gap of two or more spaces), else under its own indentation. A single word longer than the room stays whole, and so
 * does a row of a table wider than {@link #MAX_GAPS} columns. ANSI colour codes take no width.
 */
final class LineWrapper extends Writer {
  /** The least room a continued line keeps; a column further right is continued under the line's indent. */
  private static final int MIN_ROOM = 30;
  /**
   * A line of more columns than this (gaps of two or more spaces) is a wide table row, left whole:
   * continued lines would no longer read as its columns.
   */
  private static final int MAX_GAPS = 5;
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
  private static final Pattern GAP = Pattern.compile(" {2,}(?=\\S)");

  private final Writer target;
  private final int width;
  private final StringBuilder line = new StringBuilder();

  LineWrapper(Writer target, int width) {
    this.target = target;
    this.width = width;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (c == '\n') {
        target.write(wrap(line.toString()));
        target.write('\n');
        line.setLength(0);
      } else {
        line.append(c);
      }
    }
  }

  @Override
  public void flush() throws IOException {
    if (!line.isEmpty()) {
      target.write(wrap(line.toString()));
      line.setLength(0);
    }
    target.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  /** {@code text} (one line) broken into lines of at most {@link #width} visible characters where it can be. */
  String wrap(String text) {
    if (visible(text).length() <= width || gaps(visible(text)) > MAX_GAPS) {
      return text;
    }
    String plain = visible(text);
    int indent = indent(plain);
    StringBuilder out = new StringBuilder();
    String rest = text;
    boolean first = true;
    while (true) {
      int room = first ? width : width - indent;
      String shown = visible(rest);
      if (shown.length() <= room) {
        out.append(rest);
        break;
      }
      int cut = breakAt(rest, room, first ? indent : 0);
      if (cut < 0) {
        out.append(rest);
        break;
      }
      out.append(rest, 0, cut).append('\n').append(" ".repeat(indent));
      rest = rest.substring(cut).stripLeading();
      first = false;
    }
    return out.toString().lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  /** The column the line's overflow continues under. */
  private int indent(String plain) {
    int lead = plain.length() - plain.stripLeading().length();
    int column = lead > width - MIN_ROOM ? Math.min(lead + 4, Math.max(0, width - MIN_ROOM)) : lead;
    Matcher gap = GAP.matcher(plain);
    while (gap.find() && gap.end() <= width - MIN_ROOM) {
      column = Math.max(column, gap.end());
    }
    return column;
  }

  /**
   * The index in {@code text} (which may hold colour codes) of the last space at which the visible
   * text before it fits in {@code room}, after {@code from} visible characters; the first space
   * after that when none fits; -1 when there is no space to break at.
   */
  private static int breakAt(String text, int room, int from) {
    int visible = 0;
    int best = -1;
    int i = 0;
    while (i < text.length()) {
      Matcher code = ANSI.matcher(text).region(i, text.length());
      if (code.lookingAt()) {
        i = code.end();
        continue;
      }
      if (text.charAt(i) == ' ' && visible > from) {
        if (visible <= room) {
          best = i;
        } else {
          return best >= 0 ? best : i;
        }
      }
      visible++;
      i++;
    }
    return best;
  }

  private static int gaps(String plain) {
    int count = 0;
    for (Matcher gap = GAP.matcher(plain); gap.find(); ) {
      count++;
    }
    return count;
  }

  private static String visible(String text) {
    return ANSI.matcher(text).replaceAll("");
  }
}
