package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vanort.adapters.jdbc.JdbcStore;
import se.vanort.domain.register.Register;
import se.vanort.domain.register.RegisterId;
import se.vanort.domain.repository.RegisterRevision;
import se.vanort.domain.repository.StoredRegister;
import se.vanort.rules.history.EvaluationEntry;

/** {@code vanort db show ID}: one stored revision of a register, what it holds and the checks saved of it. */
@Command(name = "show",
    header = "Show a stored revision of a register: what it holds and the checks saved of it.",
    description = {
        "Shows the latest revision of the register (or --revision N): when it was saved, its as-of date, how"
            + " many records of each kind it holds, and which saved checks were made of it. 'db export' writes"
            + " the register itself.",
        "",
        "Examples:",
        "  vanort db show vimmerby",
        "  vanort db show vimmerby --revision 1 --format json"})
final class DbShowCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Mixin
  DatabaseOptions database;

  @Mixin
  RegisterIdParameter idParameter;

  @Option(names = "--revision", paramLabel = "N", descriptionKey = "show-revision",
      description = "The revision to show (default: the latest).")
  Integer revision;

  @Override
  public Integer call() {
    Texts texts = options.texts();
    RegisterId registerId = idParameter.registerId();
    Optional<JdbcStore> store = database.openExisting(options.environment());
    StoredRegister stored;
    int latest;
    ImmutableList<Long> checks;
    try {
      stored = DatabaseOptions.load(store, registerId, revision, texts);
      ImmutableList<RegisterRevision> revisions = store.orElseThrow().registers().revisions(registerId);
      latest = revisions.get(revisions.size() - 1).number();
      checks = store.orElseThrow().evaluations().entries(registerId).stream()
          .filter(entry -> entry.revision().equals(Optional.of(stored.revision().number())))
          .map(EvaluationEntry::id).collect(ImmutableList.toImmutableList());
    } finally {
      store.ifPresent(JdbcStore::close);
    }
    Register register = stored.register();
    RegisterRevision shown = stored.revision();
    Map<String, Integer> counts = counts(register);
    PrintWriter out = options.out();
    if (options.format == Format.JSON) {
      ObjectNode root = Json.object().put("register", registerId.value()).put("revision", shown.number())
          .put("latest", latest).put("savedAt", shown.savedAt().toString()).put("asOf", register.asOf().toString())
          .put("records", shown.recordCount());
      ObjectNode countNode = root.putObject("counts");
      counts.forEach(countNode::put);
      ArrayNode checkArray = root.putArray("checks");
      checks.forEach(checkArray::add);
      Json.print(out, root);
      return ExitCodes.OK;
    }
    boolean markdown = options.format == Format.MARKDOWN;
    out.println((markdown ? "# " : "") + texts.get("db.show.title", registerId, shown.number(), latest, shown.savedAt(),
        texts.date(register.asOf()), shown.recordCount()));
    out.println();
    Table table = new Table(markdown ? "" : "  ");
    table.row(texts.get("db.show.header").split("\\|"));
    counts.forEach((kind, count) -> table.row(texts.get("records." + kind), String.valueOf(count)));
    table.print(out, options.format);
    out.println();
    out.println(checks.isEmpty() ? texts.get("db.show.no-checks", registerId)
        : texts.get("db.show.checks", String.join(", ", checks.stream().map(String::valueOf).toList())));
    return ExitCodes.OK;
  }

  /** How many records of each kind, by the register file's field names. */
  private static Map<String, Integer> counts(Register register) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("municipalities", register.getMunicipalities().size());
    counts.put("agreements", register.getAgreements().size());
    counts.put("strategies", register.getStrategies().size());
    counts.put("relations", register.getRelations().size());
    counts.put("bodies", register.getBodies().size());
    counts.put("people", register.getPeople().size());
    counts.put("events", register.getEvents().size());
    counts.put("decisions", register.getDecisions().size());
    counts.put("projects", register.getProjects().size());
    counts.put("reports", register.getReports().size());
    return counts;
  }
}
