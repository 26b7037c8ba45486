package se.vanort.adapters.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.vanort.domain.Kebab;
import se.vanort.rules.obligation.DueStatus;

/**
 * The obligations timeline laid out for SVG: a row per kind of obligation, a column per year, and in
 * each cell a mark per status with how many obligations have it. Each status has a shape of its own
 * (done: a filled circle with a tick; due: an open circle; missed: a cross; optional: a dashed
 * diamond), so that the timeline reads in black and white; colour only repeats the shape.
 *
 * @param caption the figure's caption
 * @param description what the figure shows, for readers who cannot see it
 * @param width the drawing's width in user units
 * @param height the drawing's height
 * @param columns the years
 * @param rows the kinds of obligation
 * @param legend a mark of each status with its word
 * @param asOf the line of the as-of date, where it falls inside the years
 */
public record Timeline(String caption, String description, int width, int height, List<Column> columns,
    List<Row> rows, List<Mark> legend, Optional<Line> asOf) {

  /** The width of the row labels. */
  public static final int LABEL_WIDTH = 330;
  /** The width of a year. */
  public static final int COLUMN_WIDTH = 96;
  /** The height of the year headings. */
  public static final int HEADER_HEIGHT = 34;
  /** The height of a row. */
  public static final int ROW_HEIGHT = 30;
  /** The height of the legend below the rows. */
  public static final int LEGEND_HEIGHT = 44;
  /** The distance between two marks of a cell. */
  public static final int MARK_STEP = 26;

  /** The statuses in the order their marks stand in a cell and in the legend. */
  static final List<DueStatus> ORDER = List.of(DueStatus.DONE, DueStatus.DUE, DueStatus.MISSED, DueStatus.OPTIONAL);

  /**
   * A year.
   *
   * @param label the year
   * @param x its left edge
   * @param center its middle, where its label stands
   * @param withoutAgreement whether no agreement is in force in it (drawn hatched)
   */
  public record Column(String label, int x, int center, boolean withoutAgreement) {}

  /**
   * A kind of obligation across the years.
   *
   * @param label what falls due
   * @param clause the clause that requires it
   * @param y its top edge
   * @param middle its vertical middle, where its marks and label stand
   * @param cells its years, in the order of the columns
   */
  public record Row(String label, String clause, int y, int middle, List<Cell> cells) {}

  /**
   * A year of a kind of obligation.
   *
   * @param x its left edge
   * @param title what it holds, one obligation a line, shown as the cell's tooltip
   * @param marks a mark per status present
   */
  public record Cell(int x, String title, List<Mark> marks) {}

  /**
   * A status drawn at a point.
   *
   * @param status {@code done}, {@code due}, {@code missed} or {@code optional}: the shape and the class
   * @param x the centre of the shape
   * @param y its middle
   * @param count how many obligations have the status, empty when one
   * @param label the status in words
   */
  public record Mark(String status, int x, int y, String count, String label) {}

  /**
   * A dashed vertical line, explained in the legend by a short dashed stroke and its label.
   *
   * @param x where it stands
   * @param top its top
   * @param bottom its bottom
   * @param label what it marks
   * @param legendX where its stroke in the legend starts
   * @param legendY the middle of the legend
   */
  public record Line(int x, int top, int bottom, String label, int legendX, int legendY) {}

  /**
   * One obligation in a cell.
   *
   * @param status where it stands
   * @param text what it is, in words
   */
  public record Entry(DueStatus status, String text) {}

  /**
   * A kind of obligation with its obligations by year, before layout.
   *
   * @param label what falls due
   * @param clause the clause that requires it
   * @param years the obligations of each year
   */
  public record RowSpec(String label, String clause, Map<Integer, List<Entry>> years) {}

  /**
   * {@return the timeline of {@code rows} over {@code years}, laid out}
   *
   * @param caption the caption
   * @param description what it shows, in words
   * @param years the years, in order
   * @param rows the kinds of obligation, in order
   * @param words the word for each status
   * @param withoutAgreement the years in which no agreement is in force
   * @param asOfYear the year of the as-of date, with the fraction of it that has passed (2025.99)
   * @param asOfLabel the label of the as-of line
   */
  public static Timeline layout(String caption, String description, List<Integer> years, List<RowSpec> rows,
      Map<DueStatus, String> words, Set<Integer> withoutAgreement, double asOfYear, String asOfLabel) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      int x = LABEL_WIDTH + i * COLUMN_WIDTH;
      columns.add(new Column(String.valueOf(years.get(i)), x, x + COLUMN_WIDTH / 2,
          withoutAgreement.contains(years.get(i))));
    }
    List<Row> laidOut = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      RowSpec spec = rows.get(r);
      int y = HEADER_HEIGHT + r * ROW_HEIGHT;
      int middle = y + ROW_HEIGHT / 2;
      List<Cell> cells = new ArrayList<>();
      for (Column column : columns) {
        List<Entry> entries = spec.years().getOrDefault(Integer.valueOf(column.label()), List.of());
        List<Mark> marks = new ArrayList<>();
        for (DueStatus status : ORDER) {
          long count = entries.stream().filter(e -> e.status() == status).count();
          if (count > 0) {
            marks.add(new Mark(slug(status), column.x() + 16 + marks.size() * MARK_STEP, middle,
                count > 1 ? String.valueOf(count) : "", words.get(status)));
          }
        }
        String title = column.label() + ", " + spec.label() + ":\n" + String.join("\n",
            entries.stream().map(e -> words.get(e.status()) + ": " + e.text()).toList());
        cells.add(new Cell(column.x(), entries.isEmpty() ? "" : title, marks));
      }
      laidOut.add(new Row(spec.label(), spec.clause(), y, middle, cells));
    }
    int bottom = HEADER_HEIGHT + rows.size() * ROW_HEIGHT;
    List<Mark> legend = new ArrayList<>();
    int x = LABEL_WIDTH + 16;
    for (DueStatus status : ORDER) {
      legend.add(new Mark(slug(status), x, bottom + LEGEND_HEIGHT / 2 + 4, "", words.get(status)));
      x += 34 + 8 * words.get(status).length();
    }
    Optional<Line> line = Optional.empty();
    if (!years.isEmpty() && asOfYear >= years.get(0) && asOfYear < years.get(years.size() - 1) + 1) {
      int at = LABEL_WIDTH + (int) Math.round((asOfYear - years.get(0)) * COLUMN_WIDTH);
      line = Optional.of(new Line(at, HEADER_HEIGHT - 6, bottom, asOfLabel, x, bottom + LEGEND_HEIGHT / 2 + 4));
    }
    // the legend may be wider than a short period's years
    int legendEnd = x + line.map(l -> 40 + 8 * l.label().length()).orElse(0);
    int width = Math.max(LABEL_WIDTH + columns.size() * COLUMN_WIDTH + 8, legendEnd);
    return new Timeline(caption, description, width, bottom + LEGEND_HEIGHT, columns, laidOut, legend, line);
  }

  private static String slug(DueStatus status) {
    return Kebab.of(status);
  }
}
