package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks that Markdown renders as meant: every table has a header, a separator, and rows as wide. */
final class MarkdownShape {
  private MarkdownShape() {}

  /** Fails unless every table in {@code markdown} is whole and the text has a Markdown element. */
  static void assertWhole(String markdown) {
    List<String> lines = markdown.lines().toList();
    assertThat(lines).as(markdown)
        .anyMatch(line -> line.startsWith("# ") || line.startsWith("## ") || line.startsWith("| ") || line.startsWith("- "));
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("|") || (i > 0 && lines.get(i - 1).startsWith("|"))) {
        continue;
      }
      int columns = cells(lines.get(i));
      assertThat(i + 1).as("a table header without a separator:\n" + markdown).isLessThan(lines.size());
      assertThat(lines.get(i + 1)).as(markdown).matches("\\|(\\s*:?-+:?\\s*\\|)+");
      assertThat(cells(lines.get(i + 1))).as(markdown).isEqualTo(columns);
      for (int j = i + 2; j < lines.size() && lines.get(j).startsWith("|"); j++) {
        assertThat(cells(lines.get(j))).as("row " + lines.get(j) + " of a table of " + columns).isEqualTo(columns);
      }
    }
  }

  /** The cells of a table row: the pipes not escaped, less one. */
  private static int cells(String row) {
    int pipes = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
        pipes++;
      }
    }
    return pipes - 1;
  }
}
