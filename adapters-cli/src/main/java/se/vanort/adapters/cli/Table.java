package se.vanort.adapters.cli;

import com.google.common.base.Strings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text cells printed in aligned columns; the last column is never padded. */
final class Table {
  private final String indent;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String indent) {
    this.indent = indent;
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

  /** The rows as a Markdown table whose first row is the header. */
  void printMarkdown(PrintWriter out) {
    for (int i = 0; i < rows.size(); i++) {
      out.println("| " + String.join(" | ", rows.get(i).stream().map(ReportWriter::cell).toList()) + " |");
      if (i == 0) {
        out.println("|" + "---|".repeat(rows.get(0).size()));
      }
    }
  }

  /** The rows in aligned columns. */
  void print(PrintWriter out) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size() - 1; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.size(); i++) {
        line.append(i == row.size() - 1 ? row.get(i) : Strings.padEnd(row.get(i), widths[i], ' ') + "  ");
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
