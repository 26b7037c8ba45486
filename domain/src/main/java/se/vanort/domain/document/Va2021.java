package se.vanort.domain.document;

import static se.vanort.domain.document.Modality.INFO;
import static se.vanort.domain.document.Modality.MAY;
import static se.vanort.domain.document.Modality.SHALL;

/** The twin-town agreement 2021–2026, clause by clause and rule by rule as the catalogue lists them. */
final class Va2021 {
  private static final String CONFERENCE_YEARS =
      "Years are calendar years, and the conference years are anchored on the agreement's first year and"
          + " recur every second year (2021, 2023, 2025, …); the anchor and the cycle are parameters of the"
          + " agreement, not constants, so that the next agreement is data.";
  private static final String MEETING_YEARS =
      "Years are calendar years, and the meeting years are anchored on the agreement's first year and recur"
          + " every second year (2021, 2023, 2025, …); the anchor and the cycle are parameters of the"
          + " agreement, not constants.";
  private static final String MEETING_NOT_CONFERENCE =
      "The twin-town meeting (vänortsmöte) is an event kind of its own, distinct from the conference"
          + " (vänortskonferens); the two are usually held together by the same host, but the agreement"
          + " does not require that.";
  private static final String CHAIN =
      " The chain: a party is bound while it is a member (its membership period, where the register records"
          + " one) and the municipality exists; a municipality merged into another is succeeded only where the"
          + " register records the successor as a party. An event belongs to the chain when its host is bound on"
          + " the event's date, or no host is recorded.";
  private static final String PARTIES_ARE_DATA =
      "The agreement does not list its parties, so the parties are those of the register being"
          + " evaluated, never constants.";

  private Va2021() {}

  static Document document() {
    return new DocumentTable(
            "VA2021",
            "Vänortsavtal 2021–2026 mellan kommunerna i Nordens äldsta vänortskedja",
            "Twin-town agreement 2021–2026 between the municipalities of the oldest twin-town chain in the"
                + " Nordic countries",
            "vanortsavtal-2021-2026.txt")
        .clause("GOAL", "Målsättning", INFO,
            "Vänortsavtalet har som mål att vidareutveckla ett gott samarbete mellan de nordiska vänorterna.",
            "The aim of the twin-town agreement is to develop further a good cooperation between the Nordic"
                + " twin towns.",
            "Not checkable from records: it states a general aim.")
        .clause("S1", "Strategier 1", INFO,
            "Utbyta kunskap och erfarenheter mellan politiker och kommunernas förvaltningar.",
            "Exchange knowledge and experience between politicians and the municipalities' administrations.")
        .clause("S2", "Strategier 2", INFO,
            "Skapa personliga kontakter mellan unga och ge ungdomar både nordiska- och internationella"
                + " erfarenheter.",
            "Create personal contacts between young people and give young people both Nordic and"
                + " international experience.")
        .clause("S3", "Strategier 3", INFO,
            "Stimulera föreningar, organisationer och näringsliv till nätverk och besök",
            "Encourage associations, organisations and businesses to build networks and make visits.")
        .clause("S4", "Strategier 4", INFO,
            "Stimulera till kulturutbyte.",
            "Encourage cultural exchange.")
        .clause("S5", "Strategier 5", INFO,
            "Samarbeta med Föreningen Norden.",
            "Cooperate with Föreningen Norden (the Norden Association).")
        .clause("A1", "Åtgärder 1", SHALL,
            "Genomföra vänortskonferens vartannat år.",
            "Hold a twin-town conference every second year.")
        .clause("A2", "Åtgärder 2", SHALL,
            "Genomföra ungdomsläger vartannat år i anknytning till konferensen. Unga kan involveras i"
                + " planeringen av lägret. Vart annat år då det inte är vänortskonferens finns möjlighet att"
                + " arrangera ett forum för kommunernas ungdomsråd eller motsvarande.",
            "Hold a youth camp every second year in connection with the conference. Young people may be"
                + " involved in planning the camp. Every other year, when there is no twin-town conference,"
                + " there is the possibility of arranging a forum for the municipalities' youth councils or"
                + " their equivalents.")
        .clause("A3", "Åtgärder 3", INFO,
            "Stödja kontakter och kulturprojekt",
            "Support contacts and cultural projects.",
            "Not checkable from records: it asks for general support.")
        .clause("A4", "Åtgärder 4", SHALL,
            "Möjliggöra möten för Föreningen Norden på vänortskonferenser.",
            "Make meetings of Föreningen Norden possible at twin-town conferences.")
        .clause("A5", "Åtgärder 5", SHALL,
            "Utbyta kunskap och erfarenheter om kommunernas utveckling och arbete.",
            "Exchange knowledge and experience about the municipalities' development and work.")
        .clause("O1", "Organisation 1", SHALL,
            "Vart annat år hålls ett vänortsmöte.",
            "A twin-town meeting is held every second year.")
        .clause("O1a", "Organisation 1a", SHALL,
            "Vänortsmötets huvudansvar är att utvärdera, följa upp och eventuella ändra aktivitetsplan och"
                + " riktlinjer.",
            "The main responsibility of the twin-town meeting is to evaluate, follow up and, where needed,"
                + " change the activity plan and the guidelines.")
        .clause("O1b", "Organisation 1b", SHALL,
            "Värddommunen är ansvarig för kallelse, dagordning, ordförande och sekreterare.",
            "The host municipality is responsible for the notice of the meeting, the agenda, the chair and"
                + " the secretary.")
        .clause("O1c", "Organisation 1c", MAY,
            "Varje vänort har möjlighet att invitera Föreningen Norden till vänortsmöten och"
                + " vänortskonferenser.",
            "Each twin town may invite Föreningen Norden to twin-town meetings and twin-town conferences.")
        .clause("O1d", "Organisation 1d", SHALL,
            "Varje vänort bestämmer själv antalet deltagare och sammansättning i deltagargruppen på"
                + " vänortsmöten och vänortskonferenser. Politisk och administrativ ledning ska vara"
                + " representerade.",
            "Each twin town decides for itself the number of participants and the make-up of its delegation"
                + " to twin-town meetings and twin-town conferences. Political and administrative leadership"
                + " shall be represented.")
        .clause("O2", "Organisation 2", SHALL,
            "Varje kommun utser en vänortssekreterare som är samordnare för arbetet i den egna kommunen samt"
                + " är kontaktperson för övriga vänorter. sekreterarna möts minst en gång per år.",
            "Each municipality appoints a twin-town secretary, who coordinates the work within that"
                + " municipality and is the contact person for the other twin towns. The secretaries meet at"
                + " least once a year.")
        .clause("O3", "Organisation 3", SHALL,
            "Vänortssekreterarna har kontinuerligt kontakt med varandra. Sekreterarna förmedlar information"
                + " till politisk ledning och förvaltningarna i respektive kommun. De har gemensamt ansvar för"
                + " att följa upp beslut som fattats på vänortsmöten, samordna aktiviteter som ingår i"
                + " aktivitetsplanen samt administrera all kontaktinformation vänorterna emellan."
                + " Sekreteraren får den kommun som är värd för nästkommande möte har ansvaret för"
                + " samordningen av detta arbete.",
            "The twin-town secretaries are in continuous contact with one another. The secretaries pass"
                + " information on to the political leadership and the administrations of their own"
                + " municipalities. They are jointly responsible for following up decisions taken at"
                + " twin-town meetings, coordinating the activities in the activity plan and administering all"
                + " contact information between the twin towns. The secretary of the municipality hosting the"
                + " next meeting is responsible for coordinating this work.")
        .clause("R", "Revidering (avtalets sista stycke, utan rubrik)", SHALL,
            "Vänortsavtalet revideras vart 6 år, så att det sammanfaller med vänortskonferensen.",
            "The twin-town agreement is revised every 6 years, so that the revision coincides with the"
                + " twin-town conference.")
        .rule("va.strategy-coverage", INFO, "S1 S2 S3 S4 S5",
            "Every activity may be tagged with the strategies it serves, and the report shows which"
                + " strategies had no activity in the period, as a coverage line rather than a finding.")
        .rule("va.conference-every-second-year", SHALL, "A1",
            "Each conference year in the evaluated period has a twin-town conference.",
            CONFERENCE_YEARS + " " + MEETING_NOT_CONFERENCE + CHAIN + " Each conference year within the agreement's"
                + " period is one obligation, due by 31 December: a conference of the chain whose first day lies in"
                + " that year satisfies it, recorded by the as-of date; a conference hosted outside the chain"
                + " (another chain's) does not count. A year not yet over is due, not missed.")
        .rule("va.youth-camp-with-conference", SHALL, "A2",
            "Each conference year has a youth camp linked to that year's conference.",
            CONFERENCE_YEARS + CHAIN + " \"I anknytning till konferensen\": the camp is linked to a conference of the"
                + " chain held that year, either by the register (linkedTo) or, where the camp is linked to nothing,"
                + " because the conference's host holds it within 7 days of the conference's dates; that link is"
                + " inferred. Due by 31 December of the conference year. With no camp the finding says so; with camps"
                + " none of which is linked, it names them.")
        .rule("va.youth-in-camp-planning", MAY, "A2",
            "Young people may take part in planning the youth camp.")
        .rule("va.youth-council-forum-off-years", MAY, "A2",
            "A forum for the youth councils may be held in a year without a conference; one held in a"
                + " conference year is outside this clause and is noted in the explanation, not reported as a"
                + " finding.",
            "A year without a conference is a calendar year outside the agreement's conference cycle (2022,"
                + " 2024, 2026, …).")
        .rule("va.norden-meeting-at-conference", SHALL, "A4",
            "Each conference gives Föreningen Norden room to meet, as an item of its agenda.",
            MEETING_NOT_CONFERENCE)
        .rule("va.development-exchange", SHALL, "A5",
            "Each conference has an agenda item exchanging knowledge on the municipalities' development.",
            "SHALL, like A1, A2 and A4: the same list of measures (Åtgärder), in the same grammar. The"
                + " conference is where the municipalities meet, so each conference of the chain held in the"
                + " evaluated period, on or before the as-of date, has the agenda item development-exchange.")
        .rule("va.meeting-every-second-year", SHALL, "O1",
            "Each meeting year in the evaluated period has a twin-town meeting.",
            MEETING_YEARS + " " + MEETING_NOT_CONFERENCE + CHAIN + " Each meeting year within the agreement's period"
                + " is one obligation, due by 31 December, satisfied by a meeting of the chain that year.")
        .rule("va.meeting-evaluates-activity-plan", SHALL, "O1a",
            "The agenda of each twin-town meeting evaluates and follows up the activity plan and the"
                + " guidelines.",
            MEETING_NOT_CONFERENCE)
        .rule("va.host-runs-meeting", SHALL, "O1b",
            "For each twin-town meeting the host municipality issues the notice, sets the agenda and"
                + " provides the chair and the secretary.",
            MEETING_NOT_CONFERENCE)
        .rule("va.norden-may-be-invited", MAY, "O1c",
            "Each party may invite Föreningen Norden to twin-town meetings and conferences.")
        .rule("va.delegation-size-own-choice", MAY, "O1d",
            "Each party decides the size and the make-up of its delegation.",
            PARTIES_ARE_DATA)
        .rule("va.delegation-has-leadership", SHALL, "O1d",
            "Each party's delegation to a twin-town meeting or conference includes both political"
                + " leadership and administrative leadership.",
            "Political leadership is the chairs and vice chairs of the council and of the executive board"
                + " and the full-time elected officials (kommunalråd); administrative leadership is the chief"
                + " executive (kommundirektör or kommunchef) and the heads of administrations"
                + " (förvaltningschefer); the classification of positions is domain data that can be"
                + " extended. The leadership must be the delegation's own municipality's: only positions in bodies"
                + " of that municipality count (a body recorded without a municipality is the perspective"
                + " municipality's), so another party's chief executive in the delegation does not count. Judged on"
                + " the event's first day, for each delegation of a party bound that day to a conference or meeting"
                + " of the chain held by the as-of date; a party that sent no delegation is not this clause's"
                + " business. " + PARTIES_ARE_DATA)
        .rule("va.secretary-appointed", SHALL, "O2",
            "Each party has a twin-town secretary appointed on every day of the evaluated period.",
            PARTIES_ARE_DATA + " Judged on the days the party is bound (its membership, while the municipality"
                + " exists) up to the as-of date; a person recorded without a municipality serves the municipality of"
                + " the bodies of their positions.")
        .rule("va.secretaries-meet-yearly", SHALL, "O2",
            "The twin-town secretaries meet at least once in each calendar year of the evaluated period.",
            "\"Per år\" is a calendar year. One obligation per party bound during the year, due by 31 December:"
                + " a secretaries' meeting of the chain that year in which the party's secretary took part (as a"
                + " participant or in a delegation) satisfies it. A meeting with no participants recorded counts for"
                + " every party. A missed year is a finding naming the party.")
        .rule("va.decisions-followed-up", SHALL, "O3",
            "Every decision taken at a twin-town meeting has a recorded follow-up no later than the next"
                + " twin-town meeting.",
            "A decision taken at a twin-town meeting of the chain is due to be followed up by the last day of the"
                + " chain's next meeting (the first twin-town meeting of the chain that starts after the decision,"
                + " whichever party hosts it; a meeting hosted outside the chain is not it). A follow-up dated after"
                + " that day, or after the as-of date, does not count. With no later meeting recorded the deadline"
                + " is not known and nothing is due yet.")
        .rule("va.coordinator-is-next-host-secretary", SHALL, "O3",
            "The coordinator of the secretaries' work is the secretary of the municipality hosting the next"
                + " twin-town meeting, which also answers who coordinates on a given date.",
            MEETING_NOT_CONFERENCE + " The records that show who coordinated are the secretaries' meetings and who"
                + " chaired them: each secretaries' meeting of the chain held by the as-of date is chaired by a"
                + " secretary of the municipality hosting the chain's next twin-town meeting. When no later meeting"
                + " of the chain is recorded, or it has no host, the coordinator cannot be known and there is no"
                + " finding; a meeting with no chair recorded is a finding of its own.")
        .rule("va.contact-register-kept", SHALL, "O3",
            "Each party's twin-town secretary has contact details on record.",
            PARTIES_ARE_DATA)
        .rule("va.revision-at-conference", SHALL, "R",
            "The agreement is revised every 6 years at a conference: the revision is decided at the"
                + " conference of the revision year.",
            "The revision year is the agreement's first year plus 6 (2021 + 6 = 2027), which is a conference"
                + " year; an agreement whose revision year is not a conference year, or does not lie within its"
                + " period or the year right after it, is refused. The revision is decided at the chain's"
                + " conference of the revision year, whichever party of this agreement or of its successor hosts"
                + " it: shown by the revision on its agenda or a decision revising the agreement taken there (or on"
                + " one of its days). Due by 31 December of the revision year. A decision revising the agreement"
                + " taken in any other year, or not at that conference, is a finding dated on the decision.")
        .build();
  }
}
