package se.vanort.rules.query;

import se.vanort.domain.document.ClauseId;
import se.vanort.domain.document.RuleId;

/** What falls due: an event the documents require (or permit), a revision, or a report. */
public enum DueKind {
  /** The twin-town conference of a conference year (VA2021/A1). */
  CONFERENCE("conference", "VA2021/A1", "va.conference-every-second-year"),
  /** The twin-town meeting of a meeting year (VA2021/O1). */
  TWIN_TOWN_MEETING("twin-town-meeting", "VA2021/O1", "va.meeting-every-second-year"),
  /** The youth camp with the conference of a conference year (VA2021/A2). */
  YOUTH_CAMP("youth-camp", "VA2021/A2", "va.youth-camp-with-conference"),
  /** The option of a forum for the youth councils in a year without a conference (VA2021/A2). */
  YOUTH_COUNCIL_FORUM("youth-council-forum", "VA2021/A2", "va.youth-council-forum-off-years"),
  /** The secretaries' meeting of every year (VA2021/O2). */
  SECRETARIES_MEETING("secretaries-meeting", "VA2021/O2", "va.secretaries-meet-yearly"),
  /** The revision of the agreement at the conference of its revision year (VA2021/R). */
  AGREEMENT_REVISION("agreement-revision", "VA2021/R", "va.revision-at-conference"),
  /** The perspective municipality's delegation at the conference, the Nordic meeting (VIS2016/V2). */
  NORDIC_MEETING("nordic-meeting", "VIS2016/V2", "vis.nordic-meeting-every-second-year"),
  /** One of the two yearly meetings of the international network (VIS2016/N1). */
  NETWORK_MEETING("network-meeting", "VIS2016/N1", "vis.network-meets-twice-yearly"),
  /** The international coordinator at the region's network for international issues (VIS2016/N2). */
  REGIONAL_NETWORK_MEETING("regional-network-meeting", "VIS2016/N2", "vis.coordinator-in-regional-network"),
  /** The revision of the strategy in a mandate period (VIS2016/R1). */
  STRATEGY_REVISION("strategy-revision", "VIS2016/R1", "vis.strategy-revised-each-term"),
  /** A committee's report of its international work in a year to the council (VIS2016/R2). */
  COUNCIL_REPORT("council-report", "VIS2016/R2", "vis.international-work-reported"),
  /** The follow-up of a decision of a twin-town meeting by the next meeting (VA2021/O3). */
  FOLLOW_UP("follow-up", "VA2021/O3", "va.decisions-followed-up"),
  /** The investigation of external funding for an international contact, by its start (VIS2016/W4). */
  FUNDING_INVESTIGATION("funding-investigation", "VIS2016/W4", "vis.external-funding-investigated"),
  /** The publication of a project or exchange on the municipality's website, by its end (VIS2016/N1). */
  PUBLICATION("publication", "VIS2016/N1", "vis.projects-published");

  private final String slug;
  private final ClauseId clause;
  private final RuleId rule;

  DueKind(String slug, String clause, String rule) {
    this.slug = slug;
    this.clause = ClauseId.of(clause);
    this.rule = RuleId.of(rule);
  }

  /**
   * {@return the kind of what {@code rule} requires}
   *
   * @param rule the catalogue rule
   * @throws IllegalArgumentException if the rule requires nothing by a date
   */
  public static DueKind of(RuleId rule) {
    for (DueKind kind : values()) {
      if (kind.rule.equals(rule)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("rule " + rule + " has no obligations to put in a calendar");
  }

  /** {@return its name in uids and files, e.g. {@code youth-camp}} */
  public String slug() {
    return slug;
  }

  /** {@return the clause that requires or permits it} */
  public ClauseId clause() {
    return clause;
  }

  /** {@return the rule of the catalogue that checks it (or, for the forum, lists the permission)} */
  public RuleId rule() {
    return rule;
  }

  /** {@return the key of its description in the query messages, e.g. {@code query.due.youth-camp}} */
  public String messageKey() {
    return "query.due." + slug;
  }
}
