package se.vanort.rules.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.vanort.domain.DateRange;
import se.vanort.rules.BaseRule;
import se.vanort.rules.Evaluation;
import se.vanort.rules.Finding;

/**
 * A rule whose requirement recurs or has a deadline: it states its {@link Obligation}s once, and both
 * its findings (one per missed obligation of the period evaluated) and the calendar of what is due
 * ({@code Queries.due}) come from them.
 */
public abstract class ObligationRule extends BaseRule {
  /**
   * A rule with the catalogue definition of {@code id}.
   *
   * @param id the catalogue id of the rule
   * @throws IllegalArgumentException if the catalogue has no rule {@code id}
   */
  protected ObligationRule(String id) {
    super(id);
  }

  /**
   * {@return the obligations of {@code evaluation}'s register whose days meet {@code range} (and
   * possibly others near it, such as a revision done in the range for a mandate period ending after
   * it), each with its status as of the as-of date} The same obligation has the same uid whatever
   * the range.
   *
   * @param evaluation the evaluation under way
   * @param range the days checked
   */
  public abstract Stream<Obligation> obligations(Evaluation evaluation, DateRange range);

  /**
   * {@return the finding for {@code missed}, a missed obligation: its subjects, year or date and
   * arguments}
   *
   * @param evaluation the evaluation under way
   * @param missed the missed obligation
   */
  protected abstract Finding.Builder finding(Evaluation evaluation, Obligation missed);

  /**
   * {@return findings of the rule that are no missed obligation (a revision decided in the wrong
   * year, say); none by default}
   *
   * @param evaluation the evaluation under way
   */
  protected Stream<Finding> otherFindings(Evaluation evaluation) {
    return Stream.empty();
  }

  @Override
  public final Stream<Finding> check(Evaluation evaluation) {
    return Stream.concat(
        obligations(evaluation, evaluation.period())
            .filter(obligation -> obligation.isMissed() && obligation.getConcerns().overlaps(evaluation.period()))
            .map(missed -> finding(evaluation, missed).obligation(missed.getUid()).build()),
        otherFindings(evaluation));
  }

  /**
   * {@return a builder of an obligation of this rule with its uid, document, year and the days it
   * concerns}
   *
   * @param uid its uid
   * @param document the document
   * @param year the calendar year
   * @param concerns the days it concerns
   */
  protected final Obligation.Builder obligation(String uid, se.vanort.domain.document.DocumentId document,
      int year, DateRange concerns) {
    return Obligation.builder().uid(uid).rule(id()).document(document).year(year).concerns(concerns);
  }

  /**
   * Settles {@code obligation}: the {@code nth} of {@code candidates} (sorted by date) that is dated on
   * or before both the deadline and the as-of date satisfies it (a record without a date counts as in
   * time); records after the as-of date do not exist yet for the check and show as planned; records
   * after the deadline but known by the as-of date came too late.
   *
   * @param evaluation the evaluation under way
   * @param obligation the obligation
   * @param deadline the last day by which it must be done
   * @param candidates the records that may satisfy it
   * @param nth which one, counting from 1
   * @param target the day to show while nothing is recorded, if not the deadline
   * @return the obligation with its status, date and records
   */
  public static Obligation settle(Evaluation evaluation, Obligation.Builder obligation, LocalDate deadline,
      List<Held> candidates, int nth, Optional<LocalDate> target) {
    // One pass, no stream: settled for every activity of every year of a check.
    List<Held> inTime = new ArrayList<>(candidates.size());
    List<Held> late = List.of();
    List<Held> planned = List.of();
    for (Held held : candidates) {
      if (held.date().isEmpty()) {
        inTime.add(held);
        continue;
      }
      LocalDate day = held.date().get();
      if (!evaluation.isPast(day)) {
        planned = planned.isEmpty() ? new ArrayList<>() : planned;
        planned.add(held);
      } else if (day.isAfter(deadline)) {
        late = late.isEmpty() ? new ArrayList<>() : late;
        late.add(held);
      } else {
        inTime.add(held);
      }
    }
    obligation.deadline(deadline);
    if (inTime.size() >= nth) {
      Held satisfying = inTime.get(nth - 1);
      return obligation.status(DueStatus.DONE)
          .date(satisfying.date().orElse(deadline))
          .dateRecorded(satisfying.date().isPresent())
          .records(ids(nth == 1 ? inTime : List.of(satisfying)))
          .build();
    }
    if (evaluation.isPast(deadline)) {
      return obligation.status(DueStatus.MISSED)
          .date(target.filter(day -> day.isBefore(deadline)).orElse(deadline))
          .dateRecorded(false)
          .records(ids(late))
          .build();
    }
    int next = nth - inTime.size() - 1;
    Optional<LocalDate> date = next < planned.size() ? planned.get(next).date() : target;
    return obligation.status(DueStatus.DUE)
        .date(date.orElse(deadline))
        .dateRecorded(next < planned.size())
        .records(next < planned.size() ? ids(nth == 1 ? planned : List.of(planned.get(next))) : List.of())
        .build();
  }

  /**
   * {@return {@link #settle(Evaluation, Obligation.Builder, LocalDate, List, int, Optional)} for the
   * first record}
   *
   * @param evaluation the evaluation under way
   * @param obligation the obligation
   * @param deadline the last day by which it must be done
   * @param candidates the records that may satisfy it
   */
  public static Obligation settle(Evaluation evaluation, Obligation.Builder obligation, LocalDate deadline,
      List<Held> candidates) {
    return settle(evaluation, obligation, deadline, candidates, 1, Optional.empty());
  }

  /**
   * {@return a permission: listed with the records that use it, never missed}
   *
   * @param obligation the obligation
   * @param deadline the last day by which it must be done
   * @param candidates the records that may satisfy it
   */
  public static Obligation optional(Obligation.Builder obligation, LocalDate deadline, List<Held> candidates) {
    Optional<LocalDate> first = candidates.stream().findFirst().flatMap(Held::date);
    return obligation.deadline(deadline)
        .status(DueStatus.OPTIONAL)
        .date(first.orElse(deadline))
        .dateRecorded(first.isPresent())
        .records(ids(candidates))
        .build();
  }

  private static List<String> ids(List<Held> held) {
    return held.stream().map(Held::id).toList();
  }
}
