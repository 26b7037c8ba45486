package se.vanort.domain.document;

import java.util.List;
import java.util.Locale;

/**
 * Writes {@code docs/catalogue.md}, the clause-by-clause view of the catalogue data; {@code docs/rules.md}
 * ({@code vanort rules --format markdown}) is the rule-by-rule view of the same data.
 */
final class CatalogueMarkdown {
  /** The command that rewrites the document, run from the repository's root. */
  static final String COMMAND =
      "./mvnw -o -B -q -pl domain test -Dtest=CatalogueDocumentTest -Dcatalogue.write=true";

  private static final String DATA = "domain/src/main/resources/";

  private final StringBuilder out = new StringBuilder();

  private CatalogueMarkdown() {}

  /** {@return the document for {@code documents}} */
  static String of(List<Document> documents) {
    return new CatalogueMarkdown().write(documents);
  }

  private String write(List<Document> documents) {
    line("# Rule catalogue");
    line();
    line("Generated from the catalogue data "
        + String.join(" and ", documents.stream().map(d -> "`" + DATA + dataFile(d) + "`").toList())
        + " by `" + COMMAND + "`; do not edit by hand (a test fails when this file is stale). Each rule's"
        + " requirement and complete interpretation are in [`rules.md`](rules.md), and in Swedish with"
        + " `vanort rules show ID --lang sv`.");
    line();
    line("This is the product definition of `vanort`: every clause of the two source documents, with a stable"
        + " id, its modality, and what a check of it means. Rule ids and clause ids are public API: findings,"
        + " JSON output, the database and the documentation all use them, so they never change once released."
        + " Each clause's Swedish text is quoted verbatim from the archived seed (a test proves it occurs"
        + " there), and the project writes its own English rendering of it.");
    line();
    line("| document id | title | English title | seed |");
    line("|---|---|---|---|");
    for (Document document : documents) {
      line("| `" + document.getId() + "` | " + document.getTitle() + " | " + document.getTitleEn() + " | `"
          + DATA + document.getSeedResource() + "` |");
    }
    line();
    line("## Modality");
    line();
    line("Swedish drafting signals the force of a clause:");
    line();
    line("| modality | in Swedish | Swedish signal | a finding means |");
    line("|---|---|---|---|");
    line("| `SHALL` | SKA | ska, skall, present tense of an arrangement (\"hålls\", \"beslutas\", \"deltar\")"
        + " | a breach of the document (brist) |");
    line("| `SHOULD` | BÖR | bör, i första hand, sträva efter, ca (approximately) | a deviation from a"
        + " recommendation (avvikelse från en rekommendation) |");
    line("| `MAY` | FÅR | kan, har möjlighet, får | never a finding; the API lists the permission (möjlighet) |");
    line("| `INFO` | BAKGRUND | background, goals, motives | never a finding; used for tagging and coverage |");
    line();
    line("Some clauses cannot be checked from records (a motive, a general aim). They stay in the catalogue with"
        + " the reason, and the coverage report lists them, so that nobody mistakes \"no finding\" for"
        + " \"checked\".");
    for (Document document : documents) {
      line();
      line("## `" + document.getId() + "` " + document.getTitleEn());
      line();
      line("*" + document.getTitle() + "*");
      line();
      line("| clause | section | rule id | modality | what is checked |");
      line("|---|---|---|---|---|");
      for (Clause clause : document.getClauses()) {
        List<RuleDefinition> rules = document.rulesOf(clause.getId());
        if (rules.isEmpty()) {
          line("| `" + clause.getId() + "` | " + clause.getSection() + " | — | " + clause.getModality() + " | "
              + cell(clause.getNotCheckableReason().orElse("—")) + " |");
        }
        for (RuleDefinition rule : rules) {
          line("| `" + clause.getId() + "` | " + clause.getSection() + " | [`" + rule.getId() + "`](rules.md#"
              + rule.getId().value().replace(".", "") + ") | " + rule.getModality() + " | "
              + cell(rule.getRequirement()) + " |");
        }
      }
      line();
      line("### The clauses of `" + document.getId() + "`");
      for (Clause clause : document.getClauses()) {
        line();
        line("#### `" + clause.getId() + "` " + clause.getSection() + " (" + clause.getModality() + ")");
        line();
        quote(clause.text(Locale.forLanguageTag("sv")));
        line(">");
        quote("*" + clause.text(Locale.ENGLISH).replace("\n\n", "*\n\n*") + "*");
        clause.getNotCheckableReason().ifPresent(reason -> {
          line();
          line(reason);
        });
      }
    }
    return out.toString();
  }

  /** The data file of {@code document}, beside its seed text. */
  static String dataFile(Document document) {
    String seed = document.getSeedResource();
    return seed.substring(0, seed.lastIndexOf('/') + 1) + document.getId() + ".catalogue";
  }

  /** A quote of {@code text}, its paragraphs kept apart by an empty quoted line. */
  private void quote(String text) {
    String[] paragraphs = text.split("\n\n", -1);
    for (int i = 0; i < paragraphs.length; i++) {
      if (i > 0) {
        line(">");
      }
      line("> " + paragraphs[i]);
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n\n", " ").replace("\n", " ");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void line() {
    out.append('\n');
  }
}
