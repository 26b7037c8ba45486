package se.vanort.benchmarks;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import se.vanort.domain.agreement.Agreement;
import se.vanort.domain.decision.Decision;
import se.vanort.domain.event.Delegation;
import se.vanort.domain.event.Event;
import se.vanort.domain.organisation.Leadership;
import se.vanort.domain.municipality.MunicipalityId;
import se.vanort.domain.municipality.Relation;
import se.vanort.rules.Finding;

/**
 * What identifies a finding, whoever found it: the rule, the message key (which says what is
 * missing), the records concerned, the municipality, and the year or day. Two checkers agree when
 * they produce the same outcomes as multisets; the order does not matter.
 *
 * @param rule the rule id, e.g. {@code va.delegation-has-leadership}
 * @param key the message key, e.g. {@code va.delegation-has-leadership.political}
 * @param subjects the ids of the records concerned, in the order the rule names them
 * @param municipality the municipality concerned, or empty
 * @param year the calendar year concerned, or 0
 * @param date the day concerned, or null
 */
public record Outcome(String rule, String key, ImmutableList<String> subjects, String municipality, int year, LocalDate date)
    implements Comparable<Outcome> {
  private static final Comparator<Outcome> ORDER = Comparator.comparing(Outcome::rule)
      .thenComparing(Outcome::key)
      .thenComparing(o -> String.join(",", o.subjects()))
      .thenComparing(Outcome::municipality)
      .thenComparingInt(Outcome::year)
      .thenComparing(Outcome::date, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** The outcome of one of vanort's findings. */
  public static Outcome of(Finding finding) {
    return new Outcome(finding.getRule().value(), finding.getMessageKey(), finding.subjectIds(),
        finding.getMunicipality().map(MunicipalityId::value).orElse(""), finding.getYear().orElse(0),
        finding.getDate().orElse(null));
  }

  /** No conference of {@code agreement}'s chain in the conference year {@code year}. */
  static Outcome conferenceMissing(Agreement agreement, int year) {
    return new Outcome(FiveRules.CONFERENCE, FiveRules.CONFERENCE, ImmutableList.of(agreement.getId().value()), "", year, null);
  }

  /** A party's delegation to {@code event} without {@code missing} leadership. */
  static Outcome leadershipMissing(Event event, Delegation delegation, Leadership missing) {
    ImmutableList.Builder<String> subjects = ImmutableList.<String>builder().add(event.getId().value());
    delegation.getMembers().forEach(member -> subjects.add(member.getPerson().value()));
    return new Outcome(FiveRules.DELEGATION, FiveRules.DELEGATION + "." + missing.name().toLowerCase(Locale.ROOT),
        subjects.build(), delegation.getMunicipality().value(), 0, event.getDate());
  }

  /** {@code municipality}'s decision to establish a twin town, taken by a body other than the council. */
  static Outcome twinTownNotByCouncil(MunicipalityId municipality, Decision decision) {
    ImmutableList.Builder<String> subjects = ImmutableList.<String>builder().add(decision.getId().value());
    decision.getBody().ifPresent(body -> subjects.add(body.value()));
    decision.getMeeting().ifPresent(meeting -> subjects.add(meeting.value()));
    return new Outcome(FiveRules.TWIN_TOWN, FiveRules.TWIN_TOWN, subjects.build(), municipality.value(), 0,
        decision.getDate());
  }

  /** {@code municipality}'s twin-town {@code relation} that started in the period with no decision establishing it. */
  static Outcome twinTownUndecided(MunicipalityId municipality, Relation relation) {
    return new Outcome(FiveRules.TWIN_TOWN, FiveRules.TWIN_TOWN_UNDECIDED,
        ImmutableList.of(relation.getId().value(), relation.getPartner().value()), municipality.value(),
        relation.getSince().orElseThrow().getValue(), null);
  }

  /**
   * {@code municipality}'s activity found by {@code rule} under {@code key} (no funding investigation or
   * publication by the deadline, or a late one), dated on the deadline.
   */
  static Outcome ofActivity(String rule, String key, MunicipalityId municipality, FiveRules.Activity activity,
      LocalDate deadline) {
    return new Outcome(rule, key, ImmutableList.of(activity.id()), municipality.value(), 0, deadline);
  }

  /** {@code outcomes} in one stable order, for comparing two checkers' results as multisets. */
  public static ImmutableList<Outcome> sorted(Collection<Outcome> outcomes) {
    return ImmutableList.sortedCopyOf(ORDER, outcomes);
  }

  @Override
  public int compareTo(Outcome other) {
    return ORDER.compare(this, other);
  }
}
