package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.repository.RegisterRevision;

/** {@code vanort db list}: the stored registers with their latest revision. */
@Command(name = "list",
    header = "List the stored registers with their latest revision.",
    description = {
        "Lists every register in the database: its id, latest revision, when that was saved and how many"
            + " records it holds.",
        "",
        "Example:",
        "  vanort db list"})
final class DbListCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() {
    ImmutableList<RegisterRevision> registers = ImmutableList.of();
    Optional<JdbcStore> store = database.openExisting(options.environment());
    if (store.isPresent()) {
      try (JdbcStore open = store.get()) {
        registers = open.registers().list();
      }
    }
    printRevisions(options, registers, "db.list.none");
    return ExitCodes.OK;
  }

  /** Revisions as a table, JSON or Markdown; {@code noneKey} says there are none. */
  static void printRevisions(CommonOptions options, ImmutableList<RegisterRevision> revisions, String noneKey) {
    Texts texts = options.texts();
    PrintWriter out = options.out();
    if (options.format == Format.JSON) {
      ArrayNode array = Json.array();
      revisions.forEach(r -> array.addObject().put("register", r.register().value()).put("revision", r.number())
          .put("savedAt", r.savedAt().toString()).put("records", r.recordCount()));
      Json.print(out, array);
      return;
    }
    if (revisions.isEmpty()) {
      out.println(texts.get(noneKey));
      return;
    }
    Table table = new Table("");
    table.row(texts.get("db.list.header").split("\\|"));
    revisions.forEach(r -> table.row(r.register().value(), String.valueOf(r.number()), r.savedAt().toString(),
        String.valueOf(r.recordCount())));
    table.print(out, options.format);
  }
}
