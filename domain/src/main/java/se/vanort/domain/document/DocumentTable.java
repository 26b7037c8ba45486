package se.vanort.domain.document;

import com.google.common.base.Splitter;
import java.util.Optional;

/** Writes a document down like the catalogue's table: one call per clause and one per rule. */
final class DocumentTable {
  private static final String SEED_DIRECTORY = "se/vanort/domain/document/";
  private static final Splitter LOCAL_IDS = Splitter.on(' ').omitEmptyStrings();

  private final DocumentId id;
  private final Document.Builder document;

  DocumentTable(String id, String title, String titleEn, String seedFile) {
    this.id = DocumentId.of(id);
    this.document =
        Document.builder().id(this.id).title(title).titleEn(titleEn).seedResource(SEED_DIRECTORY + seedFile);
  }

  /** Adds a clause that records can show kept or breached. */
  DocumentTable clause(String local, String section, Modality modality, String textSv, String textEn) {
    return clause(local, section, modality, textSv, textEn, Optional.empty());
  }

  /** Adds a clause that no record can show kept or breached, for the reason given. */
  DocumentTable clause(
      String local, String section, Modality modality, String textSv, String textEn, String notCheckableReason) {
    return clause(local, section, modality, textSv, textEn, Optional.of(notCheckableReason));
  }

  private DocumentTable clause(
      String local,
      String section,
      Modality modality,
      String textSv,
      String textEn,
      Optional<String> notCheckableReason) {
    document.addClause(
        Clause.builder()
            .id(ClauseId.of(id, local))
            .section(section)
            .modality(modality)
            .textSv(textSv)
            .textEn(textEn)
            .notCheckableReason(notCheckableReason)
            .build());
    return this;
  }

  /** Adds a rule on the clauses {@code locals}, local ids separated by spaces, the cited one first. */
  DocumentTable rule(String rule, Modality modality, String locals, String requirement) {
    return rule(rule, modality, locals, requirement, Optional.empty());
  }

  /** Adds a rule on the clauses {@code locals} that reads them as the catalogue decided. */
  DocumentTable rule(String rule, Modality modality, String locals, String requirement, String interpretation) {
    return rule(rule, modality, locals, requirement, Optional.of(interpretation));
  }

  private DocumentTable rule(
      String rule, Modality modality, String locals, String requirement, Optional<String> interpretation) {
    var definition =
        RuleDefinition.builder()
            .id(RuleId.of(rule))
            .modality(modality)
            .requirement(requirement)
            .interpretation(interpretation);
    LOCAL_IDS.split(locals).forEach(local -> definition.addClause(ClauseId.of(id, local)));
    document.addRule(definition.build());
    return this;
  }

  Document build() {
    return document.build();
  }
}
