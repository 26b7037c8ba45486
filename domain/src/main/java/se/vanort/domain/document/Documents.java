package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Optional;

/**
 * The two governing documents, read from the catalogue data ({@code VA2021.catalogue}, {@code VIS2016.catalogue}
 * beside this class), and lookups of clauses and rules across both.
 */
public final class Documents {
  /** The twin-town agreement 2021–2026, which applies to every party of the chain. */
  public static final Document VA2021 = CatalogueFile.read("VA2021");

  /** Vimmerby's strategy for international contacts of 2016, which applies to Vimmerby. */
  public static final Document VIS2016 = CatalogueFile.read("VIS2016");

  private static final ImmutableList<Document> ALL = ImmutableList.of(VA2021, VIS2016);
  private static final ImmutableMap<DocumentId, Document> BY_ID = Maps.uniqueIndex(ALL, Document::getId);
  private static final ImmutableList<RuleDefinition> RULES =
      ALL.stream().flatMap(document -> document.getRules().stream()).collect(ImmutableList.toImmutableList());
  // Rule ids are public API across documents, so a clash between the two must fail at start-up.
  private static final ImmutableMap<RuleId, RuleDefinition> RULES_BY_ID =
      Maps.uniqueIndex(RULES, RuleDefinition::getId);

  private Documents() {}

  /** {@return both documents: {@link #VA2021}, then {@link #VIS2016}} */
  public static ImmutableList<Document> all() {
    return ALL;
  }

  /**
   * {@return the document {@code id}}
   *
   * @param id the id to look up
   * @throws IllegalArgumentException naming the id and the known documents when there is no such document
   */
  public static Document document(DocumentId id) {
    var document = BY_ID.get(id);
    checkArgument(document != null, "document %s is unknown; the documents are %s", id, BY_ID.keySet());
    return document;
  }

  /**
   * {@return the clause {@code id}, if its document has it}
   *
   * @param id the id to look up
   */
  public static Optional<Clause> findClause(ClauseId id) {
    return Optional.ofNullable(BY_ID.get(id.getDocument())).flatMap(document -> document.findClause(id));
  }

  /**
   * {@return the rule {@code id}, if either document has it}
   *
   * @param id the id to look up
   */
  public static Optional<RuleDefinition> findRule(RuleId id) {
    return Optional.ofNullable(RULES_BY_ID.get(id));
  }

  /** {@return every rule of both documents, those of {@link #VA2021} first, each in catalogue order} */
  public static ImmutableList<RuleDefinition> allRules() {
    return RULES;
  }
}
