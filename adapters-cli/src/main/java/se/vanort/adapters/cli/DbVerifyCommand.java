package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.Kebab;
import se.vanort.domain.repository.RevisionCheck;
import se.vanort.domain.register.RegisterId;

/** {@code vanort db verify [ID]}: whether every stored revision still holds what was saved. */
@Command(name = "verify",
    header = "Check that every stored revision still holds what was saved.",
    description = {
        "Reads every revision of the register (of every register without ID) and compares it with the record"
            + " count and the SHA-256 saved with it; reports revisions that are damaged, changed behind vanort's"
            + " back or missing. Exit code 0 when every revision is sound, 1 when any is not.",
        "",
        "Examples:",
        "  vanort db verify",
        "  vanort db verify vimmerby"})
final class DbVerifyCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  DatabaseOptions database;

  @Parameters(paramLabel = "ID", arity = "0..1", descriptionKey = "register-id-optional",
      description = "The register's id, e.g. vimmerby (default: every register).")
  String id;

  @Override
  public Integer call() {
    Optional<RegisterId> registerId = Optional.ofNullable(id).map(DatabaseOptions::registerId);
    ImmutableList<RevisionCheck> checks;
    try (JdbcStore store = database.open(options.environment())) {
      checks = store.verify(registerId);
    }
    Texts texts = options.texts();
    if (checks.isEmpty() && registerId.isPresent()) {
      throw new BadInputException(texts.get("db.verify.unknown", registerId.get()));
    }
    long bad = checks.stream().filter(RevisionCheck::isBad).count();
    PrintWriter out = options.out();
    if (options.format == Format.JSON) {
      ArrayNode array = Json.array();
      checks.forEach(c -> array.addObject().put("register", c.register().value()).put("revision", c.revision())
          .put("status", Kebab.of(c.status())).put("detail", c.detail()));
      Json.print(out, array);
    } else if (checks.isEmpty()) {
      out.println(texts.get("db.list.none"));
    } else {
      Table table = new Table("");
      table.row(texts.get("db.verify.header").split("\\|"));
      checks.forEach(c -> table.row(c.register().value(), String.valueOf(c.revision()),
          texts.get("db.verify." + Kebab.of(c.status())), c.detail()));
      table.print(out, options.format);
      out.println(bad == 0 ? texts.get("db.verify.sound", checks.size())
          : texts.get("db.verify.summary", bad, checks.size()));
    }
    return bad == 0 ? ExitCodes.OK : ExitCodes.BREACH;
  }
}
