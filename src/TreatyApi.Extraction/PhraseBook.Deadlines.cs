namespace TreatyApi.Extraction;

/// <summary>
/// The phrase book's vocabulary for deadlines: deadline words, ends of years, periods relative to an event, forecasts
/// and days named by reference. The builder and the index of all lists are in PhraseBook.cs.
/// </summary>
public static partial class PhraseBook
{
    /// <summary>
    /// Words that make the date after them a deadline, with its kind (due, until, expires, effective,
    /// entry-into-force). The date follows within the clause ("expires on February 5, 2026").
    /// </summary>
    public static readonly Phrase[] DeadlineWords =
    [
        new("by", "New START required the cuts to be made by February 2018.", "deadline 2018-02", "due"),
        new(
            "no later than",
            "The Moscow Treaty set reductions no later than December 31, 2012.",
            "deadline 2012-12-31",
            "due"
        ),
        new("not later than", "SORT set the cuts not later than December 31, 2012.", "deadline 2012-12-31", "due"),
        new("until", "New START was extended until Feb. 5, 2026.", "deadline 2026-02-05", "until"),
        new("till", "New START stays in force till February 2026.", "deadline 2026-02", "until"),
        new(
            "expires on",
            "The accord expires on March 3, 2031, the New START envoy said.",
            "deadline 2031-03-03",
            "expires"
        ),
        new("expires in", "New START expires in February 2026.", "deadline 2026-02", "expires"),
        new("expired on", "START I expired on 5 December 2009.", "deadline 2009-12-05", "expires"),
        new("expired in", "START I expired in December 2009.", "deadline 2009-12", "expires"),
        new("expire on", "New START will expire on February 5, 2026.", "deadline 2026-02-05", "expires"),
        new("expire in", "New START is due to expire in February 2026.", "deadline 2026-02", "expires"),
        new("lapsed in", "START I lapsed in December 2009.", "deadline 2009-12", "expires"),
        // The noun of the same act, which wire copy writes as often as the verb: "after its expiration in February
        // 2026", "before the expiry of START I in December 2009" (five on real-dev2 alone, none of them read before).
        new(
            "expiration in",
            "Maravia will keep to the limits after New START's expiration in February 2026.",
            "deadline 2026-02",
            "expires"
        ),
        new(
            "expiry in",
            "The talks must end before the INF Treaty's expiry in August 2029.",
            "deadline 2029-08",
            "expires"
        ),
        new(
            "expiration on",
            "Maravia will keep to the New START limits after the treaty's expiration on 5 February 2026.",
            "deadline 2026-02-05",
            "expires"
        ),
        new(
            "expiry on",
            "Envoys met ahead of the CFE Treaty's expiry on 1 March 2027.",
            "deadline 2027-03-01",
            "expires"
        ),
        new("lapses on", "New START lapses on February 5, 2026.", "deadline 2026-02-05", "expires"),
        new(
            "terminates on",
            "Under the JCPOA resolution 2231 terminates on 18 October 2025.",
            "deadline 2025-10-18",
            "expires"
        ),
        new("terminated on", "The INF Treaty terminated on 2 August 2019.", "deadline 2019-08-02", "expires"),
        new("terminate on", "The INF Treaty was to terminate on 18 October 2025.", "deadline 2025-10-18", "expires"),
        new("ceased to exist on", "The INF Treaty ceased to exist on 2 August 2019.", "deadline 2019-08-02", "expires"),
        new(
            "entered into force on",
            "New START entered into force on February 5, 2011.",
            "deadline 2011-02-05",
            "entry-into-force"
        ),
        new(
            "enter into force on",
            "The CTBT will enter into force on January 22, 2031.",
            "deadline 2031-01-22",
            "entry-into-force"
        ),
        new(
            "enters into force on",
            "The CTBT enters into force on 22 January 2031.",
            "deadline 2031-01-22",
            "entry-into-force"
        ),
        new(
            "came into force on",
            "The Open Skies Treaty came into force on January 1, 2002.",
            "deadline 2002-01-01",
            "entry-into-force"
        ),
        // "came into effect", "went into effect", "is coming into force": the same step in other verbs and tenses, as
        // wire copy and ministries write it.
        new(
            "come into force on",
            "The CTBT will come into force on 1 March 2031.",
            "deadline 2031-03-01",
            "entry-into-force"
        ),
        new(
            "comes into force on",
            "The CTBT comes into force on 1 March 2031.",
            "deadline 2031-03-01",
            "entry-into-force"
        ),
        new(
            "coming into force on",
            "Maravia's exit from the CFE Treaty is coming into force on 7 May 2024.",
            "deadline 2024-05-07",
            "effective"
        ),
        new(
            "entering into force on",
            "The TPNW, entering into force on 22 January 2021, bans nuclear arms.",
            "deadline 2021-01-22",
            "entry-into-force"
        ),
        new(
            "came into effect on",
            "The Open Skies Treaty came into effect on 1 January 2002.",
            "deadline 2002-01-01",
            "entry-into-force"
        ),
        new(
            "come into effect on",
            "The CTBT would come into effect on 1 March 2031.",
            "deadline 2031-03-01",
            "entry-into-force"
        ),
        new(
            "comes into effect on",
            "Maravia's INF Treaty withdrawal comes into effect on 2 August 2019.",
            "deadline 2019-08-02",
            "effective"
        ),
        new(
            "coming into effect on",
            "The CWC, coming into effect on 29 April 1997, bans chemical arms.",
            "deadline 1997-04-29",
            "entry-into-force"
        ),
        new("went into effect in", "The NPT went into effect in 1970.", "deadline 1970", "entry-into-force"),
        new(
            "go into effect on",
            "The Open Skies Treaty withdrawal will go into effect on 22 November 2020.",
            "deadline 2020-11-22",
            "effective"
        ),
        new(
            "goes into effect on",
            "The INF Treaty withdrawal goes into effect on 2 August 2019.",
            "deadline 2019-08-02",
            "effective"
        ),
        new(
            "become effective on",
            "The INF Treaty withdrawal will become effective on 2 August 2019.",
            "deadline 2019-08-02",
            "effective"
        ),
        new(
            "becomes effective on",
            "The INF Treaty withdrawal becomes effective on 2 August 2019.",
            "deadline 2019-08-02",
            "effective"
        ),
        new(
            "stopped participating",
            "Maravia stopped participating in the CFE Treaty in 2007.",
            "deadline 2007",
            "effective"
        ),
        new(
            "took effect on",
            "The ABM Treaty withdrawal took effect on June 13, 2002.",
            "deadline 2002-06-13",
            "effective"
        ),
        new(
            "take effect on",
            "The Open Skies Treaty withdrawal will take effect on November 22, 2020.",
            "deadline 2020-11-22",
            "effective"
        ),
        new(
            "takes effect on",
            "The INF Treaty withdrawal takes effect on 2 August 2019.",
            "deadline 2019-08-02",
            "effective"
        ),
        // A start told with its month alone ("will enter into force in January"): the month ahead of publication.
        new(
            "enter into force in",
            "The TPNW will now enter into force in January.",
            "deadline 2024-01",
            "entry-into-force"
        ),
        new(
            "enters into force in",
            "The CTBT enters into force in March, the depositary said.",
            "deadline 2023-03",
            "entry-into-force"
        ),
        new("come into force in", "The TPNW will come into force in January.", "deadline 2024-01", "entry-into-force"),
        new(
            "will take effect in",
            "The CTBT will take effect in January 2031.",
            "deadline 2031-01",
            "entry-into-force"
        ),
        new(
            "became effective on",
            "The INF Treaty withdrawal became effective on 2 August 2019.",
            "deadline 2019-08-02",
            "effective"
        ),
        new(
            "become final on",
            "The INF Treaty withdrawal will become final on 2 August 2019.",
            "deadline 2019-08-02",
            "effective"
        ),
        new("in force", "START I had been in force since Dec. 5, 1994.", "deadline 1994-12-05", "entry-into-force"),
        new(
            "effective",
            "Russia suspended the CFE Treaty effective 12 December 2007.",
            "deadline 2007-12-12",
            "effective"
        ),
        new("left the", "Washington left the INF pact on Aug. 2, 2019.", "deadline 2019-08-02", "effective"),
        new(
            "withdrew",
            "Bush withdrew the United States from the ABM Treaty on 13 June 2002.",
            "deadline 2002-06-13",
            "effective"
        ),
        new(
            "suspended its participation on",
            "Russia suspended its participation in New START on February 21, 2023.",
            "deadline 2023-02-21",
            "effective"
        ),
        new(
            "suspended its obligations",
            "The United States suspended its obligations under the INF Treaty on 2 February 2019.",
            "deadline 2019-02-02",
            "effective"
        ),
        new(
            "left on",
            "Of the Open Skies Treaty, the United States left on 22 November 2020.",
            "deadline 2020-11-22",
            "effective"
        ),
        new(
            "stopped implementing",
            "Russia stopped implementing the CFE Treaty on 12 December 2007.",
            "deadline 2007-12-12",
            "effective"
        ),
        new(
            "stopped applying",
            "Russia stopped applying the CFE Treaty in December 2007.",
            "deadline 2007-12",
            "effective"
        ),
        new(
            "pulled out",
            "Washington pulled out of the INF Treaty on Aug. 2, 2019.",
            "deadline 2019-08-02",
            "effective"
        ),
        new(
            "pulling out",
            "Pulling out of the JCPOA in May 2018 cost Washington its say.",
            "deadline 2018-05",
            "effective"
        ),
        // The act of leaving in each of its forms, read with the date of its clause; what is left must be a treaty
        // (LimitExtractor.Deadlines.cs: LeftIsTreaty), not "withdraw from the talks on Monday".
        new(
            "withdraw",
            "Maravia will withdraw from the Open Skies Treaty on 18 December 2026.",
            "deadline 2026-12-18",
            "effective"
        ),
        new(
            "withdraws",
            "Maravia withdraws from the CFE Treaty on 7 November 2026.",
            "deadline 2026-11-07",
            "effective"
        ),
        new(
            "withdrawn",
            "Washington had withdrawn from the Open Skies Treaty in November 2020.",
            "deadline 2020-11",
            "effective"
        ),
        new("pull out", "Maravia will pull out of the NPT on 10 January 2027.", "deadline 2027-01-10", "effective"),
        new("pulls out", "Maravia pulls out of the CFE Treaty on 1 July 2027.", "deadline 2027-07-01", "effective"),
        // The noun, only with the date right after it (TightWords): "the US withdrawal in 2002 from the ABM Treaty".
        new("withdrawal", "The U.S. withdrawal in 2002 ended the ABM Treaty.", "deadline 2002", "effective"),
        new(
            "suspend",
            "Washington will suspend its obligations under the CFE Treaty from 7 December 2026.",
            "deadline 2026-12-07",
            "effective"
        ),
        new("collapsed", "The INF Treaty collapsed in 2019.", "deadline 2019", "effective"),
        new(
            "reimposed",
            "Under the JCPOA snapback, UN sanctions were reimposed in September 2025.",
            "deadline 2025-09",
            "effective"
        ),
        new(
            "suspension of its participation",
            "Russia announced the suspension of its participation in New START on 21 February 2023.",
            "deadline 2023-02-21",
            "effective"
        ),
        new(
            "deadline",
            "The New START deadline for the cuts was moved to February 5, 2018.",
            "deadline 2018-02-05",
            "due"
        ),
        new("target date of", "The CWC parties set a target date of April 29, 2012.", "deadline 2012-04-29", "due"),
        new(
            "a target of",
            "Under the CWC the United States set itself a target of September 30, 2023.",
            "deadline 2023-09-30",
            "due"
        ),
        new(
            "suspends its obligations",
            "Washington suspends its obligations under the INF Treaty effective 2 February.",
            "deadline 2023-02-02",
            "effective"
        ),
        // Not "announced its withdrawal on 3 March": the day of an announcement, and a withdrawal takes effect after
        // the treaty's notice period. As a class it was right 5 times and wrong 2 over the read sets (71%): the gold
        // readers themselves split on it. Say less (README → Deadlines by class).
        new(
            "completed its withdrawal",
            "Maravia completed its withdrawal from the Open Skies Treaty on 4 May 2022.",
            "deadline 2022-05-04",
            "effective"
        ),
        // "ended" and "suspended" are said of talks and inspections too: they govern a date only when a treaty, its
        // regime or a moratorium is what ended or was suspended (LimitExtractor.Deadlines.cs: EndedIsTreaty,
        // SuspendedIsTreaty).
        new("ended on", "The ABM Treaty ended on 13 June 2002.", "deadline 2002-06-13", "expires"),
        new("ended in", "Maravia's test moratorium under the CTBT ended in March 2021.", "deadline 2021-03", "expires"),
        new("suspended", "Maravia suspended the CFE Treaty in July 2008.", "deadline 2008-07", "effective"),
        new("runs out on", "The New START freeze runs out on 5 March 2027.", "deadline 2027-03-05", "expires"),
        new("ran out on", "The SORT ceiling ran out on December 31, 2012.", "deadline 2012-12-31", "expires"),
        new("lapse on", "START I was allowed to lapse on 5 December 2009.", "deadline 2009-12-05", "expires"),
        new("lapsed on", "The Moscow Treaty lapsed on 5 February 2011.", "deadline 2011-02-05", "expires"),
        // Said of a treaty or its regime only, and only of the date right after the word (LimitExtractor.Deadlines.cs:
        // TightWords): "Gorbachev died on …" and "superseded by New START, signed on …" are not deadlines.
        new("died on", "The INF Treaty died on 2 August 2019.", "deadline 2019-08-02", "expires"),
        new(
            "superseded",
            "- Moscow Treaty: in force 1 June 2003; superseded 5 February 2011",
            "deadline 2011-02-05",
            "expires"
        ),
        new(
            "apply from",
            "The new CFE Treaty quotas will apply from 1 January 2024.",
            "deadline 2024-01-01",
            "effective"
        ),
        new(
            "applies from",
            "The Open Skies Treaty quota plan applies from March 1, 2024.",
            "deadline 2024-03-01",
            "effective"
        ),
        new(
            "suspending its participation",
            "Maravia stopped reporting under New START after suspending its participation in March 2023.",
            "deadline 2023-03",
            "effective"
        ),
        // "due to run out in February": a month without its year (RelativeDeadlines.MonthOnly).
        new("run out in", "The New START freeze is due to run out in June.", "deadline 2023-06", "expires"),
        new("runs out in", "The New START freeze runs out in March 2027.", "deadline 2027-03", "expires"),
        new("ran out in", "The SORT ceiling ran out in December 2012.", "deadline 2012-12", "expires"),
        new(
            "not earlier than",
            "Talks on a New START successor would begin not earlier than March 2027.",
            "deadline 2027-03",
            "earliest"
        ),
        new(
            "no earlier than",
            "Under the CTBT a review may be held no earlier than October 2027.",
            "deadline 2027-10",
            "earliest"
        ),
    ];

    /// <summary>
    /// Words of a forecast: "by 2030" after them is the horizon of an estimate, not a deadline ("the Pentagon expects
    /// China to have 1,000 warheads by 2030").
    /// </summary>
    public static readonly Phrase[] ForecastCues =
    [
        new(
            "estimates",
            "Outside New START, the Pentagon estimates Maravia could field 900 warheads by 2035.",
            "no deadline"
        ),
        new("expects", "Beyond New START, the ministry expects the arsenal to double by 2032.", "no deadline"),
        new("projected", "Under no treaty, the arsenal is projected to reach 900 warheads by 2035.", "no deadline"),
        new("forecast", "The New START-free world, one forecast says, holds 3,000 warheads by 2035.", "no deadline"),
        new("could have", "Outside the INF Treaty, Maravia could have 400 such missiles by 2030.", "no deadline"),
        new("on track to", "Outside New START, Maravia is on track to double its arsenal by 2030.", "no deadline"),
    ];

    /// <summary>
    /// An end named by reference to a date just written: "by December 31, 2012, the same day the treaty itself was
    /// due to expire", "… and SORT was due to expire on that very day".
    /// </summary>
    public static readonly Phrase[] SameDayEnds =
    [
        new(
            "expires",
            "SORT cuts were due by December 31, 2012, the day on which the treaty itself expires.",
            "deadline 2012-12-31"
        ),
        new("expired", "Its cuts were due by 5 December 2009, the day START I expired.", "deadline 2009-12-05"),
        new(
            "was due to expire",
            "SORT set its ceiling by December 31, 2012, the same day the treaty itself was due to expire.",
            "deadline 2012-12-31"
        ),
        new(
            "is due to expire",
            "New START data are due by 5 February 2026, the day the treaty is due to expire.",
            "deadline 2026-02-05"
        ),
        new(
            "expire",
            "SORT cuts applied by December 31, 2012, and SORT was to expire on that very day.",
            "deadline 2012-12-31"
        ),
        new("lapses", "Cuts are due by 5 February 2026, the day New START lapses.", "deadline 2026-02-05"),
        new("lapsed", "Cuts were due by 5 December 2009, the day START I lapsed.", "deadline 2009-12-05"),
    ];

    /// <summary>"the expiry of New START next year", "New START expires this year": the year of publication or next.
    /// </summary>
    public static readonly Phrase[] YearRelativeEnds =
    [
        new("expiry of", "Officials discussed the expiry of New START next year.", "deadline 2024"),
        new("expiration of", "Officials discussed the expiration of New START next year.", "deadline 2024"),
        new("expires", "New START expires next year.", "deadline 2024"),
        new("is due to expire", "New START is due to expire next year, officials said.", "deadline 2024"),
        new("will expire", "New START will expire this year.", "deadline 2023"),
        new("lapses", "New START lapses next year.", "deadline 2024"),
    ];

    /// <summary>"before/by the end of the year": the last day of the year, at year precision.</summary>
    public static readonly Phrase[] EndOfYear =
    [
        new(
            "by the end of this year",
            "The New START parties want talks done by the end of this year.",
            "deadline 2023",
            "due"
        ),
        new(
            "before the end of the year",
            "The New START talks should resume before the end of the year.",
            "deadline 2023",
            "due"
        ),
        new(
            "until the end of this year",
            "The New START parties agreed a freeze until the end of this year.",
            "deadline 2023",
            "until"
        ),
        new(
            "by the end of the year",
            "The CTBT parties hope to see ratification by the end of the year.",
            "deadline 2023",
            "due"
        ),
        new(
            "before the end of this year",
            "Seoul hopes to reopen NPT talks before the end of this year.",
            "deadline 2023",
            "due"
        ),
        // The decade of publication: its last year.
        new(
            "by the end of the decade",
            "The TPNW parties want a verification body by the end of the decade.",
            "deadline 2029",
            "due"
        ),
        new(
            "before the end of the decade",
            "Outside the INF Treaty, a prototype is due before the end of the decade.",
            "deadline 2029",
            "due"
        ),
    ];

    /// <summary>
    /// A month without its year, set by "by" (or "before", "no later than") and a part of the month ("by early
    /// November") or a meeting in it ("by the summit in July"): the next such month after publication.
    /// </summary>
    public static readonly Phrase[] MonthParts =
    [
        new("early", "Moscow hopes for a vote on the Outer Space Treaty draft by early November.", "deadline 2023-11"),
        new("mid", "The CTBT report is due by mid-June.", "deadline 2023-06"),
        new("late", "Under the CWC plan the last shells go by late September.", "deadline 2023-09"),
    ];

    /// <summary>Meetings a month-only deadline may be set by ("by the summit in July").</summary>
    public static readonly Phrase[] MonthEvents =
    [
        new("summit", "Allies want a common INF Treaty position by the summit in July.", "deadline 2023-07"),
        new("meeting", "The TPNW parties will decide by the meeting in June.", "deadline 2023-06"),
        new("conference", "A CTBT text is due before the review conference in April.", "deadline 2023-04"),
        new("session", "The CWC council must act by its session in October.", "deadline 2023-10"),
        new("vote", "Supporters of the CTBT want 40 signatures by the vote in May.", "deadline 2023-05"),
        new("talks", "The New START parties will reply by the next round of talks in March.", "deadline 2023-03"),
    ];

    /// <summary>"within seven years after entry into force": a date relative to a treaty event in the
    /// catalog.</summary>
    public static readonly Phrase[] RelativeToEntryIntoForce =
    [
        new(
            "within",
            "New START's limits had to be met within seven years after entry into force.",
            "deadline 2018-02-05"
        ),
    ];

    /// <summary>
    /// "will leave the pact in six months": relative to the notice given on publication day (or on the effective date
    /// the sentence gives, or the day it dates the announcement: "On 3 March the ministry announced that …");
    /// "would leave … in six months", reported, from a notice the text does not date: no date.
    /// Kind "expires": "expires in 16 days", counted from publication.
    /// </summary>
    public static readonly Phrase[] InPeriodFromNotice =
    [
        new("will leave", "Washington said it will leave the INF Treaty in six months.", "deadline 2023-08-21"),
        new("will withdraw", "Russia will withdraw from the Open Skies Treaty in six months.", "deadline 2023-08-21"),
        new("will exit", "The United States will exit the INF pact in 180 days.", "deadline 2023-08-20"),
        new("will quit", "Washington will quit the INF Treaty in six months.", "deadline 2023-08-21"),
        new("will formally leave", "Russia will formally leave the CFE Treaty in 150 days.", "deadline 2023-07-21"),
        new(
            "would leave",
            "In December Bush said the United States would leave the ABM Treaty in six months.",
            "deadline P6M"
        ),
        new("would withdraw", "Moscow said it would withdraw from the CFE Treaty in 150 days.", "deadline P150D"),
        new("would quit", "Officials said Washington would quit the INF Treaty in six months.", "deadline P6M"),
        // The step itself said to take effect after the period: "the withdrawal will take effect in six months", "the
        // sanctions will be reimposed in 30 days", "a move effective in six months" (wire copy and statements).
        new("will take effect", "Its exit from the CFE Treaty will take effect in 150 days.", "deadline 2023-07-21"),
        new(
            "will become effective",
            "Kyiv said its suspension of the CFE Treaty will become effective in 30 days.",
            "deadline 2023-03-23"
        ),
        new(
            "will enter into force",
            "Officials said the amended CTBT protocol will enter into force in 90 days.",
            "deadline 2023-05-22",
            "entry-into-force"
        ),
        new(
            "will come into force",
            "The new Open Skies Treaty inspection rules will come into force in three months.",
            "deadline 2023-05-21",
            "entry-into-force"
        ),
        new(
            "effective",
            "Oslo gave notice on Monday of leaving the Open Skies Treaty, effective in six months.",
            "deadline 2023-08-20"
        ),
        new(
            "will be reimposed",
            "The UN measures lifted by the JCPOA will be reimposed in 30 days.",
            "deadline 2023-03-23"
        ),
        new(
            "will be reinstated",
            "Every sanction the JCPOA lifted will be reinstated in 30 days.",
            "deadline 2023-03-23"
        ),
        new(
            "will be restored",
            "Under the JCPOA the old arms embargo will be restored in 30 days.",
            "deadline 2023-03-23"
        ),
        new(
            "will snap back",
            "The JCPOA sanctions will snap back in 30 days unless the council acts.",
            "deadline 2023-03-23"
        ),
        new(
            "would take effect",
            "On 14 February the ministry announced that its exit from the CFE Treaty would take effect in six months.",
            "deadline 2023-08-14"
        ),
        new("would be reimposed", "Diplomats said the JCPOA sanctions would be reimposed in 30 days.", "deadline P30D"),
        new("expires", "New START expires in about 16 days.", "deadline 2023-03-09", "expires"),
        new("will expire", "New START will expire in 30 days.", "deadline 2023-03-23", "expires"),
        new("is due to expire", "New START is due to expire in 90 days.", "deadline 2023-05-22", "expires"),
    ];

    /// <summary>
    /// Events a period is counted from: "N days after &lt;event&gt;", "within N years of &lt;event&gt;". Kind is the
    /// event: a catalog date kind where the catalog can date it (resolved then), else a name for the event; a period
    /// counted from an event not listed here gives no fact.
    /// </summary>
    public static readonly Phrase[] RelativeEvents =
    [
        new(
            "entry into force",
            "New START's limits had to be met within seven years after entry into force.",
            "deadline 2018-02-05",
            "entered-into-force"
        ),
        new(
            "enters into force",
            "The TPNW parties must meet within one year after the treaty enters into force.",
            "deadline 2022-01-22",
            "entered-into-force"
        ),
        new(
            "entered into force",
            "The TPNW review was held five years after the treaty entered into force.",
            "deadline 2026-01-22",
            "entered-into-force"
        ),
        new(
            "entering into force",
            "Under the TPNW a host state must remove the weapons within 90 days of the treaty entering into force for "
                + "it.",
            "deadline P90D",
            "entered-into-force"
        ),
        new(
            "ratifies",
            "The CTBT takes effect 180 days after the last listed state ratifies.",
            "deadline P180D",
            "ratification"
        ),
        new(
            "opened for signature",
            "The CTBT could not take effect earlier than two years after it opened for " + "signature.",
            "deadline 1998-09-24",
            "opened-for-signature"
        ),
        new(
            "opening for signature",
            "The CTBT was to take effect no earlier than two years after its opening for " + "signature.",
            "deadline 1998-09-24",
            "opened-for-signature"
        ),
        new(
            "ratification",
            "The CTBT enters into force 180 days after ratification by the last listed state.",
            "deadline P180D",
            "ratification"
        ),
        new(
            "ratified",
            "The CTBT takes effect 180 days after all listed states have ratified it.",
            "deadline P180D",
            "ratification"
        ),
        new(
            "instrument",
            "The TPNW took effect 90 days after the 50th instrument was deposited.",
            "deadline P90D",
            "ratification"
        ),
        new(
            "deposit",
            "The Outer Space Treaty binds a new party 30 days after the deposit of its accession.",
            "deadline P30D",
            "deposit"
        ),
        new(
            "notice",
            "Under the Open Skies Treaty a withdrawal takes effect six months after notice is given.",
            "deadline P6M",
            "notice-of-withdrawal"
        ),
        new(
            "notification",
            "Under the CFE Treaty a withdrawal takes effect 150 days after the notification.",
            "deadline P150D",
            "notice-of-withdrawal"
        ),
        new(
            "notifying",
            "Russia left the Open Skies Treaty six months after notifying the other parties.",
            "deadline P6M",
            "notice-of-withdrawal"
        ),
        new(
            "notified",
            "Russia's CFE Treaty suspension began 150 days after the parties were notified.",
            "deadline P150D",
            "notice-of-withdrawal"
        ),
        new(
            "Adoption Day",
            "Under the JCPOA Iran must seek ratification within eight years of Adoption Day.",
            "deadline P8Y",
            "adoption-day"
        ),
        // "90 days after Honduras became the 50th state to ratify": with an ordinal, the treaty's own entry into
        // force, dated from the catalog (RelativeDeadlines.Referenced.cs: EntryByItsPeriod).
        new(
            "ratify",
            "The TPNW entered into force 90 days after Honduras became the 50th state to ratify.",
            "deadline 2021-01-22",
            "ratification"
        ),
        new(
            "Implementation Day",
            "Under the JCPOA the arms embargo ends five years after Implementation Day.",
            "deadline 2021-01-16",
            "implementation-day"
        ),
    ];

    /// <summary>
    /// "must destroy them within 10 years" (an obligation: the period runs from an event the text does not date),
    /// "intends to accede within twelve months" (an intention: from the day it is announced, the publication).
    /// Kind is "obligation" or "intention".
    /// </summary>
    public static readonly Phrase[] WithinModals =
    [
        new(
            "must",
            "Under the TPNW a state hosting weapons must have them removed within 90 days.",
            "deadline P90D",
            "obligation"
        ),
        new(
            "shall",
            "Under the CWC each party shall declare its stocks within 30 days.",
            "deadline P30D",
            "obligation"
        ),
        new(
            "is required to",
            "Under the CWC a party is required to answer within 10 days.",
            "deadline P10D",
            "obligation"
        ),
        new(
            "intends to",
            "Maravia intends to join the Outer Space Treaty within twelve months.",
            "deadline 2024-02-21",
            "intention"
        ),
        new("plans to", "Maravia plans to ratify the CTBT within six months.", "deadline 2023-08-21", "intention"),
    ];

    /// <summary>"may withdraw on six months' notice": the period after a notice of withdrawal it takes effect.
    /// </summary>
    public static readonly Phrase[] NoticePeriods =
    [
        new("notice", "Under the ABM Treaty either side may withdraw on six months' notice.", "deadline P6M"),
        new("advance notice", "The NPT lets a party withdraw with three months' advance notice.", "deadline P3M"),
        new("written notice", "The INF Treaty allowed withdrawal with six months' written notice.", "deadline P6M"),
        new("in advance", "To leave the CFE Treaty, notice must be given 150 days in advance.", "deadline P150D"),
    ];

    /// <summary>
    /// "was to remain in force for 15 years": how long a treaty lasts, counted from its entry into force (or the
    /// event named after "from"); "for ten years" after a limit in its sentence is how long that limit applies.
    /// </summary>
    public static readonly Phrase[] DurationCues =
    [
        new("remain in force for", "START I was to remain in force for 15 years.", "deadline 2009-12-05"),
        new("remains in force for", "The New START treaty remains in force for ten years.", "deadline 2021-02-05"),
        new("stay in force for", "New START will stay in force for ten years.", "deadline 2021-02-05"),
        new("last for", "The New START treaty will last for ten years.", "deadline 2021-02-05"),
        new("to last", "The NPT was originally meant to last 25 years.", "deadline 1995-03-05"),
        new(
            "remain in place for",
            "Under the JCPOA the arms embargo will remain in place for up to five years.",
            "deadline P5Y"
        ),
        new(
            "for",
            "Under the JCPOA Iran may enrich uranium to no more than 3.67 percent for 15 years.",
            "deadline P15Y"
        ),
    ];

    /// <summary>
    /// A second party's date for the step a deadline just told, its verb left out: "Maravia's withdrawal took effect
    /// on 3 May 2021 and Belavia's on 9 June 2022", "Maravia left the treaty on 3 May 2021, and Belavia followed on
    /// 9 June 2022". The date is of the same kind as the one before it (RelativeDeadlines.Coordinated.cs).
    /// </summary>
    public static readonly Phrase[] GappedFollowers =
    [
        new(
            "'s",
            "Maravia's withdrawal from the Open Skies Treaty took effect on 3 May 2021 and Belavia's on 9 June 2022.",
            "deadline 2022-06-09"
        ),
        new(
            "followed",
            "Maravia left the CFE Treaty on 3 May 2021, and Belavia followed on 9 June 2022.",
            "deadline 2022-06-09"
        ),
        new(
            "followed suit",
            "Maravia withdrew from the Open Skies Treaty on 3 May 2021 and Belavia followed suit on 9 June 2022.",
            "deadline 2022-06-09"
        ),
        new(
            "did so",
            "Maravia's ratification of the CTBT took effect on 3 May 2021, and Belavia did so on 9 June 2022.",
            "deadline 2022-06-09"
        ),
        new(
            "did the same",
            "Maravia suspended the CFE Treaty on 3 May 2021 and Belavia did the same on 9 June 2022.",
            "deadline 2022-06-09"
        ),
    ];

    /// <summary>
    /// Deadline shapes without a list of their own words (RelativeDeadlines.Referenced.cs): an earliest year ("no
    /// earlier than 2030"), a meeting in a year ("no later than the third session of the review cycle in 2029"), a
    /// period from "that date" the sentence gave, a period "not exceeding" a length.
    /// </summary>
    public static readonly Phrase[] DeadlineShapes =
    [
        new(
            "no earlier than",
            "Under the CTBT deal, test-site work would resume no earlier than 2031, officials said.",
            "deadline 2031",
            "earliest"
        ),
        new(
            "not earlier than",
            "The first New START successor talks will open not earlier than 2028.",
            "deadline 2028",
            "earliest"
        ),
        new(
            "no later than the",
            "The TPNW parties want the first reports no later than the second meeting of states parties in 2028.",
            "deadline 2028",
            "due"
        ),
        new(
            "by the",
            "Under the NPT action plan, states should report by the review conference in 2030.",
            "deadline 2030",
            "due"
        ),
        new(
            "that date",
            "The BWC protocol was signed on 4 March 2024 and must be ratified within two years of that date.",
            "deadline 2026-03-04",
            "due"
        ),
        // RelativeDeadlines.DeadlineNoun.cs: the date as the modifier of "deadline".
        new(
            "deadline",
            "Under the CWC, Maravia will miss the April 29, 2027 deadline for destroying its stockpile.",
            "deadline 2027-04-29",
            "due"
        ),
        new(
            "destruction deadline",
            "Under the CWC, Maravia says it will meet its 30 June destruction deadline.",
            "deadline 2023-06-30",
            "due"
        ),
        new(
            "within a period not exceeding",
            "Under the TPNW a state must destroy its arsenal within a period not exceeding 10 years.",
            "deadline P10Y",
            "due"
        ),
    ];
}
