package se.vanort.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.vanort.domain.document.Clause;
import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.Document;
import se.vanort.domain.document.Documents;
import se.vanort.domain.document.Modality;
import se.vanort.domain.document.RuleDefinition;

/** {@code vanort rules}: every rule of the catalogue with its modality and clause. */
@Command(name = "rules",
    header = "List every rule with its modality and clause.",
    description = {
        "Lists the rules of VA2021 and VIS2016: id, modality (SHALL, SHOULD, MAY, INFO), the clause it"
            + " cites and what it checks. 'rules show ID' prints one rule or clause in full.",
        "",
        "Examples:",
        "  vanort rules",
        "  vanort rules --format markdown --lang en > docs/rules.md"},
    subcommands = RuleShowCommand.class)
final class RulesCommand implements Callable<Integer> {
  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    PrintWriter out = options.out();
    Texts texts = options.texts();
    switch (options.format) {
      case JSON -> Json.print(out, json());
      case MARKDOWN -> markdown(out, texts);
      case TEXT -> text(out, texts);
    }
    return ExitCodes.OK;
  }

  private static void text(PrintWriter out, Texts texts) {
    for (Document document : Documents.all()) {
      out.println(document.getId() + "  " + document.title(texts.language().locale()));
      Table table = new Table("  ");
      document.getRules().forEach(rule -> table.row(rule.getId().value(), modality(texts, rule.getModality()),
          rule.getPrimaryClause().value(), rule.requirement(texts.language().locale())));
      table.print(out);
      out.println();
    }
    out.println(texts.get("rules.count", Documents.allRules().size()));
  }

  /** The modality as the language writes it: SHALL in English, SKA in Swedish. */
  static String modality(Texts texts, Modality modality) {
    return texts.get("rules.modality." + modality.name());
  }

  private static ArrayNode json() {
    ArrayNode rules = Json.array();
    Documents.allRules().forEach(rule -> rules.add(RuleShowCommand.json(rule)));
    return rules;
  }

  private static void markdown(PrintWriter out, Texts texts) {
    Locale locale = texts.language().locale();
    out.println("# " + texts.get("rules.markdown.title"));
    out.println();
    out.println(texts.get("rules.markdown.generated"));
    for (Document document : Documents.all()) {
      out.println();
      out.println("## `" + document.getId() + "` " + document.getTitle());
      out.println();
      out.println("*" + document.getTitleEn() + "*");
      out.println();
      out.println("| " + texts.get("rules.markdown.header") + " |");
      out.println("|---|---|---|---|");
      for (RuleDefinition rule : document.getRules()) {
        out.println("| [`" + rule.getId() + "`](#" + anchor(rule) + ") | " + modality(texts, rule.getModality())
            + " | `" + rule.getPrimaryClause() + "` | " + cell(rule.requirement(locale)) + " |");
      }
    }
    for (Document document : Documents.all()) {
      for (RuleDefinition rule : document.getRules()) {
        out.println();
        out.println("### " + rule.getId());
        out.println();
        out.println("**" + modality(texts, rule.getModality()) + "**. " + rule.requirement(locale));
        for (ClauseId id : rule.getClauses()) {
          Clause clause = Documents.findClause(id).orElseThrow();
          out.println();
          out.println("`" + id + "` (" + clause.getSection() + "):");
          out.println();
          out.println("> " + clause.getTextSv());
          out.println(">");
          out.println("> *" + clause.getTextEn() + "*");
        }
        rule.interpretation(locale).ifPresent(interpretation -> {
          out.println();
          out.println(texts.get("rules.interpretation") + ": " + interpretation);
        });
      }
    }
  }

  private static String anchor(RuleDefinition rule) {
    return rule.getId().value().replace(".", "");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
