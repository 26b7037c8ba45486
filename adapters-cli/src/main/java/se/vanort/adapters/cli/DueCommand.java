package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vanort.domain.DateRange;
import se.vanort.domain.Kebab;
import se.vanort.domain.register.Register;
import se.vanort.rules.Messages;
import se.vanort.rules.query.DueCalendar;
import se.vanort.rules.query.DueItem;
import se.vanort.rules.obligation.DueStatus;
import se.vanort.rules.query.Queries;

/** {@code vanort due FILE}: the calendar of what is due, done and missed. */
@Command(name = "due",
    header = "Show the calendar of what is due, done and missed; export it as iCalendar.",
    description = {
        "Lists what the agreement and the strategy require in a year (or a period): conferences, meetings,"
            + " youth camps, secretaries' and network meetings, revisions and reports, each with its clause and"
            + " whether it is done, due, missed or optional as of the register's as-of date. --ics writes the"
            + " same calendar as an iCalendar file that calendar programs import.",
        "",
        "Examples:",
        "  vanort due examples/vimmerby.yaml --year 2026",
        "  vanort due examples/vimmerby.yaml --year 2026 --ics vanort-2026.ics"})
final class DueCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  ReadOptions reading;

  @Parameters(paramLabel = "FILE", descriptionKey = "register-file", description = "The register (YAML or JSON).")
  Path file;

  @ArgGroup(exclusive = true)
  When when;

  @Option(names = "--ics", paramLabel = "OUT.ics", descriptionKey = "ics",
      description = "Also write the calendar as an iCalendar file.")
  Path ics;

  @Option(names = "--force", descriptionKey = "force", description = "Overwrite the --ics file if it exists.")
  boolean force;

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class, descriptionKey = "as-of",
      description = "Judge done, due and missed as of DATE instead of the register's as-of date.")
  java.time.LocalDate asOf;

  /** A year or a period; the year of the as-of date when neither is given. */
  static final class When {
    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "year", converter = DateConverter.YearConverter.class,
        description = "The calendar year (default: the year of the as-of date).")
    Integer year;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "due-period", converter = PeriodConverter.class,
        description = "A period instead of one year, e.g. 2025..2027.")
    DateRange period;
  }

  @Override
  public Integer call() throws IOException {
    if (ics != null) {
      OutputFiles.checkWritable(ics, force, options.texts());
    }
    Register register = Registers.asOf(Registers.read(file, reading.limits()), asOf);
    DateRange range = when == null ? DateRange.ofYear(register.asOf().getYear())
        : when.period != null ? when.period : DateRange.ofYear(when.year);
    DueCalendar calendar = dated(Queries.of(register), range);
    Texts texts = options.texts();
    PrintWriter out = options.out();
    switch (options.format) {
      case JSON -> Json.print(out, json(calendar, texts.messages()));
      case MARKDOWN -> markdown(out, calendar, register, texts);
      case TEXT -> text(out, calendar, register, texts);
    }
    if (ics != null) {
      Calendars.write(ics, calendar, register, texts);
      options.err().println(texts.get("due.ics-written", calendar.getItems().size(), ics));
    }
    return ExitCodes.OK;
  }

  /**
   * The items dated in {@code range}: an obligation of a year may fall due in the next (the report
   * back of year Y by 30 June Y+1), so the year before the range is asked too, and every item is
   * shown in the range its own date lies in.
   */
  static DueCalendar dated(Queries queries, DateRange range) {
    DueCalendar wide = queries.due(DateRange.of(range.from().minusYears(1).withDayOfYear(1), range.to()));
    return wide.withRange(range).withItems(wide.getItems().stream().filter(item -> range.contains(item.getDate()))
        .collect(ImmutableList.toImmutableList()));
  }

  private void text(PrintWriter out, DueCalendar calendar, Register register, Texts texts) {
    Messages messages = texts.messages();
    Ansi ansi = options.colour() ? Ansi.ON : Ansi.OFF;
    out.println(texts.get("due.title", register.getId(), texts.period(calendar.getRange()),
        texts.date(calendar.getAsOf())));
    out.println();
    Table table = new Table("  ", ansi);
    for (DueItem item : calendar.getItems()) {
      String coloured = "@|" + colour(item.getStatus()) + " " + status(item.getStatus(), messages) + "|@";
      table.row(item.getDate().toString(), coloured, item.getClause().value(),
          item.description(messages) + records(item));
    }
    table.print(out);
    if (calendar.getItems().isEmpty()) {
      out.println(texts.get("due.nothing"));
    }
    out.println();
    out.println(summary(calendar, texts));
  }

  private void markdown(PrintWriter out, DueCalendar calendar, Register register, Texts texts) {
    Messages messages = texts.messages();
    out.println("# " + texts.get("due.title", register.getId(), texts.period(calendar.getRange()),
        texts.date(calendar.getAsOf())));
    out.println();
    out.println("| " + texts.get("due.markdown.header") + " |");
    out.println("|---|---|---|---|---|");
    for (DueItem item : calendar.getItems()) {
      out.println("| " + item.getDate() + " | " + status(item.getStatus(), messages) + " | `" + item.getClause()
          + "` | " + ReportWriter.cell(item.description(messages)) + " | " + String.join(", ", item.getRecords()) + " |");
    }
    out.println();
    out.println(summary(calendar, texts));
  }

  private static String summary(DueCalendar calendar, Texts texts) {
    Map<DueStatus, Long> counts = calendar.getItems().stream()
        .collect(Collectors.groupingBy(DueItem::getStatus, Collectors.counting()));
    return texts.get("due.summary", counts.getOrDefault(DueStatus.DONE, 0L), counts.getOrDefault(DueStatus.DUE, 0L),
        counts.getOrDefault(DueStatus.MISSED, 0L), counts.getOrDefault(DueStatus.OPTIONAL, 0L));
  }

  private static String records(DueItem item) {
    return item.getRecords().isEmpty() ? "" : "  (" + String.join(", ", item.getRecords()) + ")";
  }

  static String status(DueStatus status, Messages messages) {
    return messages.text(status.messageKey());
  }

  private static String colour(DueStatus status) {
    return switch (status) {
      case DONE -> "green";
      case DUE -> "yellow";
      case MISSED -> "bold,red";
      case OPTIONAL -> "faint";
    };
  }

  private static ObjectNode json(DueCalendar calendar, Messages messages) {
    ObjectNode root = Json.object();
    root.putObject("range").put("from", calendar.getRange().from().toString())
        .put("to", calendar.getRange().to().toString());
    root.put("asOf", calendar.getAsOf().toString());
    ArrayNode items = root.putArray("items");
    for (DueItem item : calendar.getItems()) {
      ObjectNode node = items.addObject().put("uid", item.getUid()).put("kind", Kebab.of(item.getKind()))
          .put("year", item.getYear()).put("date", item.getDate().toString())
          .put("deadline", item.getDeadline().toString()).put("status", item.getStatus().name())
          .put("clause", item.getClause().value()).put("rule", item.getRule().value())
          .put("document", item.getDocument().toString());
      Json.putOptional(node, "municipality", item.getMunicipality());
      ArrayNode records = node.putArray("records");
      item.getRecords().forEach(records::add);
      node.put("description", item.description(messages));
    }
    return root;
  }
}
