using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// A phrasing the extractor knows, with an example sentence of our own and the fact it must yield, written as
/// <see cref="ExampleFacts.Describe"/> renders facts ("limit 700 launchers", "deadline 2026-02-05",
/// "quote Ana Ruiz", "no limit"). One theory test runs every example of every list below.
/// </summary>
public sealed record Phrase(string Text, string Example, string Expect, string? Kind = null);

/// <summary>
/// The extractor's vocabulary, one named list per thing a recogniser looks for, and the one builder that turns
/// them into regular expressions. A space in a phrase or pattern is the whitespace token <see cref="Ws"/> (any
/// run of spaces, tabs, line breaks and non-breaking spaces). Adding a phrasing is one line here with its example.
/// </summary>
public static class PhraseBook
{
    /// <summary>The one whitespace token. Optional whitespace is written "(?: )?", never " ?".</summary>
    public const string Ws = @"[\s\u00A0]+";

    /// <summary>Word edges that treat a hyphen as part of the word ("non-deployed" is not "deployed").</summary>
    public const string B = @"(?<![\w-])";
    public const string E = @"(?![\w-])";

    /// <summary>A pattern with every space read as <see cref="Ws"/>, compiled.</summary>
    public static Regex Compile(string pattern, RegexOptions options = RegexOptions.None) =>
        new(Spaced(pattern), options | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Like <see cref="Compile"/>, but interpreted: for a pattern that runs anchored on a few characters (at \G, ^
    /// or $) or seldom. Compiling emits code that is JIT-compiled at first use, up to a second of start-up for a large
    /// alternation with IgnoreCase, which such a pattern never repays; an interpreted one is built in microseconds and
    /// matches the same.
    /// </summary>
    public static Regex Interpret(string pattern, RegexOptions options = RegexOptions.None) =>
        new(Spaced(pattern), options | RegexOptions.CultureInvariant);

    public static string Spaced(string pattern) => pattern.Replace(" ", Ws, StringComparison.Ordinal);

    /// <summary>An alternation of literal phrases, longest first, each space a whitespace token (not yet
    /// spaced).</summary>
    public static string Any(IEnumerable<string> phrases) =>
        "(?:"
        + string.Join(
            '|',
            phrases
                .Distinct()
                .OrderByDescending(p => p.Length)
                .Select(p => Regex.Escape(p).Replace(@"\ ", " ", StringComparison.Ordinal))
        )
        + ")";

    public static string Any(IEnumerable<Phrase> phrases) => Any(phrases.Select(p => p.Text));

    // ---- Months (dates, datelines, citations) ----
    public static readonly IReadOnlyDictionary<string, int> MonthNumbers = new Dictionary<string, int>(
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sept"] = 9,
        ["sep"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    };

    /// <summary>A month name or its abbreviation (with its optional full stop), unnamed group.</summary>
    public const string Month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|"
        + @"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    public static string MonthGroup(string name) => $"(?<{name}>{Month})";

    // ---- Limits ----

    /// <summary>Words right before a figure that make it a ceiling ("no more than 700 launchers").</summary>
    public static readonly Phrase[] LimitCues =
    [
        new("no more than", "Under New START each side may deploy no more than 700 launchers.", "limit 700 launchers"),
        new("not more than", "The INF Treaty was never meant to allow not more than 40 missiles.", "limit 40 missiles"),
        new("up to", "Under the NPT safeguards deal Iran may enrich uranium up to 3.67 percent.", "limit 3.67 percent"),
        new("at most", "New START leaves each party at most 800 launchers.", "limit 800 launchers"),
        new(
            "a maximum of",
            "Under New START both sides cut to a maximum of 1,550 warheads each.",
            "limit 1550 warheads"
        ),
        new("maximum of", "New START set a combined maximum of 800 launchers.", "limit 800 launchers"),
        new(
            "a ceiling of",
            "The CFE Treaty set a ceiling of 20,000 battle tanks for each group.",
            "limit 20000 battle tanks"
        ),
        new("ceiling of", "START I imposed a ceiling of 6,000 warheads.", "limit 6000 warheads"),
        new(
            "a limit of",
            "New START sets a limit of 1,550 strategic or deployed warheads on each side.",
            "limit 1550 warheads"
        ),
        new(
            "limit of",
            "The treaty's limit of 700 deployed launchers still holds, the New START envoy said.",
            "limit 700 launchers"
        ),
        new("a cap of", "New START keeps a cap of 1,550 on deployed strategic warheads.", "limit 1550 warheads"),
        new("cap of", "The NPT deal's cap of 300 kilograms on enriched uranium was exceeded.", "limit 300 kilograms"),
        new("capped at", "Under START I, accountable warheads were capped at 6,000 per side.", "limit 6000 warheads"),
        new(
            "limited to",
            "Under New START each side is limited to 700 deployed missiles and bombers.",
            "limit 700 missiles and bombers"
        ),
        new("restricted to", "Under START I, heavy ICBMs were restricted to 154.", "limit 154 ICBMs"),
        new(
            "held to",
            "Under START I, warheads on mobile ICBMs were held to no more than 1,100.",
            "limit 1100 warheads"
        ),
        new("not exceed", "New START says deployed warheads may not exceed 1,550.", "limit 1550 warheads"),
        new("not to exceed", "Under New START each side agreed not to exceed 800 launchers.", "limit 800 launchers"),
        new("never exceed", "Under the INF Treaty the stock could never exceed 30 missiles.", "limit 30 missiles"),
        new("reduce to", "START I obliged both sides to reduce to 6,000 warheads.", "limit 6000 warheads"),
        new(
            "reduced to",
            "Under the Moscow Treaty arsenals are to be reduced to 2,200 warheads.",
            "limit 2200 warheads"
        ),
        new("cut to", "New START requires each side to cut to 1,550 warheads.", "limit 1550 warheads"),
        new("be allowed", "Under New START each side will be allowed 1,550 deployed warheads.", "limit 1550 warheads"),
        new(
            "may deploy",
            "Under New START each side may deploy 700 missiles and bombers.",
            "limit 700 missiles and bombers"
        ),
        new("may keep", "Under the ABM Treaty each side may keep 100 interceptors.", "limit 100 interceptors"),
        new(
            "a sub-limit of",
            "START I set a sub-limit of 4,900 warheads on ballistic missiles.",
            "limit 4900 warheads"
        ),
        new(
            "a level of",
            "SORT requires each side to reduce its warheads to a level of 1,700-2,200.",
            "limit 1700-2200 warheads"
        ),
        new(
            "at or below",
            "Under the JCPOA Iran's stockpile must stay at or below 300 kilograms.",
            "limit 300 kilograms"
        ),
        new("ceilings such as", "New START set ceilings such as 1,550 deployed warheads.", "limit 1550 warheads"),
        new("limits such as", "The INF Treaty had no limits such as 700 launchers.", "limit 700 launchers"),
        new(
            "to between",
            "SORT requires each side to reduce its warheads to between 1,700 and 2,200.",
            "limit 1700-2200 warheads"
        ),
    ];

    /// <summary>Verbs that govern a figure later in their clause: "limits each side to 1,550", "caps X at
    /// 700".</summary>
    public static readonly Phrase[] LimitVerbs =
    [
        new("limits", "New START limits each side to 1,550 deployed strategic warheads.", "limit 1550 warheads", "to"),
        new(
            "limit",
            "The leaders of New START parties agreed to limit their arsenals to 1,550 warheads.",
            "limit 1550 warheads",
            "to"
        ),
        new("limited", "The INF Treaty limited each side to 20 inspections a year.", "limit 20 inspections", "to"),
        new(
            "caps",
            "The NPT deal caps Iran's stock of enriched uranium at 300 kilograms.",
            "limit 300 kilograms",
            "at"
        ),
        new("cap", "The NPT parties sought to cap the stockpile at 300 kilograms.", "limit 300 kilograms", "at"),
        new("capped", "START I capped each side at 6,000 accountable warheads.", "limit 6000 warheads", "at"),
        new("restricts", "The ABM Treaty restricts each side to 100 interceptors.", "limit 100 interceptors", "to"),
        new("restricted", "The ABM Treaty restricted each party to 100 launchers.", "limit 100 launchers", "to"),
        new("reduce", "Under SORT both had to reduce their deployed warheads to 2,200.", "limit 2200 warheads", "to"),
        new("reduced", "The ABM Treaty protocol reduced the sites to one area each.", "no limit", "to"),
        new("cut", "START I would cut each arsenal to 6,000 warheads.", "limit 6000 warheads", "to"),
        new("bring", "START I would bring each side's warheads down to 6,000.", "limit 6000 warheads", "to"),
        new("trim", "New START will trim each arsenal to 1,550 warheads.", "limit 1550 warheads", "to"),
    ];

    /// <summary>Before a figure, these make it a change or a past count, never a ceiling ("reduced by 40
    /// launchers").</summary>
    public static readonly Phrase[] NotLimitBefore =
    [
        new("by", "Under New START Russia has reduced its forces by 40 launchers.", "no limit"),
        new("by some", "Under New START the United States cut its arsenal by some 500 warheads.", "no limit"),
        new("by about", "Under New START the United States cut its arsenal by about 500 warheads.", "no limit"),
        new("from", "Under New START the count limited fell from 1,600 warheads.", "no limit"),
        new("more than", "Under New START inspectors limited their work after more than 300 inspections.", "no limit"),
    ];

    /// <summary>"the TPNW needed 50 ratifications to take effect": a threshold, read only before "ratifications".
    /// </summary>
    public static readonly Phrase[] ThresholdCues =
    [
        new("needed", "The TPNW needed 50 ratifications to take effect.", "limit 50 ratifications"),
        new("required", "The TPNW required 50 ratifications to enter into force.", "limit 50 ratifications"),
        new("requires", "The CTBT requires 44 ratifications, the New START envoy noted.", "limit 44 ratifications"),
        new("needs", "The TPNW needs 50 ratifications before it binds anyone.", "limit 50 ratifications"),
        new(
            "ratified by all",
            "The CTBT enters into force once it is ratified by all 44 listed States.",
            "limit 44 ratifications"
        ),
        new(
            "have ratified",
            "The CTBT cannot enter into force until 44 named states have ratified it.",
            "limit 44 ratifications"
        ),
    ];

    /// <summary>"ranges from 500 to 5,500 kilometers": a band the treaty covers, lower and upper end.</summary>
    public static readonly Phrase[] BandCues =
    [
        new(
            "ranges from",
            "The INF Treaty banned missiles whose range ranges from 500 to 5,500 kilometers.",
            "limit 500-5500 kilometers"
        ),
        new(
            "ranging from",
            "The INF Treaty banned missiles ranging from 500 to 5,500 kilometers.",
            "limit 500-5500 kilometers"
        ),
        new(
            "ranges of",
            "The INF Treaty banned missiles with ranges of 500 to 5,500 kilometers.",
            "limit 500-5500 kilometers"
        ),
        new(
            "between",
            "The INF Treaty banned missiles with a range between 500 and 5,500 kilometers.",
            "limit 500-5500 kilometers"
        ),
        new(
            "a range of",
            "The INF Treaty covered missiles with a range of 500 to 5,500 kilometres.",
            "limit 500-5500 kilometers"
        ),
        new(
            "from",
            "The INF Treaty banned shorter-range missiles, from 500 to 1,000 kilometres.",
            "limit 500-1000 kilometers"
        ),
        new("able to fly", "The INF Treaty banned missiles able to fly 500 to 5,500 km.", "limit 500-5500 kilometers"),
    ];

    /// <summary>After the figure and what it counts: "the 700 launchers allowed under New START".</summary>
    public static readonly Phrase[] LimitCuesAfter =
    [
        new("allowed", "Iran exceeded the 3.67 percent purity allowed under the JCPOA.", "limit 3.67 percent"),
        new(
            "permitted",
            "Russia kept within the 700 deployed launchers permitted by New START.",
            "limit 700 launchers"
        ),
    ];

    /// <summary>Noun-first ceilings: "the total number of launchers may not exceed 800" takes its unit from before the
    /// cue.</summary>
    public static readonly Phrase[] NounFirstCues =
    [
        new(
            "may not exceed",
            "Under New START the total number of launchers may not exceed 800.",
            "limit 800 launchers"
        ),
        new(
            "could not exceed",
            "Under START I warheads on mobile ICBMs could not exceed 1,100.",
            "limit 1100 warheads"
        ),
        new("cannot exceed", "Under New START deployed warheads cannot exceed 1,550.", "limit 1550 warheads"),
        new("must not exceed", "Under New START deployed launchers must not exceed 700.", "limit 700 launchers"),
        new(
            "each side may keep is",
            "Under New START the maximum number of launchers each side may keep is 800.",
            "limit 800 launchers"
        ),
        new(
            "quota is",
            "Under the Open Skies Treaty Germany's passive quota is 12 flights a year.",
            "limit 12 flights"
        ),
        new(
            "may keep is",
            "Under the CFE Treaty the maximum number of tanks a group may keep is 20,000.",
            "limit 20000 tanks"
        ),
    ];

    /// <summary>"the number of launchers each side may keep is 800", "the ceiling for battle tanks is
    /// 20,000".</summary>
    public static readonly Phrase[] NumberOfCues =
    [
        new("number of", "Under the INF Treaty the permitted number of such missiles was zero.", "limit 0 missiles"),
        new(
            "ceiling for",
            "Under the CFE Treaty the ceiling for battle tanks in each group is 20,000.",
            "limit 20000 battle tanks"
        ),
        new(
            "quota of",
            "Under the Open Skies Treaty the largest quota of observation flights is 42.",
            "limit 42 observation flights"
        ),
    ];

    /// <summary>
    /// Words that, with a limit cue, open a bulleted list of ceilings when the line ends in a colon ("The CFE Treaty
    /// set equal ceilings for each group:" then "- Combat aircraft: 6,800").
    /// </summary>
    public static readonly Phrase[] ListIntros =
    [
        new(
            "ceilings",
            "The CFE Treaty set equal ceilings for each group:\n- Combat aircraft: 6,800\n",
            "limit 6800 combat aircraft"
        ),
        new(
            "limits",
            "New START's central limits are:\n\n* 700 deployed launchers\n* 1,550 deployed warheads\n",
            "limit 1550 warheads"
        ),
        new(
            "may hold",
            "Under the CFE Treaty each group may hold:\n* 20,000 battle tanks\n",
            "limit 20000 battle tanks"
        ),
    ];

    /// <summary>What treaties count, longest first where one holds another ("delivery vehicles" before
    /// "vehicles").</summary>
    public static readonly string[] CountedThings =
    [
        "strategic nuclear delivery vehicles",
        "strategic delivery vehicles",
        "delivery vehicles",
        "delivery systems",
        "launchers",
        "warheads",
        "missiles",
        "heavy bombers",
        "bombers",
        "ICBMs",
        "SLBMs",
        "ICBM launchers",
        "SLBM launchers",
        "interceptors",
        "interceptor missiles",
        "nuclear weapons",
        "weapons",
        "submarines",
        "silos",
        "kilotons",
        "megatons",
        "inspections",
        "on-site inspections",
        "tests",
        "centrifuges",
        "battle tanks",
        "tanks",
        "armoured combat vehicles",
        "armored combat vehicles",
        "artillery pieces",
        "combat aircraft",
        "attack helicopters",
        "helicopters",
        "ratifications",
        "flights",
        "observation flights",
        "deployment areas",
        "ABM launchers",
    ];

    /// <summary>Units of measure: the phrase, what it measures and the unit reported.</summary>
    public static readonly (string Text, string Measure, string Unit)[] MeasureUnits =
    [
        ("percent", Measures.Percent, "percent"),
        ("per cent", Measures.Percent, "percent"),
        ("%", Measures.Percent, "percent"),
        ("kilograms", Measures.Mass, "kilograms"),
        ("kilogrammes", Measures.Mass, "kilograms"),
        ("kg", Measures.Mass, "kilograms"),
        ("kilometers", Measures.Distance, "kilometers"),
        ("kilometres", Measures.Distance, "kilometers"),
        ("km", Measures.Distance, "kilometers"),
    ];

    /// <summary>Qualifiers between a figure and what it counts ("1,550 deployed strategic warheads").</summary>
    public static readonly string[] Modifiers =
    [
        "deployed",
        "non-deployed",
        "nondeployed",
        "strategic",
        "nuclear",
        "tactical",
        "non-strategic",
        "nonstrategic",
        "intercontinental",
        "ballistic",
        "cruise",
        "long-range",
        "intermediate-range",
        "shorter-range",
        "short-range",
        "sea-launched",
        "submarine-launched",
        "air-launched",
        "ground-launched",
        "land-based",
        "sea-based",
        "heavy",
        "operationally",
        "nuclear-armed",
        "offensive",
        "total",
        "accountable",
        "and",
        "mobile",
        "first-generation",
        "IR-1",
        "installed",
        "active",
        "or",
    ];

    /// <summary>"each side", "both parties": the limit binds every party.</summary>
    public static readonly string[] EachParty =
    [
        "each",
        "each side",
        "each party",
        "each country",
        "each nation",
        "both sides",
        "both parties",
        "both countries",
        "both nations",
        "either side",
        "per side",
        "a side",
    ];

    /// <summary>Words that refer back to the last treaty named ("The treaty limits …").</summary>
    public static readonly string[] TreatyAnaphors =
    [
        "the treaty",
        "this treaty",
        "that treaty",
        "its treaty",
        "the accord",
        "the pact",
        "the agreement",
        "the deal",
        "this accord",
        "the nuclear deal",
        "the convention",
        "its terms",
        "the treaty's",
    ];

    // ---- Deadlines ----

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

    /// <summary>"will leave the pact in six months": relative to the notice given on publication day.</summary>
    public static readonly Phrase[] InPeriodFromNotice =
    [
        new("will leave", "Washington said it will leave the INF Treaty in six months.", "deadline 2023-08-21"),
        new("will withdraw", "Russia will withdraw from the Open Skies Treaty in six months.", "deadline 2023-08-21"),
        new("will exit", "The United States will exit the INF pact in 180 days.", "deadline 2023-08-20"),
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
        new("in advance", "Under the CFE Treaty notice must be given 150 days in advance.", "deadline P150D"),
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

    // ---- Quotations ----

    /// <summary>Verbs that attribute a quotation to the subject before them or the name after them.</summary>
    public static readonly string[] SpeechVerbs =
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "stated",
        "states",
        "declared",
        "declares",
        "noted",
        "notes",
        "warned",
        "warns",
        "insisted",
        "insists",
        "argued",
        "argues",
        "asserted",
        "remarked",
        "announced",
        "explained",
        "wrote",
        "writes",
        "described",
        "describes",
        "called",
        "calls",
        "stressed",
        "emphasized",
        "emphasised",
        "replied",
        "responded",
        "commented",
        "acknowledged",
        "admitted",
        "claimed",
        "urged",
        "vowed",
        "pledged",
        "according to",
        "pointed out",
        "reads",
        "read",
        "concluded",
        "continued",
        "cautioned",
        "recalled",
        "observed",
        "complained",
        "predicted",
        "conceded",
        "agreed",
        "countered",
        "underlined",
        "underscored",
        "reiterated",
        "confirmed",
        "expressed",
        "welcomed",
        "regretted",
        "added that",
        "wrote in",
        "told reporters",
        "posted",
        "tweeted",
    ];

    /// <summary>
    /// Roles of a source the text does not name: "a senior European diplomat said", "a spokesperson for the French
    /// foreign ministry said". The phrase, with its article and qualifiers, is the speaker.
    /// </summary>
    public static readonly Phrase[] AnonymousRoles =
    [
        new("diplomat", "\"New START is dead,\" a senior European diplomat said.", "quote a senior European diplomat"),
        new("official", "\"New START is dead,\" a U.S. official said.", "quote a U.S. official"),
        new(
            "spokesperson",
            "\"We will never sign the TPNW,\" a spokesperson for the French foreign ministry said.",
            "quote a spokesperson for the French foreign ministry"
        ),
        new(
            "spokesman",
            "\"We keep New START,\" a spokesman for the Kremlin said.",
            "quote a spokesman for the Kremlin"
        ),
        new(
            "spokeswoman",
            "\"We keep New START,\" a Foreign Office spokeswoman said.",
            "quote a Foreign Office spokeswoman"
        ),
        new(
            "negotiator",
            "\"The JCPOA talks stalled,\" a senior Iranian negotiator said.",
            "quote a senior Iranian negotiator"
        ),
        new("source", "\"New START talks are off,\" a diplomatic source said.", "quote a diplomatic source"),
        new("envoy", "\"The CTBT still matters,\" one Western envoy said.", "quote one Western envoy"),
    ];

    /// <summary>
    /// Roles that stand for the one person named shortly before them: "the senior Russian diplomat said" after
    /// "Sergei Ryabkov" is Ryabkov. With two people named nearby the role stays a body.
    /// </summary>
    public static readonly Phrase[] PersonRoleReferences =
    [
        new(
            "diplomat",
            "Sergei Ryabkov spoke in Geneva on Friday. "
                + "\"New START can survive,\" the senior Russian diplomat said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "official",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the official said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "envoy",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the envoy said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "negotiator",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the veteran negotiator said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "minister",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the deputy minister said.",
            "quote Sergei Ryabkov"
        ),
        new(
            "ambassador",
            "Sergei Ryabkov spoke in Geneva on Friday. " + "\"New START can survive,\" the Russian ambassador said.",
            "quote Sergei Ryabkov"
        ),
    ];

    /// <summary>Organisations and documents that speak: "the alliance said", "reads the final document".</summary>
    public static readonly Phrase[] SpeakingBodies =
    [
        new(
            "the alliance",
            "\"The door stays open,\" the alliance said in a communiqué about the INF Treaty.",
            "quote the alliance"
        ),
        new("the ministry", "\"We regret this step,\" the ministry said about the CTBT.", "quote the ministry"),
        new(
            "the spokesperson",
            "\"We are studying it,\" the spokesperson said about New START.",
            "quote the spokesperson"
        ),
        new(
            "the final document",
            "\"All parties recommit to the NPT,\" reads the final document.",
            "quote the final document"
        ),
        new(
            "the statement",
            "\"Russia remains ready for dialogue,\" the statement said of New START.",
            "quote the statement"
        ),
        new(
            "the communiqué",
            "\"Allies stand united,\" the communiqué said of the INF Treaty.",
            "quote the communiqué"
        ),
        new(
            "the treaty",
            "\"Each Party shall have the right to withdraw,\" the treaty says of the INF Treaty.",
            "quote the treaty"
        ),
        new("the text", "\"Each Party shall,\" the text reads, under the CTBT.", "quote the text"),
        new("the department", "\"We saw the report,\" the department said of New START.", "quote the department"),
        new("the embassy", "\"No decision has been taken,\" the embassy said of New START.", "quote the embassy"),
        new("the Kremlin", "\"The door is open,\" the Kremlin said of New START.", "quote Kremlin"),
        new("the government", "\"We will ratify the CTBT,\" the government said.", "quote the government"),
        new("the agency", "\"Inspectors were denied access,\" the agency said of the JCPOA.", "quote the agency"),
        new("the official", "\"No talks are planned,\" the official said of New START.", "quote the official"),
        new("the diplomat", "\"It is not alarming,\" the diplomat said of the JCPOA.", "quote the diplomat"),
        new("the envoy", "\"It is not over,\" the envoy pointed out about New START.", "quote the envoy"),
        new("the council", "\"Allies agree,\" the council said about the Open Skies Treaty.", "quote the council"),
        new(
            "the declaration",
            "\"Nuclear threats are unacceptable,\" reads the declaration on the TPNW.",
            "quote the declaration"
        ),
        new("the report", "\"Russia complied,\" the report said of the INF Treaty.", "quote the report"),
    ];

    /// <summary>
    /// Verbs by which a document's own words are quoted: "Article I prohibits \"…\"". Read only with a document
    /// as subject (an article, a treaty by name, "the declaration"), so that a person's verb stays a person's.
    /// </summary>
    public static readonly Phrase[] DocumentVerbs =
    [
        new("prohibits", "Article I of the CTBT prohibits \"any nuclear explosion\" anywhere.", "quote Article I"),
        new(
            "bans",
            "Article IV of the Outer Space Treaty bans \"weapons of mass destruction\" in orbit.",
            "quote Article IV"
        ),
        new(
            "forbids",
            "Article VI of the INF Treaty forbids \"the production of such missiles\" by either party.",
            "quote Article VI"
        ),
        new(
            "obliges",
            "Article VI obliges every party to the NPT \"to pursue negotiations in good faith\".",
            "quote Article VI"
        ),
        new(
            "requires",
            "Article II of New START requires \"each Party to reduce its arms\" over seven years.",
            "quote Article II"
        ),
        new(
            "commits",
            "Article III of the CFE Treaty commits parties \"to count every tank\" on their soil.",
            "quote Article III"
        ),
        new(
            "recognises",
            "Article IV of the NPT recognises the \"inalienable right\" of all parties.",
            "quote Article IV"
        ),
        new(
            "recognizes",
            "Article IV of the NPT recognizes the \"inalienable right\" of all parties.",
            "quote Article IV"
        ),
        new(
            "allows",
            "Article XV of the ABM Treaty allows withdrawal if \"extraordinary events\" occur.",
            "quote Article XV"
        ),
        new(
            "allowed",
            "Article XV of the ABM Treaty allowed withdrawal if \"extraordinary events\" occurred.",
            "quote Article XV"
        ),
        new("permits", "Article X of the NPT permits withdrawal if \"extraordinary events\" occur.", "quote Article X"),
        new(
            "provides",
            "Article XIV of the CTBT provides for \"a conference of ratifying states\" every two years.",
            "quote Article XIV"
        ),
        new(
            "states",
            "Article II of the TPNW states that each party \"shall submit a declaration\" in time.",
            "quote Article II"
        ),
        new(
            "says",
            "Article I of the BWC says parties must \"never in any circumstances\" acquire such agents.",
            "quote Article I"
        ),
        new(
            "undertake",
            "Under Article I of the BWC, states parties undertake \"never to develop\" such agents.",
            "quote Article I"
        ),
        new(
            "commit",
            "Nuclear states commit under Article VI of the NPT to negotiate \"in good faith\".",
            "quote Article VI"
        ),
    ];

    /// <summary>
    /// Nouns that make a capitalised run an organisation that can speak ("Foreign Ministry", "North Atlantic Council").
    /// </summary>
    public static readonly string[] OrganisationHeads =
    [
        "Ministry",
        "Department",
        "Council",
        "Office",
        "Agency",
        "Organization",
        "Organisation",
        "Commission",
        "Committee",
        "Secretariat",
        "Kremlin",
        "Embassy",
        "Mission",
        "Alliance",
        "Government",
        "Parliament",
        "Duma",
        "Senate",
        "Cabinet",
        "Presidency",
        "Union",
        "Nations",
        "Commission",
    ];

    /// <summary>
    /// Titles: kept apart from the name they stand before ("Deputy Foreign Minister Sergei Ryabkov").
    /// </summary>
    public static readonly string[] Titles =
    [
        "Deputy",
        "Foreign",
        "Defense",
        "Defence",
        "Minister",
        "Secretary",
        "President",
        "Vice",
        "Prime",
        "Premier",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Press",
        "Ambassador",
        "General",
        "Gen",
        "Senator",
        "Sen",
        "Representative",
        "Rep",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Director",
        "Director-General",
        "Undersecretary",
        "Under",
        "Assistant",
        "State",
        "Chief",
        "Envoy",
        "Special",
        "Adviser",
        "Advisor",
        "National",
        "Security",
        "Former",
        "Acting",
        "Lt",
        "Colonel",
        "Admiral",
        "Commander",
        "Official",
        "Officials",
        "Russian",
        "American",
        "Chinese",
        "British",
        "French",
        "German",
        "Iranian",
        "Kremlin",
        "Pentagon",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Duma",
        "Speaker",
        "Executive",
        "Secretary-General",
        "Executive Secretary",
        "Senior",
        "Fellow",
        "Professor",
        "Prof",
        "Analyst",
        "Lawmaker",
        "Negotiator",
        "Lead",
        "Top",
        "Arms",
        "Control",
        "Disarmament",
        "Nonproliferation",
        "U.S.",
        "UN",
        "NATO",
        "EU",
        "Iran's",
        "Russia's",
        "Israeli",
        "Japanese",
        "Foreign Minister",
        "Survivor",
        "Campaigner",
        "Activist",
        "Researcher",
        "Director-general",
        "Head",
        "Commissioner",
        "Governor",
        "Mayor",
    ];

    /// <summary>Pronouns that stand for the last compatible person named.</summary>
    public static readonly string[] Pronouns = ["he", "she", "He", "She"];

    /// <summary>
    /// Given names that tell "she" from "he" when the text does not: a pronoun skips a person whose given name is
    /// on the other list. A name on neither list is compatible with both.
    /// </summary>
    public static readonly HashSet<string> MaleGivenNames = new(StringComparer.Ordinal)
    {
        "Sergei",
        "Sergey",
        "Dmitry",
        "Dmitri",
        "Vladimir",
        "Alexander",
        "Alexei",
        "Aleksei",
        "Andrei",
        "Mikhail",
        "Nikolai",
        "Pavel",
        "Ivan",
        "Yuri",
        "Gennady",
        "Konstantin",
        "Vassily",
        "Vasily",
        "Igor",
        "Oleg",
        "Boris",
        "Viktor",
        "Mark",
        "Michael",
        "John",
        "James",
        "Robert",
        "William",
        "David",
        "Richard",
        "Thomas",
        "Daniel",
        "Joseph",
        "Joe",
        "Barack",
        "Donald",
        "George",
        "Bill",
        "Antony",
        "Anthony",
        "Marco",
        "Jens",
        "Heiko",
        "Olaf",
        "Rolf",
        "Frank",
        "Peter",
        "Paul",
        "Benjamin",
        "Abbas",
        "Hassan",
        "Mohammad",
        "Ali",
        "Javad",
        "Reza",
        "Juan",
        "Carlos",
        "Rafael",
        "Emmanuel",
        "Josep",
        "Xavier",
        "Hans",
        "Klaus",
        "Helmut",
        "Jan",
        "Ahmed",
        "Omar",
        "Kim",
    };
    public static readonly HashSet<string> FemaleGivenNames = new(StringComparer.Ordinal)
    {
        "Anna",
        "Ana",
        "Maria",
        "Maria",
        "Natalia",
        "Natalya",
        "Elena",
        "Helena",
        "Olga",
        "Irina",
        "Tatiana",
        "Svetlana",
        "Maria",
        "Mary",
        "Laura",
        "Ruth",
        "Sarah",
        "Susan",
        "Hillary",
        "Kamala",
        "Nancy",
        "Rose",
        "Beatrice",
        "Setsuko",
        "Melissa",
        "Luisa",
        "Angela",
        "Annalena",
        "Ursula",
        "Kaja",
        "Federica",
        "Catherine",
        "Jennifer",
        "Karen",
        "Linda",
        "Patricia",
        "Elizabeth",
        "Jane",
        "Emma",
        "Julia",
        "Sophie",
        "Claire",
        "Mao",
        "Izumi",
        "Bonnie",
        "Rebecca",
        "Victoria",
        "Wendy",
        "Samantha",
        "Nikki",
        "Linda",
        "Christine",
        "Marta",
        "Katarzyna",
    };

    // ---- Outlets ----

    /// <summary>
    /// Frames that name the outlet after them: "told state news agency RIA Novosti", "according to Interfax".
    /// </summary>
    public static readonly Phrase[] OutletFramesBefore =
    [
        new("told", "\"We keep New START,\" Sergei Ryabkov told RIA Novosti.", "outlet RIA Novosti"),
        new("according to", "\"We keep New START,\" Sergei Ryabkov said, according to Interfax.", "outlet Interfax"),
        new(
            "in an interview with",
            "\"We keep New START,\" Sergei Ryabkov said in an interview with the Financial " + "Times.",
            "outlet Financial Times"
        ),
        new("quoted by", "\"We keep New START,\" Sergei Ryabkov said, quoted by TASS.", "outlet ITAR-TASS"),
        new(
            "interview with",
            "\"We keep New START,\" Ana Ruiz said in a separate interview with the daily Kommersant.",
            "outlet Kommersant"
        ),
        new("in comments to", "\"We keep New START,\" Sergei Ryabkov said in comments to Interfax.", "outlet Interfax"),
        new("wrote to", "\"We keep New START,\" Sergei Ryabkov wrote to Reuters.", "outlet Reuters"),
        new("speaking to", "\"We keep New START,\" Sergei Ryabkov said, speaking to ARD.", "outlet ARD"),
        new("wrote on", "\"We keep New START,\" Ana Ruiz wrote on Twitter.", "outlet Twitter"),
        new("posted on", "\"We keep New START,\" Ana Ruiz posted on Telegram.", "outlet Telegram"),
        new("in an interview on", "\"We keep New START,\" Ana Ruiz said in an interview on CNN.", "outlet CNN"),
    ];

    /// <summary>
    /// Words that stand for an outlet named earlier in the text: "she told the newspaper", "said in the interview".
    /// The outlet is the first one the text names: an interview story names its outlet in the lead.
    /// </summary>
    public static readonly Phrase[] OutletAnaphors =
    [
        new(
            "told the newspaper",
            "In an interview with the Financial Times, Ana Ruiz defended New START. "
                + "\"It holds,\" she told the newspaper.",
            "outlet Financial Times"
        ),
        new(
            "told the paper",
            "In an interview with the Financial Times, Ana Ruiz defended New START. "
                + "\"It holds,\" she told the paper.",
            "outlet Financial Times"
        ),
        new(
            "told the agency",
            "In an interview with Interfax, Ana Ruiz defended New START. " + "\"It holds,\" she told the agency.",
            "outlet Interfax"
        ),
        new(
            "told the news agency",
            "In an interview with Interfax, Ana Ruiz defended New START. " + "\"It holds,\" she told the news agency.",
            "outlet Interfax"
        ),
        new(
            "told the broadcaster",
            "In an interview with the BBC, Ana Ruiz defended New START. " + "\"It holds,\" she told the broadcaster.",
            "outlet BBC"
        ),
        new(
            "told the daily",
            "In an interview with the daily Kommersant, Ana Ruiz defended New START. "
                + "\"It holds,\" she told the daily.",
            "outlet Kommersant"
        ),
        new(
            "in the interview",
            "In an interview with Interfax, Ana Ruiz defended New START. " + "\"It holds,\" she said in the interview.",
            "outlet Interfax"
        ),
    ];

    /// <summary>Descriptors between a frame and an outlet's name ("state news agency RIA Novosti").</summary>
    public static readonly string[] OutletDescriptors =
    [
        "the",
        "state",
        "state-run",
        "state-owned",
        "news",
        "agency",
        "wire",
        "service",
        "German",
        "Russian",
        "broadcaster",
        "public",
        "newspaper",
        "daily",
        "television",
        "channel",
        "radio",
        "station",
        "British",
        "American",
        "French",
        "business",
        "weekly",
        "magazine",
        "the German",
        "the Russian",
        "public broadcaster",
        "Austrian",
        "Swiss",
        "Italian",
        "Spanish",
        "Japanese",
        "Chinese",
        "Iranian",
        "Polish",
        "Dutch",
        "Swedish",
        "Korean",
        "Indian",
        "Turkish",
        "Israeli",
        "Ukrainian",
        "Mexican",
        "Brazilian",
        "Canadian",
        "Australian",
        "Vienna",
        "Moscow",
        "London",
        "Berlin",
        "Paris",
        "Tokyo",
        "Geneva",
        "financial",
        "independent",
        "online",
    ];

    /// <summary>Frames with the outlet before them: "the agency reported", "(RIA Novosti, June 18)".</summary>
    public static readonly string[] OutletFramesAfter = ["reported", "said", "quoted", "cited", "wrote"];

    /// <summary>Nouns that end an outlet's name when the catalog does not know it ("Kommersant newspaper").</summary>
    public static readonly string[] OutletWords =
    [
        "Times",
        "Post",
        "News",
        "Journal",
        "Novosti",
        "TASS",
        "Interfax",
        "Reuters",
        "Press",
        "Agency",
        "Gazette",
        "Herald",
        "Tribune",
        "Guardian",
        "Telegraph",
        "Kommersant",
        "Izvestia",
        "ARD",
        "ZDF",
        "BBC",
        "CNN",
        "NHK",
        "Spiegel",
        "Monde",
        "Bloomberg",
        "Politico",
        "Axios",
        "Economist",
        "Xinhua",
        "IRNA",
        "Tasnim",
        "Fars",
        "Yonhap",
        "Kyodo",
        "Chronicle",
        "Wire",
        "Newswire",
        "Vedomosti",
        "RIA",
    ];

    /// <summary>Every phrase with an example, for the one test that runs them all.</summary>
    public static IEnumerable<(string List, Phrase Phrase)> AllExamples() =>
        new (string, Phrase[])[]
        {
            (nameof(LimitCues), LimitCues),
            (nameof(LimitVerbs), LimitVerbs),
            (nameof(NotLimitBefore), NotLimitBefore),
            (nameof(BandCues), BandCues),
            (nameof(ListIntros), ListIntros),
            (nameof(ThresholdCues), ThresholdCues),
            (nameof(NounFirstCues), NounFirstCues),
            (nameof(NumberOfCues), NumberOfCues),
            (nameof(LimitCuesAfter), LimitCuesAfter),
            (nameof(DeadlineWords), DeadlineWords),
            (nameof(EndOfYear), EndOfYear),
            (nameof(RelativeToEntryIntoForce), RelativeToEntryIntoForce),
            (nameof(InPeriodFromNotice), InPeriodFromNotice),
            (nameof(RelativeEvents), RelativeEvents),
            (nameof(NoticePeriods), NoticePeriods),
            (nameof(WithinModals), WithinModals),
            (nameof(DurationCues), DurationCues),
            (nameof(SpeakingBodies), SpeakingBodies),
            (nameof(DocumentVerbs), DocumentVerbs),
            (nameof(AnonymousRoles), AnonymousRoles),
            (nameof(PersonRoleReferences), PersonRoleReferences),
            (nameof(OutletFramesBefore), OutletFramesBefore),
            (nameof(OutletAnaphors), OutletAnaphors),
        }.SelectMany(l => l.Item2.Select(p => (l.Item1, p)));
}
