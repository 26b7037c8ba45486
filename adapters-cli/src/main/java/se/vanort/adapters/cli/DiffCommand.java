package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.Kebab;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.repository.StoredRegister;
import se.vanort.rules.Finding;
import se.vanort.rules.Messages;
import se.vanort.rules.history.LoggedReport;

/** {@code vanort diff ID}: the findings fixed, new and still open between two states of a register. */
@Command(name = "diff",
    header = "Compare the findings of two revisions, two saved checks, or a file and the stored register.",
    description = {
        "Answers what has been fixed since the last check and what is new: the findings of the earlier state"
            + " that the later one no longer has (fixed), those the later one has that the earlier did not"
            + " (new), and those of both (still open). A finding is the same when its rule, municipality,"
            + " year, day and records are. Exits 1 if a SHALL finding is new.",
        "",
        "Examples:",
        "  vanort diff vimmerby --file examples/vimmerby.yaml",
        "  vanort diff vimmerby --revisions 1..2",
        "  vanort diff vimmerby --checks 1..2"})
final class DiffCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  DatabaseOptions database;

  @Mixin
  RegisterIdParameter idParameter;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  @Mixin
  PeriodOption period;

  @Mixin
  ReadOptions reading;

  /** The two states compared. */
  static final class What {
    @Option(names = "--revisions", paramLabel = "A..B", descriptionKey = "diff-revisions",
        description = "Check stored revisions A and B of the register and compare their findings.")
    String revisions;

    @Option(names = "--checks", paramLabel = "X..Y", descriptionKey = "diff-checks",
        description = "Compare the findings of saved checks X and Y (see 'db history ID').")
    String checks;

    @Option(names = "--file", paramLabel = "FILE", descriptionKey = "diff-file",
        description = "Compare the latest stored revision with the register in FILE (YAML or JSON).")
    Path file;
  }

  private record State(String kind, String id, List<Finding> findings) {}

  @Override
  public Integer call() {
    Texts texts = options.texts();
    RegisterId registerId = idParameter.registerId();
    Register fromFile = what.file == null ? null : Registers.read(what.file, reading.limits());
    Optional<JdbcStore> store = database.openExisting(options.environment());
    State before;
    State after;
    try {
      if (what.revisions != null) {
        int[] pair = pair(what.revisions, "--revisions", texts);
        before = revision(store, registerId, pair[0], texts);
        after = revision(store, registerId, pair[1], texts);
      } else if (what.checks != null) {
        int[] pair = pair(what.checks, "--checks", texts);
        before = check(store, registerId, pair[0], texts);
        after = check(store, registerId, pair[1], texts);
      } else {
        StoredRegister stored = DatabaseOptions.load(store, registerId, null, texts);
        before = new State("revision", String.valueOf(stored.revision().number()), check(stored.register()));
        after = new State("file", what.file.toString(), check(fromFile));
      }
    } finally {
      store.ifPresent(JdbcStore::close);
    }
    FindingChanges changes = FindingChanges.between(before.findings(), after.findings());
    print(registerId, before, after, changes, texts);
    return changes.hasNewBreach() ? ExitCodes.BREACH : ExitCodes.OK;
  }

  private State revision(Optional<JdbcStore> store, RegisterId registerId, int number, Texts texts) {
    StoredRegister stored = DatabaseOptions.load(store, registerId, number, texts);
    return new State("revision", String.valueOf(number), check(stored.register()));
  }

  private static State check(Optional<JdbcStore> store, RegisterId registerId, int number, Texts texts) {
    Optional<LoggedReport> logged = store.flatMap(s -> s.evaluations().find(number))
        .filter(report -> report.entry().register().equals(registerId));
    if (logged.isEmpty()) {
      ImmutableList<String> saved = store.map(s -> s.evaluations().entries(registerId).stream()
          .map(entry -> String.valueOf(entry.id())).collect(ImmutableList.toImmutableList())).orElse(ImmutableList.of());
      throw new BadInputException(texts.get("diff.no-check", registerId, number,
          saved.isEmpty() ? "-" : String.join(", ", saved)));
    }
    return new State("check", String.valueOf(number), logged.get().report().getFindings());
  }

  private List<Finding> check(Register register) {
    return period.check(register).getFindings();
  }

  /** {@code 1..2} as {1, 2}. */
  private static int[] pair(String text, String option, Texts texts) {
    String[] parts = text.strip().split("\\.\\.", -1);
    try {
      if (parts.length == 2) {
        int[] pair = {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
        if (pair[0] > 0 && pair[1] > 0) {
          return pair;
        }
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new BadInputException(texts.get("diff.pair", option, text));
  }

  private void print(RegisterId registerId, State before, State after, FindingChanges changes, Texts texts) {
    PrintWriter out = options.out();
    String title = texts.get("diff.title", registerId, texts.get("diff." + before.kind(), before.id()),
        texts.get("diff." + after.kind(), after.id()));
    String summary = texts.get("diff.summary", changes.fixed().size(), changes.added().size(), changes.open().size());
    List<Section> sections = List.of(new Section("fixed", changes.fixed()), new Section("new", changes.added()),
        new Section("open", changes.open()));
    switch (options.format) {
      case JSON -> {
        ObjectNode root = Json.object().put("register", registerId.value());
        root.putObject("from").put("kind", before.kind()).put("id", before.id());
        root.putObject("to").put("kind", after.kind()).put("id", after.id());
        sections.forEach(section -> root.set(section.name(), ReportWriter.findingsJson(section.findings(), texts.messages())));
        root.putObject("summary").put("fixed", changes.fixed().size()).put("new", changes.added().size())
            .put("open", changes.open().size());
        Json.print(out, root);
      }
      case MARKDOWN -> {
        out.println("# " + title);
        for (Section section : sections) {
          out.println();
          out.println("## " + texts.get("diff.heading." + section.name(), section.findings().size()));
          if (!section.findings().isEmpty()) {
            out.println();
            table(section.findings(), texts.messages(), Ansi.OFF, true).printMarkdown(out);
          }
        }
        out.println();
        out.println(summary);
      }
      case TEXT -> {
        Ansi ansi = options.colour() ? Ansi.ON : Ansi.OFF;
        out.println(title);
        for (Section section : sections) {
          out.println();
          out.println(ansi.string("@|bold " + texts.get("diff.heading." + section.name(), section.findings().size()) + "|@"));
          table(section.findings(), texts.messages(), ansi, false).print(out);
        }
        out.println();
        out.println(summary);
      }
    }
  }

  private record Section(String name, List<Finding> findings) {}

  private Table table(List<Finding> findings, Messages messages, Ansi ansi, boolean header) {
    Table table = new Table("  ", ansi);
    if (header) {
      table.row(options.texts().get("diff.markdown.header").split("\\|"));
    }
    for (Finding finding : findings) {
      table.row(ReportWriter.when(finding),
          options.texts().get("modality." + Kebab.of(finding.getModality())),
          finding.getClause().value(),
          finding.getRule().value(), messages.message(finding));
    }
    return table;
  }
}
