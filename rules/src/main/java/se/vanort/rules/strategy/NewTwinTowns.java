package se.vanort.rules.strategy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.vanort.domain.RecordId;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.decision.Matter;
import se.vanort.domain.municipality.Municipality;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.domain.municipality.RelationKind;
import se.vanort.rules.Evaluation;

/**
 * The municipality's new twin towns that no decision established (VIS2016/W5), shared by
 * {@code vis.new-twin-town-by-council} (the breach) and {@code vis.prefer-partnership} (the advice).
 */
final class NewTwinTowns {
  private NewTwinTowns() {}

  /**
   * The twin-town relations of the municipality that start in a year of the period, under the
   * strategy and not after the as-of date, with no decision of matter ESTABLISH_TWIN_TOWN concerning
   * the relation or its partner taken on or before the as-of date. A relation that carries on one
   * with a municipality merged into the partner (Rygge into Moss: the old relation in force at the
   * merger, the new one begun by the year after it) is not a new twin town.
   */
  static ImmutableList<Relation> undecided(StrategyScope scope) {
    return scope.evaluation().get(UNDECIDED);
  }

  private static final Evaluation.Index<ImmutableList<Relation>> UNDECIDED = Evaluation.Index.of(
      "strategy.newTwinTownsUndecided", e -> undecidedIn(StrategyScope.of(e).orElseThrow()));

  private static ImmutableList<Relation> undecidedIn(StrategyScope scope) {
    return scope.register().getRelations().stream()
        .filter(relation -> relation.getMunicipality().equals(scope.municipality()))
        .filter(relation -> relation.getKind() == RelationKind.TWIN_TOWN && relation.getSince().isPresent())
        .filter(relation -> startsUnderTheStrategy(scope, relation.getSince().get().getValue()))
        .filter(relation -> !carriesOnAMergedMunicipality(scope, relation))
        .filter(relation -> !isDecided(scope, relation))
        .collect(ImmutableList.toImmutableList());
  }

  private static boolean startsUnderTheStrategy(StrategyScope scope, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return year >= scope.evaluation().period().from().getYear()
        && year <= scope.evaluation().period().to().getYear()
        && scope.isDue(first);
  }

  /**
   * Whether {@code decision} establishes a twin town that carries on one with a municipality merged
   * into it: a relation of the municipality named by the decision (by its id or its partner) that
   * carries on a merged municipality's. Such a decision establishes no new twin town.
   */
  static boolean carriesOnAMergedMunicipality(StrategyScope scope, Decision decision) {
    Set<RecordId> concerned = scope.evaluation().get(MERGERS).concerned;
    for (RecordId subject : decision.getSubjects()) {
      if (concerned.contains(subject)) {
        return true;
      }
    }
    return false;
  }

  private static boolean carriesOnAMergedMunicipality(StrategyScope scope, Relation relation) {
    return scope.evaluation().get(MERGERS).carriesOn(relation);
  }

  private static final Evaluation.Index<Mergers> MERGERS =
      Evaluation.Index.of("strategy.twinTownMergers", e -> new Mergers(StrategyScope.of(e).orElseThrow()));

  /**
   * The municipality's twin towns and the municipalities merged into others, by partner, and the ids
   * (of the relation and of its partner) of the twin towns that carry on a merged municipality's:
   * found once per evaluation, so that judging a decision or a relation is a lookup, not a scan of
   * every relation and municipality.
   */
  private static final class Mergers {
    final Map<MunicipalityId, List<Municipality>> mergedInto = new HashMap<>();
    final Map<MunicipalityId, List<Relation>> twinTownsWith = new HashMap<>();
    final Set<RecordId> concerned = new HashSet<>();

    Mergers(StrategyScope scope) {
      for (Municipality municipality : scope.register().getMunicipalities()) {
        if (municipality.getMergedInto().isPresent() && municipality.getUntil().isPresent()) {
          mergedInto.computeIfAbsent(municipality.getMergedInto().get(), id -> new ArrayList<>()).add(municipality);
        }
      }
      List<Relation> twinTowns = new ArrayList<>();
      for (Relation relation : scope.register().getRelations()) {
        if (relation.getMunicipality().equals(scope.municipality()) && relation.getKind() == RelationKind.TWIN_TOWN) {
          twinTowns.add(relation);
          twinTownsWith.computeIfAbsent(relation.getPartner(), id -> new ArrayList<>()).add(relation);
        }
      }
      for (Relation relation : twinTowns) {
        if (carriesOn(relation)) {
          concerned.add(RecordId.of(relation.getId().value()));
          concerned.add(RecordId.of(relation.getPartner().value()));
        }
      }
    }

    // Carries on: the twin-town relation with the merged municipality was in force on its last day, and
    // this one starts by the year after the merger (Rygge until 2019, Moss from 2020). A relation begun
    // years later (Tønder in 2022, fifteen years after Skærbæk) is a new twin town.
    boolean carriesOn(Relation relation) {
      int since = relation.getSince().map(year -> year.getValue()).orElse(Integer.MAX_VALUE);
      for (Municipality predecessor : mergedInto.getOrDefault(relation.getPartner(), List.of())) {
        LocalDate merged = predecessor.getUntil().get();
        if (since <= merged.getYear() + 1) {
          for (Relation earlier : twinTownsWith.getOrDefault(predecessor.getId(), List.of())) {
            if (earlier.isActiveOn(merged)) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  private static boolean isDecided(StrategyScope scope, Relation relation) {
    return Stream.concat(
            scope.decisionsConcerning(Matter.ESTABLISH_TWIN_TOWN, RecordId.of(relation.getId().value())).stream(),
            scope.decisionsConcerning(Matter.ESTABLISH_TWIN_TOWN, RecordId.of(relation.getPartner().value())).stream())
        .anyMatch(decision -> scope.evaluation().isPast(decision.getDate()));
  }
}
