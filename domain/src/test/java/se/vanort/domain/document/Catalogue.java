package se.vanort.domain.document;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static com.google.common.collect.ImmutableMap.toImmutableMap;
import static com.google.common.collect.ImmutableSet.toImmutableSet;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** The repository's snapshot of the product definition, {@code docs/catalogue.md}, read as data. */
final class Catalogue {
  private static final Splitter CELLS = Splitter.on('|').trimResults();
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern CLAUSE_CELL = Pattern.compile("`[A-Z][A-Z0-9]*/[^`]+`.*");
  private static final Pattern DOCUMENT_CELL = Pattern.compile("`[A-Z][A-Z0-9]*`");
  private static final Pattern NUMBERED_LOCAL = Pattern.compile("([A-Za-z]+)(\\d+)");
  private static final Pattern RULE_TOKEN = Pattern.compile("`((?:va|vis)\\.[^`]*)`");

  /** One row of a document's clause table. */
  record Row(ImmutableList<ClauseId> clauses, Optional<RuleId> rule, Modality modality, String check) {
    boolean isCheckable() {
      // "reference data" (VIS2016/B) describes records, it does not check them.
      return !check.startsWith("not checkable") && !check.startsWith("reference data");
    }
  }

  private final String text;
  private final ImmutableList<Row> rows;
  private final ImmutableMap<DocumentId, String> titles;

  private Catalogue(String text) {
    this.text = text;
    var tables = text.lines().filter(line -> line.startsWith("|")).map(Catalogue::cells).toList();
    this.rows =
        tables.stream()
            .filter(cells -> cells.size() == 5 && CLAUSE_CELL.matcher(cells.get(0)).matches())
            .map(Catalogue::row)
            .collect(toImmutableList());
    this.titles =
        tables.stream()
            .filter(cells -> DOCUMENT_CELL.matcher(cells.get(0)).matches() && cells.get(2).startsWith("`seeds/"))
            .collect(toImmutableMap(cells -> DocumentId.of(unquote(cells.get(0))), cells -> cells.get(1)));
  }

  /** Reads {@code docs/catalogue.md} of the nearest directory, from the working directory up, that has one. */
  static Catalogue read() {
    for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      var file = dir.resolve("docs/catalogue.md");
      if (Files.isRegularFile(file)) {
        try {
          return new Catalogue(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new IllegalStateException("cannot read " + file, e);
        }
      }
    }
    throw new IllegalStateException("no docs/catalogue.md above " + Path.of("").toAbsolutePath());
  }

  ImmutableList<Row> rows() {
    return rows;
  }

  ImmutableMap<DocumentId, String> titles() {
    return titles;
  }

  ImmutableSet<ClauseId> clauseIds() {
    return rows.stream().flatMap(row -> row.clauses().stream()).collect(toImmutableSet());
  }

  ImmutableSet<RuleId> ruleIds() {
    return rows.stream().flatMap(row -> row.rule().stream()).collect(toImmutableSet());
  }

  /** Every backticked {@code va.*} or {@code vis.*} token anywhere in the catalogue, table or prose. */
  ImmutableSet<String> ruleTokens() {
    return RULE_TOKEN.matcher(text).results().map(result -> result.group(1)).collect(toImmutableSet());
  }

  private static List<String> cells(String line) {
    var cells = CELLS.splitToList(line);
    return cells.subList(1, cells.size() - 1);
  }

  private static Row row(List<String> cells) {
    var rule = cells.get(2).equals("—") ? Optional.<RuleId>empty() : Optional.of(RuleId.of(unquote(cells.get(2))));
    return new Row(clauses(cells.get(0)), rule, Modality.valueOf(cells.get(3).replace("`", "")), cells.get(4));
  }

  /** The clauses of a clause cell, a range such as {@code `VA2021/S1`…`S5`} expanded. */
  private static ImmutableList<ClauseId> clauses(String cell) {
    var tokens = BACKTICKED.matcher(cell).results().map(result -> result.group(1)).toList();
    var first = ClauseId.of(tokens.get(0));
    if (!cell.contains("…")) {
      return ImmutableList.of(first);
    }
    var from = numbered(first.getLocal());
    var to = numbered(tokens.get(1));
    return IntStream.rangeClosed(Integer.parseInt(from.group(2)), Integer.parseInt(to.group(2)))
        .mapToObj(number -> ClauseId.of(first.getDocument(), from.group(1) + number))
        .collect(toImmutableList());
  }

  private static Matcher numbered(String local) {
    var matcher = NUMBERED_LOCAL.matcher(local);
    if (!matcher.matches()) {
      throw new IllegalStateException("a range end must be letters and a number: " + local);
    }
    return matcher;
  }

  private static String unquote(String cell) {
    var matcher = BACKTICKED.matcher(cell);
    if (!matcher.matches()) {
      throw new IllegalStateException("expected one backticked token: " + cell);
    }
    return matcher.group(1);
  }
}
