package se.vanort.adapters.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;

/**
 * Rows of text cells printed in aligned columns by picocli's {@link TextTable}, which measures the
 * visible text: a cell may carry picocli markup ({@code @|green done|@}), coloured only when the
 * table's {@link Ansi} is on and never counted in the width. The last column is never padded.
 */
final class Table {
  private static final int GAP = 2;

  private final String indent;
  private final Ansi ansi;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table without colour. */
  Table(String indent) {
    this(indent, Ansi.OFF);
  }

  Table(String indent, Ansi ansi) {
    this.indent = indent;
    this.ansi = ansi;
  }

  /** Adds a row of {@code cells}. */
  Table row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The rows as a Markdown table when {@code format} is Markdown, else aligned. */
  void print(PrintWriter out, Format format) {
    if (format == Format.MARKDOWN) {
      printMarkdown(out);
    } else {
      print(out);
    }
  }

  /** The rows as a Markdown table whose first row is the header; markup is left out. */
  void printMarkdown(PrintWriter out) {
    for (int i = 0; i < rows.size(); i++) {
      out.println("| " + String.join(" | ", rows.get(i).stream()
          .map(cell -> ReportWriter.cell(Ansi.OFF.text(cell).plainString())).toList()) + " |");
      if (i == 0) {
        out.println("|" + "---|".repeat(rows.get(0).size()));
      }
    }
  }

  /** The rows in aligned columns, each as wide as its widest visible cell. */
  void print(PrintWriter out) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    if (columns == 0) {
      return;
    }
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], ansi.text(row.get(i)).getCJKAdjustedLength());
      }
    }
    Column[] layout = new Column[columns];
    for (int i = 0; i < columns; i++) {
      int margin = i == 0 ? indent.length() : 0;
      int gap = i == columns - 1 ? 0 : GAP;
      layout[i] = new Column(Math.max(1, margin + widths[i] + gap), margin, Overflow.SPAN);
    }
    TextTable table = TextTable.forColumns(ansi, layout);
    for (List<String> row : rows) {
      String[] cells = Arrays.copyOf(row.toArray(String[]::new), columns);
      Arrays.setAll(cells, i -> cells[i] == null ? "" : cells[i]);
      table.addRowValues(cells);
    }
    table.toString().lines().map(String::stripTrailing).forEach(out::println);
  }
}
