package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.document.Modality;
import se.vanort.domain.repository.RegisterRevision;
import se.vanort.rules.Report;
import se.vanort.rules.history.EvaluationEntry;
import se.vanort.rules.history.LoggedReport;

/** {@code vanort db history ID}: the revisions of a register and the checks saved of it. */
@Command(name = "history",
    header = "Show a register's revisions and the checks saved of it.",
    description = {
        "Lists the stored revisions of the register, then every check saved with 'check --save': when, of"
            + " which revision, with which rulebook version, over which period and as of which date, and how"
            + " many SHALL and SHOULD findings it had; with --checks, the findings themselves.",
        "",
        "Examples:",
        "  vanort db history vimmerby",
        "  vanort db history vimmerby --checks"})
final class DbHistoryCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  DatabaseOptions database;

  @Mixin
  RegisterIdParameter idParameter;

  @Option(names = "--checks", descriptionKey = "history-checks",
      description = "Also show the findings of every saved check.")
  boolean findings;

  @Override
  public Integer call() {
    RegisterId registerId = idParameter.registerId();
    Texts texts = options.texts();
    ImmutableList<RegisterRevision> revisions = ImmutableList.of();
    ImmutableList<LoggedReport> checks = ImmutableList.of();
    Optional<JdbcStore> store = database.openExisting(options.environment());
    String unknown;
    try {
      if (store.isPresent()) {
        revisions = store.get().registers().revisions(registerId);
        checks = store.get().evaluations().history(registerId);
      }
      unknown = revisions.isEmpty() && checks.isEmpty() ? DatabaseOptions.unknownRegister(store, registerId, texts) : null;
    } finally {
      store.ifPresent(JdbcStore::close);
    }
    if (unknown != null) {
      throw new BadInputException(unknown);
    }
    PrintWriter out = options.out();
    if (options.format == Format.JSON) {
      ObjectNode root = Json.object().put("register", registerId.value());
      ArrayNode revisionArray = root.putArray("revisions");
      revisions.forEach(r -> revisionArray.addObject().put("revision", r.number()).put("savedAt", r.savedAt().toString())
          .put("records", r.recordCount()));
      ArrayNode checkArray = root.putArray("checks");
      for (LoggedReport check : checks) {
        EvaluationEntry entry = check.entry();
        ObjectNode node = checkArray.addObject().put("id", entry.id());
        Json.putOptional(node, "revision", entry.revision());
        node.put("recordedAt", entry.recordedAt().toString()).put("rulebook", entry.rulebookVersion())
            .put("period", entry.period().toString()).put("asOf", entry.asOf().toString())
            .put("shall", count(check.report(), Modality.SHALL)).put("should", count(check.report(), Modality.SHOULD));
        if (findings) {
          node.set("findings", ReportWriter.findingsJson(check.report().getFindings(), texts.messages()));
        }
      }
      Json.print(out, root);
      return ExitCodes.OK;
    }
    out.println(texts.get("db.history.revisions", registerId));
    DbListCommand.printRevisions(options, revisions, "db.history.no-revisions");
    out.println();
    out.println(texts.get("db.history.checks"));
    if (checks.isEmpty()) {
      out.println(texts.get("db.history.no-checks", registerId));
      return ExitCodes.OK;
    }
    Table table = new Table("");
    table.row(texts.get("db.history.header").split("\\|"));
    for (LoggedReport check : checks) {
      EvaluationEntry entry = check.entry();
      table.row(String.valueOf(entry.id()), entry.recordedAt().toString(),
          entry.revision().map(String::valueOf).orElse("-"), entry.rulebookVersion(), entry.period().toString(),
          entry.asOf().toString(), String.valueOf(count(check.report(), Modality.SHALL)),
          String.valueOf(count(check.report(), Modality.SHOULD)));
    }
    table.print(out, options.format);
    if (findings) {
      ReportWriter writer = new ReportWriter(texts, options.colour());
      for (LoggedReport check : checks) {
        out.println();
        out.println((options.format == Format.MARKDOWN ? "## " : "") + texts.get("db.history.findings", check.entry().id()));
        if (options.format == Format.MARKDOWN) {
          writer.findingsMarkdown(out, check.report().getFindings());
        } else {
          writer.findingsText(out, check.report().getFindings());
        }
        if (check.report().getFindings().isEmpty()) {
          out.println(texts.get("report.summary.none"));
        }
      }
    }
    return ExitCodes.OK;
  }

  private static long count(Report report, Modality modality) {
    return report.getFindings().stream().filter(f -> f.getModality() == modality).count();
  }
}
