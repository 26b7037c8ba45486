package se.vanort.domain.document;

import static se.vanort.domain.document.Modality.INFO;
import static se.vanort.domain.document.Modality.MAY;
import static se.vanort.domain.document.Modality.SHALL;
import static se.vanort.domain.document.Modality.SHOULD;

/** Vimmerby's strategy for international contacts, clause by clause and rule by rule as the catalogue lists them. */
final class Vis2016 {
  private static final String WHY = "Varför engagera sig internationellt? ";
  private static final String GOALS = "Vad vill vi uppnå? strecksats ";
  private static final String MOTIVES = "Not checkable from records: it states motives for international engagement.";
  private static final String CALENDAR_YEARS = "Years are calendar years.";
  /** Who may decide which matter: the authority table that the who-decides query answers from. */
  private static final String AUTHORITY =
      " Who may decide is read from the authority table that also answers who-decides.";

  /** Whom and from when the strategy binds: every rule of VIS2016 reads its records so. */
  private static final String OWNER =
      " The strategy binds the municipality that adopted it (Vimmerby, the register's perspective) from the"
          + " adoption (2016-06-27) on; a year counts only when it begins on or after the adoption, and a"
          + " register seen from another municipality gets no finding of it. The municipality's bodies are"
          + " those recorded as its own and those recorded without a municipality (a regional network"
          + " belongs to none).";

  private Vis2016() {}

  static Document document() {
    return new DocumentTable(
            "VIS2016",
            "Strategi för Vimmerby kommuns internationella kontakter, antagen av kommunfullmäktige 2016-06-27"
                + " § 172",
            "Strategy for Vimmerby municipality's international contacts, adopted by the municipal council on"
                + " 2016-06-27, § 172",
            "vimmerby-internationell-strategi-2016.txt")
        .clause("B", "Bakgrund", INFO,
            "Vimmerby kommun har sedan andra världskriget en etablerad kontakt med Kauhava i Finland."
                + " Tillsammans med Skaerbaek i Danmark bildades en vänortskedja som sedan utökades med Rygge"
                + " i Norge 1988 och Thorlakshöfn på Island 2000. Då Skaerbaek inte längre är en egen kommun"
                + " har Vimmerby ingen formell vänort i Danmark, men kontakterna fortsätter via Föreningen"
                + " Norden.\n\n"
                + "Utöver de nordiska vänorterna har Vimmerby kommun sedan 1994 en etablerad vänort i Litauen"
                + " som heter Joniskis. Ett flertal olika projekt har genomförts.\n\n"
                + "Under 2006 inleddes kontakter med Mukono i Uganda med barnkonventionen och barns och ungas"
                + " rättigheter som grundpelare. Ett partnerskapsavtal ingicks 2007 och fram till 2013 har tre"
                + " projekt genomförts med stöd av ICLD (Internationellt Centrum för Lokal Demokrati)."
                + " Därutöver har kommunen en rad kontakter och utbyten med andra städer inom framförallt"
                + " skolans områden.",
            "Since the Second World War, Vimmerby municipality has had an established contact with Kauhava in"
                + " Finland. Together with Skærbæk in Denmark a twin-town chain was formed, later extended by"
                + " Rygge in Norway in 1988 and Þorlákshöfn in Iceland in 2000. As Skærbæk is no longer a"
                + " municipality of its own, Vimmerby has no formal twin town in Denmark, but the contacts"
                + " continue through Föreningen Norden.\n\n"
                + "Besides the Nordic twin towns, Vimmerby municipality has since 1994 had an established twin"
                + " town in Lithuania called Joniškis. A number of projects have been carried out.\n\n"
                + "In 2006 contacts began with Mukono in Uganda, founded on the Convention on the Rights of the"
                + " Child and the rights of children and young people. A partnership agreement was concluded in"
                + " 2007, and up to 2013 three projects were carried out with support from ICLD (the"
                + " International Centre for Local Democracy). The municipality also has a range of contacts"
                + " and exchanges with other towns, above all in the field of schools.",
            "Not checkable from records: it is reference data, the relations and their start years (Kauhava"
                + " since the Second World War, Rygge 1988, Þorlákshöfn 2000, Joniškis 1994, Mukono contacts"
                + " 2006 and partnership 2007), which stand even where other sources differ; a relation with a"
                + " municipality that no longer exists, such as Skærbæk (merged into Tønder on 2007-01-01), is"
                + " not a formal twin-town relation.")
        .clause("W1", WHY + "¶1", INFO,
            "Omvärlden påverkar oss alltmer och sambandet mellan det lokala och globala blir allt tydligare."
                + " Den svenska staten stödjer och uppmuntrar lokalt engagemang i internationellt arbete."
                + " Internationellt arbete bidrar till förståelse och solidaritet och förebygger"
                + " främlingsfientlighet. För att stärka solidariteten mellan människor, motverka rasism och"
                + " främja en demokratisk utveckling är det viktigt att framförallt barn och ungdomar tidigt"
                + " får kontakt med andra länder och kulturer.",
            "The world around us affects us more and more, and the link between the local and the global grows"
                + " ever clearer. The Swedish state supports and encourages local engagement in international"
                + " work. International work contributes to understanding and solidarity and prevents"
                + " xenophobia. To strengthen solidarity between people, counter racism and promote democratic"
                + " development, it is important that above all children and young people come into contact"
                + " with other countries and cultures early.",
            MOTIVES)
        .clause("W2", WHY + "¶2", INFO,
            "Vimmerby kommun vill utveckla den kommunala verksamheten genom att ta hem kompetens via"
                + " samarbete med andra länder. Samarbetet ska ske utifrån verksamhetens behov av utveckling och"
                + " är en del av kommunens strategiska arbete.",
            "Vimmerby municipality wants to develop its municipal services by bringing home competence"
                + " through cooperation with other countries. The cooperation shall proceed from the services'"
                + " need of development and is part of the municipality's strategic work.",
            MOTIVES)
        .clause("W3", WHY + "¶3", SHOULD,
            "Vimmerby är en internationell besöksort och därför ska Vimmerby kommun som en naturlig del i det"
                + " dagliga arbetet på alla förvaltningar eftersträva inslag av internationella kontakter. Att"
                + " personalen kan delta i utbyten med andra länder gör Vimmerby till en attraktiv arbetsgivare.",
            "Vimmerby is an international destination for visitors, and therefore Vimmerby municipality shall,"
                + " as a natural part of the daily work in every administration, strive for elements of"
                + " international contact. That the staff can take part in exchanges with other countries makes"
                + " Vimmerby an attractive employer.")
        .clause("W4", WHY + "¶4", SHALL,
            "Kommunens internationella kontakter sker främst genom skol- och ungdomsutbyten, kommunala"
                + " partnerskapsprojekt och vänortssamarbete. I varje form av internationell kontakt skall det"
                + " undersökas om kommunen kan få extern finansiering, t ex via EU, Nordiska Ministerrådet, ICLD"
                + " eller Svenska Institutet.",
            "The municipality's international contacts take place mainly through school and youth exchanges,"
                + " municipal partnership projects and twin-town cooperation. In every form of international"
                + " contact it shall be investigated whether the municipality can obtain external funding, for"
                + " example through the EU, the Nordic Council of Ministers, ICLD or the Swedish Institute.")
        .clause("W5", WHY + "¶5", SHALL,
            "Etablering av nya vänorter beslutas av kommunfullmäktige. Inriktningen är att hellre sluta"
                + " partnerskapsavtal med visst tema eller tidsperiod än att anta nya vänorter.",
            "The establishment of new twin towns is decided by the municipal council. The intention is rather"
                + " to conclude partnership agreements with a particular theme or for a limited period than to"
                + " adopt new twin towns.")
        .clause("G1", GOALS + "1", INFO,
            "ta ett internationellt medansvar för en demokratisk utveckling i världen",
            "Through its international contacts, Vimmerby municipality shall take a share of international"
                + " responsibility for democratic development in the world.")
        .clause("G2", GOALS + "2", INFO,
            "öka förståelsen mellan olika kulturer för att på så sätt förebygga främlingsfientlighet",
            "Through its international contacts, Vimmerby municipality shall increase understanding between"
                + " cultures and so prevent xenophobia.")
        .clause("G3", GOALS + "3", INFO,
            "bidra till att värna om den globala miljön",
            "Through its international contacts, Vimmerby municipality shall help to protect the global"
                + " environment.")
        .clause("G4", GOALS + "4", INFO,
            "ge våra barn och ungdomar möjlighet till internationella kontakter för att motverka"
                + " främlingsfientlighet och underlätta inträdet på en alltmer internationell arbetsmarknad",
            "Through its international contacts, Vimmerby municipality shall give our children and young"
                + " people the opportunity of international contacts, to counter xenophobia and ease their"
                + " entry into an ever more international labour market.")
        .clause("G5", GOALS + "5", INFO,
            "ge våra barn och ungdomar möjlighet att praktiskt träna språkkunskaper utomlands",
            "Through its international contacts, Vimmerby municipality shall give our children and young"
                + " people the opportunity to practise their language skills abroad.")
        .clause("G6", GOALS + "6", INFO,
            "genom kunskapsöverföring bidra till att stärka demokratin där det så finns behov",
            "Through its international contacts, Vimmerby municipality shall, by transferring knowledge, help"
                + " to strengthen democracy where there is such a need.")
        .clause("G7", GOALS + "7", INFO,
            "som kompetensutveckling ge den kommunala personalen möjlighet att se med andra ögon på vår egen"
                + " verksamhet.",
            "Through its international contacts, Vimmerby municipality shall, as professional development,"
                + " give the municipal staff the opportunity to see our own work through other eyes.")
        .clause("G8", GOALS + "8", INFO,
            "öka intresset för Sverige, vår region och Vimmerby.",
            "Through its international contacts, Vimmerby municipality shall increase interest in Sweden, our"
                + " region and Vimmerby.")
        .clause("V1", "Vänortssamarbete ¶1", INFO,
            "De nordiska kontakterna sköts framför allt genom Föreningen Norden med Kauhava i Finland, Rygge i"
                + " Norge, Skaerbaek i Danmark och Thorlakshöfn på Island.",
            "The Nordic contacts are handled above all through Föreningen Norden, with Kauhava in Finland,"
                + " Rygge in Norway, Skærbæk in Denmark and Þorlákshöfn in Iceland.")
        .clause("V2", "Vänortssamarbete ¶2", SHALL,
            "Vimmerby kommun deltar i Nordenmöten vartannat år.",
            "Vimmerby municipality takes part in the Nordic meetings every second year.")
        .clause("V3", "Vänortssamarbete ¶3", SHOULD,
            "För samarbetet med Joniskis kommun i Litauen tar kommunen ett särskilt ansvar."
                + " Vänortssamarbetet bör utvecklas till ett aktivt erfarenhetsutbyte inom olika kommunala"
                + " verksamhetsområden.",
            "The municipality takes a particular responsibility for the cooperation with Joniškis"
                + " municipality in Lithuania. The twin-town cooperation should develop into an active exchange"
                + " of experience across different municipal areas of operation.")
        .clause("P1", "Kommunala partnerskap ¶1", SHALL,
            "Vimmerby kommun fortsätter samarbetet med Mukono, Uganda i särskilda projekt med"
                + " barnkonventionen som grund. Samarbetet finansieras med statliga biståndsmedel, eller med"
                + " andra externa medel.",
            "Vimmerby municipality continues the cooperation with Mukono, Uganda, in particular projects"
                + " founded on the Convention on the Rights of the Child. The cooperation is financed by state"
                + " development aid or by other external funds.")
        .clause("P2", "Kommunala partnerskap ¶2", SHALL,
            "Olika ansökningar angående kommunala partnerskap beslutas på styrelse/nämndnivå. Det är också"
                + " styrelse/nämnd som utser styrgrupper.",
            "Applications concerning municipal partnerships are decided at the level of the executive board"
                + " or a committee. It is also the executive board or a committee that appoints steering"
                + " groups.")
        .clause("P3", "Kommunala partnerskap ¶3", SHOULD,
            "Samråd bör tas i internationella nätverket innan en nämnd satsar på ett nytt partnerskap.",
            "The international network should be consulted before a committee commits to a new partnership.")
        .clause("P4", "Kommunala partnerskap ¶4", SHOULD,
            "Vi skall sträva efter att samverka med andra kommuner som har aktiva partnerskap inom samma"
                + " område.",
            "We shall strive to cooperate with other municipalities that have active partnerships in the same"
                + " field.")
        .clause("E1", "Skol- och kulturutbyte ¶1", MAY,
            "Skolor/skolklasser samarbetar med skolor/skolklasser i andra länder inom eller utanför"
                + " vänorterna och partnerskapen.",
            "Schools and school classes cooperate with schools and school classes in other countries, within"
                + " or outside the twin towns and the partnerships.")
        .clause("E2", "Skol- och kulturutbyte ¶2", SHALL,
            "Beslut om deltagande sker inom skolan inom egen budget och behöver ej tas upp för politiskt"
                + " beslut förutom om det krävs av ekonomiska skäl.",
            "Participation is decided within the school, within its own budget, and need not be brought up"
                + " for a political decision unless economic reasons require it.")
        .clause("O1", "Organisation ¶1", SHALL,
            "Kommunstyrelsen ansvarar för ledning och samordning av det internationella arbetet i kommunen."
                + " För att samordna och genomföra arbetet behövs det tjänstemän.",
            "The executive board is responsible for leading and coordinating the municipality's international"
                + " work. Officials are needed to coordinate and carry out the work.")
        // The catalogue numbers five paragraphs under Organisation where the seed has four: its O2 and O3
        // are the first sentence and the rest of the seed's second paragraph.
        .clause("O2", "Organisation ¶2, första meningen", SHOULD,
            "Deltagande sker i första hand genom förtroendevalda från kommunfullmäktige eller kommunstyrelsen"
                + " tillsammans med berörd tjänsteman.",
            "Participation takes place primarily through elected representatives from the municipal council"
                + " or the executive board together with the official concerned.")
        .clause("O3", "Organisation ¶2, andra och tredje meningen", SHOULD,
            "Kommunfullmäktiges ordförande eller kommunstyrelsens ordförande är den som bör representera"
                + " kommunen i internationella sammanhang. Detta gäller framförallt vänortsbesök.",
            "The chair of the municipal council or the chair of the executive board is the one who should"
                + " represent the municipality in international settings. This applies above all to twin-town"
                + " visits.")
        .clause("O4", "Organisation ¶3", SHOULD,
            "Vid genomförande av projekt av olika slag deltar förtroendevalda och tjänstemän som är berörda"
                + " och det är en framgångsfaktor att ha med deltagare från olika nivåer inom kommunen.",
            "When projects of various kinds are carried out, the elected representatives and officials"
                + " concerned take part, and having participants from different levels of the municipality is a"
                + " factor of success.")
        .clause("O5", "Organisation ¶4", SHALL,
            "Varje nämnd beslutar om sina projekt och tar sina kostnader för internationella kontakter. Vi"
                + " skall sträva efter att samverka mellan olika nämnder.",
            "Each committee decides on its own projects and bears its own costs of international contacts. We"
                + " shall strive for cooperation between different committees.")
        .clause("N1", "Internationellt nätverk ¶1", SHALL,
            "För att få en bra samordning ska det finnas ett internationellt nätverk inom kommunen med"
                + " representanter från de olika förvaltningarna och fullmäktige. Nätverket leds av"
                + " internationell samordnare inom kommunstyrelseförvaltningen. Nätverket träffas ca två gånger"
                + " per år. Information om olika projekt och utbyten ska också läggas ut på kommunens hemsida.",
            "For good coordination there shall be an international network within the municipality, with"
                + " representatives of the various administrations and of the council. The network is led by"
                + " the international coordinator within the executive board's administration. The network"
                + " meets about twice a year. Information about projects and exchanges shall also be published"
                + " on the municipality's website.")
        .clause("N2", "Internationellt nätverk ¶2", SHALL,
            "Internationell samordnare deltar också i regionens nätverk för internationella frågor.",
            "The international coordinator also takes part in the region's network for international issues.")
        // The catalogue numbers two paragraphs under Revidering where the seed has one of two sentences.
        .clause("R1", "Revidering ¶1, första meningen", SHALL,
            "Vimmerby kommuns internationella strategi revideras en gång per mandatperiod.",
            "Vimmerby municipality's international strategy is revised once in every term of office.")
        .clause("R2", "Revidering ¶1, andra meningen", SHALL,
            "Redovisning av pågående internationellt arbete sker i samband med nämndernas återredovisning till"
                + " kommunfullmäktige.",
            "Ongoing international work is reported together with the committees' report back to the"
                + " municipal council.")
        .rule("vis.international-in-every-administration", SHOULD, "W3",
            "Each administration of the municipality has some international activity in the evaluated"
                + " period.",
            "\"Ska … eftersträva\" asks for an effort, so the rule is a recommendation. One finding per"
                + " administration of the municipality in the register that had no international activity in"
                + " the evaluated period: a project owned by or involving it, an event the municipality takes"
                + " part in (an exchange, a study visit, a visit, a conference, a meeting; not the"
                + " municipality's own network meetings) with one of its people in the delegation or among"
                + " the municipality's participants, or one of its people in the municipality's international"
                + " network. An administration's people are those holding a position in it, in the committee"
                + " or board it serves, or in a school or unit under either; so the rule infers whose activity"
                + " it was from the positions people hold. Judged once the evaluated period has ended."
                + OWNER)
        .rule("vis.external-funding-investigated", SHALL, "W4",
            "Every international contact (project, exchange or partnership) records that external funding was"
                + " investigated, naming the sources considered (the EU, the Nordic Council of Ministers, ICLD,"
                + " the Swedish Institute or others).",
            "\"I varje form av internationell kontakt\": every contact however it is recorded, a project owned by"
                + " one of the municipality's bodies, or an exchange or study visit recorded as an event of its own"
                + " (not part of a project) that the municipality takes part in. The investigation is due no later"
                + " than the contact's first day; one dated later is a finding that says it came late, and one dated"
                + " after the as-of date does not exist yet for the check." + OWNER)
        .rule("vis.new-twin-town-by-council", SHALL, "W5",
            "A decision to establish a new twin town is taken by the municipal council (kommunfullmäktige).",
            "Every decision to establish a twin town taken by a body of the municipality in the period, on or"
                + " before the as-of date, by a body other than the council is a finding. A twin-town relation"
                + " of the municipality that starts in a year of the period (not after the as-of date) with no"
                + " decision establishing it (a decision of the matter \"establish twin town\" naming the"
                + " relation or the partner) is a finding too, and gets the vis.prefer-partnership advice. A"
                + " relation that carries on one with a municipality merged into the partner (Rygge into Moss:"
                + " the old relation in force on the merged municipality's last day, the new one begun by the"
                + " year after the merger) is not a new twin town; one begun years later (Tønder in 2022, long"
                + " after Skærbæk) is. Decisions taken jointly at a twin-town meeting are the chain's, not"
                + " the municipality's, and are not judged here." + AUTHORITY + OWNER)
        .rule("vis.prefer-partnership", SHOULD, "W5",
            "A proposal for a new twin town gets the advice to consider a partnership with a theme or a time"
                + " limit, and so does a partnership agreement that has neither.",
            "Advice, not blame. Every decision to establish a twin town by a body of the municipality in the"
                + " period gets the advice; one dated after the as-of date is a proposal and gets it too, since"
                + " that is when it helps. A decision on a relation that carries on one with a municipality merged"
                + " into the partner (Rygge into Moss) establishes no new twin town and gets none. So does every new twin-town relation that starts in the period with"
                + " no decision establishing it (as vis.new-twin-town-by-council reads it), and every"
                + " partnership relation of the municipality with neither a theme nor an end that is in force in"
                + " the period and began no earlier than the year of the strategy's adoption." + OWNER)
        .rule("vis.goal-coverage", INFO, "G1 G2 G3 G4 G5 G6 G7 G8",
            "Activities may be tagged with the eight goals, and the report shows the goals that had no"
                + " activity, as a coverage line rather than a finding.")
        .rule("vis.nordic-meeting-every-second-year", SHALL, "V2",
            "Vimmerby takes part in the Nordic twin-town meeting every second year: it hosts or sends a"
                + " delegation to the chain's conference of each conference year.",
            "The Nordic meetings (Nordenmöten) are the twin-town chain's conferences, so the years are the"
                + " conference years of an agreement that binds the municipality that year (2021, 2023, 2025, …"
                + " under VA2021). Taking part is hosting the conference or sending a delegation to it; a conference"
                + " of another chain does not count. Due by 31 December. " + CALENDAR_YEARS + OWNER)
        .rule("vis.joniskis-broad-exchange", SHOULD, "V3",
            "The activities with Joniškis in the evaluated period span at least two municipal areas of"
                + " operation.",
            "Joniškis is the partner of the municipality's twin-town relation with a municipality in Lithuania"
                + " in force during the period; names are not compared. The projects with it (by partner or by"
                + " relation) that run in the period span at least two operational areas between them. Events"
                + " record no operational area, so only projects count. The requirement is on the whole period,"
                + " so it is judged once the period has ended; without such a relation there is nothing to"
                + " judge." + OWNER)
        .rule("vis.mukono-external-funding", SHALL, "P1",
            "Every Mukono project is grounded in the Convention on the Rights of the Child and is financed by"
                + " state aid or other external funds, not from the municipality's own budget.",
            "Mukono is the partner of the municipality's partnership relation with a municipality in Uganda in"
                + " force during the period; names are not compared. Every project with it (by partner or by"
                + " relation) that started under the strategy and on or before the as-of date is grounded in the"
                + " Convention on the Rights of the Child and financed by external sources only: no money from"
                + " the own budget, and at least one external source recorded." + OWNER)
        .rule("vis.partnership-decided-by-board", SHALL, "P2",
            "Applications for municipal partnerships are decided by the executive board or a committee.",
            "Every decision on a partnership application taken by a body of the municipality in the period,"
                + " on or before the as-of date, is taken by the executive board or a committee; one taken by the"
                + " council, an administration or a school is a finding." + AUTHORITY + OWNER)
        .rule("vis.steering-group-by-board", SHALL, "P2",
            "Steering groups are appointed by the executive board or a committee.",
            "Judged are the decisions appointing a steering group taken by the municipality's bodies in the"
                + " period, and the decisions that appointed the steering groups of the municipality's projects"
                + " (whoever took them, a twin-town meeting included), each once, when taken under the strategy"
                + " and on or before the as-of date; one not taken by the executive board or a committee is a"
                + " finding." + AUTHORITY + OWNER)
        .rule("vis.network-consulted-first", SHOULD, "P3",
            "Before a committee commits to a new partnership, the international network was consulted: the"
                + " consultation is dated on or before the decision.",
            "A partnership (a project of kind partnership) is new when the municipality had no earlier"
                + " partnership relation (one that began in an earlier year) or project with that partner; a"
                + " later phase is not new. The partner is the project's, or its relation's; a partnership whose"
                + " partner is not recorded is taken as new. The committee commits on the day of the earliest"
                + " decision on the partnership application or the project, or on the day the project starts if"
                + " that is earlier or no decision is recorded; the project records a consultation of the"
                + " municipality's international network dated on or before that day. Judged when that day lies"
                + " under the strategy and on or before the as-of date." + OWNER)
        .rule("vis.seek-peer-municipalities", SHOULD, "P4",
            "A new partnership records whether other municipalities with active partnerships in the same"
                + " field were sought out.",
            "A new partnership (as vis.network-consulted-first reads \"new\") that started under the strategy"
                + " and on or before the as-of date records that other municipalities with active partnerships"
                + " in the same field were sought out. Recording that none were sought gets the finding, as"
                + " recording nothing does: \"sträva efter\" asks for the effort." + OWNER)
        .rule("vis.school-exchange-decision", SHALL, "E2",
            "A school exchange is decided within the school when it fits the school's own budget; when it does"
                + " not, or economic reasons otherwise require it, it needs a decision by the responsible"
                + " committee.",
            "Every school exchange (a project of kind school exchange) that started under the strategy and on"
                + " or before the as-of date has a decision on it taken on or before the as-of date. When it"
                + " fits the owner's own budget (or no budget is recorded, the clause's ordinary case) the school"
                + " that owns it decides, and a decision by the responsible committee also serves, since the"
                + " clause only spares the school a political decision. When it does not fit, the responsible"
                + " committee decides: the committee the school sits under, or the owner itself when a committee"
                + " owns the exchange; where the register names no such committee, a decision by any committee or"
                + " by the executive board of the municipality serves." + AUTHORITY + OWNER)
        .rule("vis.executive-board-coordinates", SHALL, "O1",
            "The leadership and coordination of the international work lie with the executive board, which"
                + " also answers who leads it.",
            "What the records can show is the arrangement, not the daily leadership. On the day judged (the"
                + " as-of date or the end of the period, whichever is first) the municipality has an executive"
                + " board, and someone of the municipality is international coordinator in an administration"
                + " that sits under the executive board, the official the clause says the coordination needs."
                + OWNER)
        .rule("vis.delegation-elected-with-official", SHOULD, "O2",
            "A delegation consists primarily of elected members of the municipal council or the executive"
                + " board together with the official concerned.",
            "Every delegation the municipality sends to a conference, twin-town meeting, twin-town visit or"
                + " study visit in the period, dated under the strategy and on or before the as-of date, holds"
                + " at least one member with an elected role in the council or the executive board on the day,"
                + " and at least one official; they must be different people, so one person who is both does"
                + " not satisfy the clause alone. Youth camps and forums, exchanges, and the secretaries' and"
                + " networks' meetings are not representation of the municipality in the clause's sense and are"
                + " not judged." + OWNER)
        .rule("vis.chair-represents", SHOULD, "O3",
            "The chair of the municipal council or of the executive board represents the municipality, above"
                + " all on twin-town visits.",
            "\"Framförallt vänortsbesök\" stresses visits; it does not limit the clause. Every twin-town event"
                + " the municipality takes part in (hosts or sends a delegation to) in the period, dated under"
                + " the strategy and on or before the as-of date (a visit, a conference or a twin-town meeting),"
                + " gets the finding when neither the chair of the council nor the chair of the executive board"
                + " on that day is among the municipality's delegation or its own participants. A host that"
                + " records neither a delegation nor participants of its own leaves open who received the"
                + " guests, so it gets no finding." + OWNER)
        .rule("vis.mixed-levels", SHOULD, "O4",
            "A project has participants from different levels of the municipality, both elected"
                + " representatives and officials.",
            "Every project of the municipality that started under the strategy and on or before the as-of date"
                + " has among its participants at least one elected representative (an elected role in the"
                + " council, the executive board or a committee) and at least one official, each holding that"
                + " role at some time during the project. School exchanges are not judged: VIS2016/E2 keeps"
                + " them within the school, away from political decisions." + OWNER)
        .rule("vis.committee-owns-project", SHALL, "O5",
            "Each project is decided by the committee that owns it and paid from that committee's budget.",
            "Every project of the municipality that started under the strategy and on or before the as-of date"
                + " has a decision on it, taken on or before the as-of date by the committee that owns it: the"
                + " owner when it may decide projects (a committee or the executive board), else the committee"
                + " the owner sits under. The owning committee's decision on the project's partnership"
                + " application counts as its decision on the project. That the owner bears the cost is what the"
                + " register means by owner, so it needs no check of its own. School exchanges are left to"
                + " vis.school-exchange-decision (VIS2016/E2), which lets the school decide within its budget."
                + AUTHORITY + OWNER)
        .rule("vis.cross-committee-cooperation", SHOULD, "O5",
            "The evaluated period has at least one project involving more than one committee.",
            "A project involves the committee (or the executive board) that owns it or takes part in it, and"
                + " the committee a school or administration that does so sits under. The requirement is on"
                + " the whole period, so it is judged once the period has ended." + OWNER)
        .rule("vis.network-constituted", SHALL, "N1",
            "An international network exists with members from several administrations and from the"
                + " council, led by the international coordinator of the executive board's administration.",
            "\"Representanter från de olika förvaltningarna och fullmäktige\": on the day judged (the as-of"
                + " date or the end of the period, whichever is first) the municipality has an international"
                + " network; its members (those holding a position in it that day, substitutes not counted)"
                + " include someone from every administration of the municipality in the register (a position"
                + " in the administration, in the committee or board it serves, or in a school or unit under"
                + " either, so the rule infers the administration from the positions held) and someone with an"
                + " elected role in the council, and it is led (chair or international coordinator in it) by"
                + " the international coordinator of the executive board's administration. The finding names"
                + " the administrations missing." + OWNER)
        .rule("vis.network-meets-twice-yearly", SHOULD, "N1",
            "The international network meets about twice a year: each of the two meetings of a calendar year"
                + " that is not held is a finding.",
            CALENDAR_YEARS + " \"Ca\" makes the frequency approximate, so the rule is a recommendation. Two"
                + " obligations a year, the first and the second meeting of the municipality's network, each due by"
                + " 31 December; the calendar shows the first by 30 June so that they spread over the year." + OWNER)
        .rule("vis.projects-published", SHALL, "N1",
            "Every project and exchange is published on the municipality's website.",
            "Every international contact, however recorded (a project, or an exchange or study visit recorded as"
                + " an event of its own), is published no later than its last day; a publication dated later is a"
                + " finding that says it came late, and one dated after the as-of date does not exist yet for the"
                + " check." + OWNER)
        .rule("vis.coordinator-in-regional-network", SHALL, "N2",
            "The international coordinator takes part in the region's network for international issues in"
                + " each year.",
            CALENDAR_YEARS + " The coordinator takes part in a year when they attend one of the regional network's"
                + " meetings that year (as a participant or in the municipality's delegation) or hold a position in"
                + " the regional network during the year. Due by 31 December." + OWNER)
        .rule("vis.strategy-revised-each-term", SHALL, "R1",
            "The strategy is revised once in every mandate period: a mandate period that ended without a"
                + " revision is a finding.",
            "A mandate period (mandatperiod) runs four years from 15 October of the election year (2014, 2018,"
                + " 2022, 2026, …): 2014-10-15 to 2018-10-14, 2018-10-15 to 2022-10-14, and so on. The revision is"
                + " due by the period's last day, and a decision of the municipal council in the period that adopts"
                + " or revises the strategy satisfies it (the adoption renews it for its own period). A check takes"
                + " the periods that end within the evaluated period." + OWNER)
        .rule("vis.international-work-reported", SHALL, "R2",
            "Each committee with international work in a year reports it in its report back"
                + " (återredovisning) to the municipal council.",
            CALENDAR_YEARS + " A committee (or the executive board) has international work in a year when it owns"
                + " or takes part in a project running that year, or answers for a school or administration that"
                + " does. The report back on year Y is given when the council approves the annual accounts: due by"
                + " 30 June of Y+1 (a parameter of the strategy); before that it is due, not missed. A report that"
                + " leaves the international work out, or is dated after the deadline, does not satisfy it." + OWNER)
        .build();
  }
}
