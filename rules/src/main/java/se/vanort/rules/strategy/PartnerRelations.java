package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationId;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.domain.project.Project;

/**
 * A partner the strategy names (Joniškis, Mukono), found as data rather than by name: the partners
 * of the municipality's relations of one kind with municipalities of one country, in force during
 * the period. Names are not compared, so that "Joniškis", "Joniskis" and a register's own spelling
 * all work.
 */
record PartnerRelations(ImmutableList<Relation> relations, ImmutableSet<MunicipalityId> partners,
    ImmutableSet<RelationId> relationIds) {

  /** The relations of {@code kind} with partners in {@code country} (ISO 3166-1 alpha-2). */
  static PartnerRelations of(StrategyScope scope, RelationKind kind, String country) {
    ImmutableList<Relation> relations = scope.relationsWith(kind, country);
    return new PartnerRelations(relations,
        relations.stream().map(Relation::getPartner).collect(ImmutableSet.toImmutableSet()),
        relations.stream().map(Relation::getId).collect(ImmutableSet.toImmutableSet()));
  }

  /** Whether there is no such relation. */
  boolean isEmpty() {
    return relations.isEmpty();
  }

  /** Whether {@code project} is with one of these partners, by its partner or by its relation. */
  boolean concerns(Project project) {
    return project.getPartner().filter(partners::contains).isPresent()
        || project.getRelation().filter(relationIds::contains).isPresent();
  }

  /** The partners' ids, sorted, for a finding's subjects. */
  ImmutableList<String> partnerIds() {
    return partners.stream().map(MunicipalityId::value).sorted().collect(ImmutableList.toImmutableList());
  }
}
