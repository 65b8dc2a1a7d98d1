namespace TreatyApi.Extraction;

/// <summary>
/// The phrase book's vocabulary for limits: ceiling cues, verbs, units and counted things, modifiers.
/// The builder and the index of all lists are in PhraseBook.cs.
/// </summary>
public static partial class PhraseBook
{
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
        // "set the ceiling at 1,550", "lowered the cap to 300 kg": the limit noun right before its new level.
        new("ceiling at", "The JCPOA set the enrichment ceiling at 3.67 percent.", "limit 3.67 percent"),
        new("cap at", "The CWC parties fixed the cap at 1 tonne of Schedule 1 agents.", "limit 1 metric tons"),
        new("limit at", "START II put the limit at 3,500 warheads per side.", "limit 3500 warheads"),
        new("ceiling to", "New START lowered the ceiling to 1,550 warheads.", "limit 1550 warheads"),
        new("cap to", "The JCPOA cut the stockpile cap to 300 kilograms.", "limit 300 kilograms"),
        // "each group was entitled to 20,000 battle tanks": an entitlement (the CFE Treaty's word) is a ceiling.
        new(
            "entitled to",
            "Under the CFE Treaty each group was entitled to 2,000 attack helicopters.",
            "limit 2000 attack helicopters"
        ),
        // "below the expired treaty's ceilings of 1,550 warheads and 700 delivery vehicles": one cue for a list.
        new(
            "ceilings of",
            "The CFE Treaty's ceilings of 20,000 tanks and 20,000 artillery pieces still bind on paper.",
            "limit 20000 artillery pieces"
        ),
        new("caps of", "Under the JCPOA the caps of 300 kilograms and 3.67 percent applied.", "limit 3.67 percent"),
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
            "limit 700 delivery vehicles"
        ),
        new("restricted to", "Under START I, heavy ICBMs were restricted to 154.", "limit 154 ICBMs"),
        new(
            "held to",
            "Under START I, warheads on mobile ICBMs were held to no more than 1,100.",
            "limit 1100 warheads"
        ),
        new("not exceed", "New START says deployed warheads may not exceed 1,550.", "limit 1550 warheads"),
        new("not to exceed", "Under New START each side agreed not to exceed 800 launchers.", "limit 800 launchers"),
        // "of 500 kilometres or more but not over 1,000 kilometres": a treaty's wording of a band's top.
        new("not over", "Under the CFE Treaty a tank may weigh not over 60 metric tonnes.", "limit 60 metric tons"),
        new("never exceed", "Under the INF Treaty the stock could never exceed 30 missiles.", "limit 30 missiles"),
        new("reduce to", "START I obliged both sides to reduce to 6,000 warheads.", "limit 6000 warheads"),
        new(
            "reduced to",
            "Under the Moscow Treaty arsenals are to be reduced to 2,200 warheads.",
            "limit 2200 warheads"
        ),
        new("limits of", "The New START text will specify limits of: 1,550 deployed warheads.", "limit 1550 warheads"),
        // "the ceiling has been set at 3,600 metric tons"
        new(
            "been set at",
            "Under START I the throw-weight ceiling has been set at 3,600 metric tons.",
            "limit 3600 metric tons"
        ),
        new("is set at", "Under New START the ceiling on warheads is set at 1,550.", "limit 1550 warheads"),
        new("was set at", "Under START I the ceiling on warheads was set at 6,000.", "limit 6000 warheads"),
        new("cut to", "New START requires each side to cut to 1,550 warheads.", "limit 1550 warheads"),
        new("be allowed", "Under New START each side will be allowed 1,550 deployed warheads.", "limit 1550 warheads"),
        new(
            "each allowed",
            "Under the CFE Treaty the two alliances were each allowed 2,000 attack helicopters.",
            "limit 2000 attack helicopters"
        ),
        new(
            "quota of",
            "The Open Skies Treaty gave Ukraine an annual quota of 12 observation flights.",
            "limit 12 observation flights"
        ),
        new(
            "is allowed",
            "Under the Open Skies Treaty Russia is allowed 42 observation flights a year.",
            "limit 42 observation flights"
        ),
        new(
            "are allowed",
            "Under the CFE Treaty the two groups are allowed 6,800 combat aircraft.",
            "limit 6800 combat aircraft"
        ),
        new(
            "was allowed",
            "Under the JCPOA Iran was allowed 130 metric tonnes of heavy water.",
            "limit 130 metric tons"
        ),
        new("were allowed", "Under START I both sides were allowed 154 heavy ICBMs.", "limit 154 ICBMs"),
        new(
            "may deploy",
            "Under New START each side may deploy 700 missiles and bombers.",
            "limit 700 delivery vehicles"
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
        new("no higher than", "Under the JCPOA Iran may enrich to no higher than 3.67 percent.", "limit 3.67 percent"),
        new("not higher than", "The JCPOA keeps enrichment not higher than 3.67 percent.", "limit 3.67 percent"),
        new("no greater than", "Under the JCPOA purity must be no greater than 3.67 percent.", "limit 3.67 percent"),
        // A sensor's resolution is capped from below: "no finer than 30 centimetres".
        new(
            "no finer than",
            "Under the Open Skies Treaty radar resolution may be no finer than 3 metres.",
            "limit 3 meters"
        ),
        new(
            "at or under",
            "Under New START the number of launchers is to stay at or under 800.",
            "limit 800 launchers"
        ),
        new("to a maximum", "The JCPOA cut the stock to a maximum 300 kg.", "limit 300 kilograms"),
        new(
            "a sub-ceiling of",
            "Within that, START I set a sub-ceiling of 4,900 warheads on ballistic missiles.",
            "limit 4900 warheads"
        ),
        new("sub-limit of", "START I's sub-limit of 1,100 warheads on mobile ICBMs held.", "limit 1100 warheads"),
        // "is to fall to", "was to fall to": an obligation stated as what a total must come down to.
        new("is to fall to", "Under New START each arsenal is to fall to 1,550 warheads.", "limit 1550 warheads"),
        new("was to fall to", "Under START II the total was to fall to 3,500 warheads.", "limit 3500 warheads"),
        new("are to fall to", "Under SORT the arsenals are to fall to 2,200 warheads.", "limit 2200 warheads"),
        new("were to fall to", "Under START II the totals were to fall to 3,500 warheads.", "limit 3500 warheads"),
        new("must fall to", "Under New START deployed warheads must fall to 1,550.", "limit 1550 warheads"),
        new(
            "allowed to keep",
            "Under the JCPOA the Fordow plant was allowed to keep 1,044 centrifuges.",
            "limit 1044 centrifuges"
        ),
        new(
            "allowed to deploy",
            "Under New START each side is allowed to deploy 700 launchers.",
            "limit 700 launchers"
        ),
        new(
            "allowed to have",
            "Under the ABM Treaty each side was allowed to have 100 interceptors.",
            "limit 100 interceptors"
        ),
        new(
            "allowed to operate",
            "Under the JCPOA Iran is allowed to operate 5,060 centrifuges at Natanz.",
            "limit 5060 centrifuges"
        ),
        new("allowed to retain", "Under the JCPOA Iran was allowed to retain 300 kilograms.", "limit 300 kilograms"),
        new(
            "permitted to keep",
            "Under the CFE Treaty each group was permitted to keep 20,000 tanks.",
            "limit 20000 tanks"
        ),
        new(
            "permitted to deploy",
            "Under New START each side is permitted to deploy 1,550 warheads.",
            "limit 1550 warheads"
        ),
        new("may operate", "Under the JCPOA Iran may operate 5,060 centrifuges.", "limit 5060 centrifuges"),
        // "each side is allowed to conduct ten inspections a year": the inspections a party may make.
        new(
            "allowed to conduct",
            "Under the CFE Treaty each state was allowed to conduct 15 inspections a year.",
            "limit 15 inspections"
        ),
        new("may retain", "Under the JCPOA Iran may retain 1,044 centrifuges at Fordow.", "limit 1044 centrifuges"),
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
        new("reduced", "The ABM Treaty protocol reduced the sites to one area each.", "limit 1 areas", "to"),
        new("cut", "START I would cut each arsenal to 6,000 warheads.", "limit 6000 warheads", "to"),
        new("cuts", "The JCPOA cuts Iran's installed centrifuges to 6,104.", "limit 6104 centrifuges", "to"),
        new(
            "cutting",
            "START II, cutting each side to 3,500 warheads, never took effect.",
            "limit 3500 warheads",
            "to"
        ),
        new("reduces", "The Moscow Treaty reduces each arsenal to 2,200 warheads.", "limit 2200 warheads", "to"),
        new(
            "reducing",
            "Under the JCPOA Iran committed to reducing its stock from 10,000 kilograms to less than 300 kilograms.",
            "limit 300 kilograms",
            "to"
        ),
        // "missile defences confined to one site per side": where or how many a party may have.
        new("confined", "The ABM Treaty confined each side to two deployment areas.", "limit 2 deployment areas", "to"),
        new("confines", "The CWC confines each state party to one small-scale facility.", "limit 1 facilities", "to"),
        new("bring", "START I would bring each side's warheads down to 6,000.", "limit 6000 warheads", "to"),
        new(
            "slashes",
            "The JCPOA slashes the number of centrifuges installed in Iran to roughly 6,000.",
            "limit 6000 centrifuges",
            "to"
        ),
        new("slash", "The JCPOA will slash Iran's centrifuges to 6,104.", "limit 6104 centrifuges", "to"),
        new(
            "keep",
            "Under New START both countries must keep their deployed warheads below 1,550.",
            "limit 1550 warheads",
            "below|under"
        ),
        new("keeps", "The JCPOA keeps Iran's enrichment below 3.67 percent.", "limit 3.67 percent", "below|under"),
        // "to hold deployed missiles and heavy bombers at 700": "at" in its own short clause (LimitExtractor.Cues).
        new("hold", "Under New START both must hold their deployed launchers to 700.", "limit 700 launchers", "to|at"),
        new(
            "holds",
            "The CFE Treaty holds each group's attack helicopters to 2,000.",
            "limit 2000 attack helicopters",
            "to|at"
        ),
        new("trim", "New START will trim each arsenal to 1,550 warheads.", "limit 1550 warheads", "to"),
        new(
            "capping",
            "The CFE Treaty was signed in 1990, capping each group's combat aircraft at 6,800.",
            "limit 6800 combat aircraft",
            "at"
        ),
        new(
            "limiting",
            "START I was signed in 1991, limiting both sides to 6,000 accountable warheads.",
            "limit 6000 warheads",
            "to"
        ),
        new(
            "restricting",
            "The ABM Treaty was amended in 1974, restricting each side to 100 interceptors.",
            "limit 100 interceptors",
            "to"
        ),
        // Enrichment to a level: a ceiling when allowed ("may enrich uranium to 3.67 percent"), a level reached when
        // done ("has enriched uranium to 60 percent" reads nothing).
        new("may enrich", "Under the JCPOA Iran may enrich uranium to 3.67 percent.", "limit 3.67 percent", "to"),
        new(
            "allowed to enrich",
            "Under the JCPOA Iran was allowed to enrich uranium to 3.67 percent.",
            "limit 3.67 percent",
            "to"
        ),
        new(
            "permitted to enrich",
            "Under the JCPOA Iran is permitted to enrich uranium to 3.67 percent.",
            "limit 3.67 percent",
            "to"
        ),
    ];

    /// <summary>What a party may hold, after a modal and with "only": "Iran would keep only 1,044 centrifuges",
    /// "each side may only deploy 700 launchers" (LimitRuleTests has examples).</summary>
    public static readonly string[] HoldVerbs =
    [
        "keep",
        "retain",
        "deploy",
        "have",
        "hold",
        "operate",
        "field",
        "possess",
        "install",
        "station",
        "maintain",
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
        new("is the maximum", "Under the CTBT, forty inspectors is the maximum on site.", "limit 40 inspectors"),
        new("was the maximum", "Under the ABM Treaty 100 interceptors was the maximum.", "limit 100 interceptors"),
        // "the 300 kilograms limit", "its 1,550 warheads ceiling": the figure names the limit it is.
        new("limit", "Iran passed the 300 kg limit set by the JCPOA.", "limit 300 kilograms", "noun"),
        new("cap", "Iran has breached the deal's 3.67 percent cap under the JCPOA.", "limit 3.67 percent", "noun"),
        new("ceiling", "Russia stayed under the 1,550 warheads ceiling of New START.", "limit 1550 warheads", "noun"),
        // "found above the 300-kg maximum", "the 5 percent maximum": the figure names the most allowed.
        new("maximum", "The CWC inspectors found the stock above the 1-tonne maximum.", "limit 1 metric tons", "noun"),
        // After "at" only: "at 700 or fewer" is a ceiling, "countries with 10 or fewer warheads" a count.
        new(
            "or fewer",
            "Under the CFE Treaty each group's helicopters were kept at 2,000 or fewer.",
            "limit 2000 helicopters",
            "after at"
        ),
        new(
            "or less",
            "The JCPOA kept Iran's heavy water at 130 metric tons or less.",
            "limit 130 metric tons",
            "after at"
        ),
        new(
            "or below",
            "Under START II each side was to hold its warheads at 3,500 or below.",
            "limit 3500 warheads",
            "after at"
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
        new("limit is", "Under New START the limit is 1,550 deployed warheads per side.", "limit 1550 warheads"),
        // "the central limits are 1,550 deployed warheads and 700 …": the plural, now and in the past.
        new("limits are", "Under the JCPOA the limits are 300 kilograms of enriched uranium.", "limit 300 kilograms"),
        new(
            "limits were",
            "Under START I the central limits were 6,000 warheads and 1,600 bombers.",
            "limit 1600 bombers"
        ),
        new("ceilings are", "Under the CFE Treaty the ceilings are 20,000 tanks per group.", "limit 20000 tanks"),
        new("ceilings were", "Under the CFE Treaty the flank ceilings were 1,300 tanks.", "limit 1300 tanks"),
        new("limit was", "Under START I the limit was 6,000 accountable warheads.", "limit 6000 warheads"),
        new(
            "ceiling was",
            "Under the CFE Treaty, for attack helicopters the national ceiling was 1,250.",
            "limit 1250 attack helicopters"
        ),
        new("ceiling is", "Under New START the ceiling is 800 launchers.", "limit 800 launchers"),
        new("cap is", "Under the JCPOA the cap is 300 kilograms of enriched uranium.", "limit 300 kilograms"),
        new("maximum is", "Under New START the maximum is 18 inspections a year.", "limit 18 inspections"),
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
        new("limit on", "Under New START the limit on deployed launchers is 700.", "limit 700 launchers"),
        new("limit for", "Under the ABM Treaty the limit for interceptors was 100.", "limit 100 interceptors"),
        // "The largest quotas, for Russia and Belarus, were 42 flights a year", "a quota of flights, the largest
        // being 42": a quota is an allowance, whatever comes between it and its figure.
        new(
            "quotas",
            "Under the Open Skies Treaty the passive quotas, for the biggest states, were 42 flights.",
            "limit 42 flights"
        ),
        new(
            "quota",
            "New START set an annual quota of inspections for each side, the largest being 18.",
            "limit 18 inspections"
        ),
        new("ceiling on", "Under START I the ceiling on heavy ICBMs was 154.", "limit 154 ICBMs"),
        new("cap on", "Under the JCPOA the cap on installed centrifuges was 6,104.", "limit 6104 centrifuges"),
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

    /// <summary>
    /// A heading with no colon over a bulleted list of ceilings ("CENTRAL LIMITS (each side)" then "- 700 deployed
    /// launchers"): a line of at most 60 characters without sentence punctuation that holds one of these words.
    /// </summary>
    public static readonly Phrase[] ListHeadings =
    [
        new(
            "limits",
            "New START fact sheet\n\nCENTRAL LIMITS (each side)\n- 1,550 deployed warheads\n",
            "limit 1550 warheads"
        ),
        new("ceilings", "CFE Treaty\n\nEqual ceilings per group\n* 20,000 battle tanks\n", "limit 20000 battle tanks"),
        // The CFE Treaty's word for a group's ceilings, over a table: "Table 1: Entitlements by group".
        new(
            "entitlements",
            "CFE Treaty\n\nTable 1: Group entitlements\nGroup | Entitlement |\nBattle tanks | 19,000 | 17,100 |\n",
            "limit 19000 battle tanks"
        ),
        new(
            "banned",
            "INF Treaty\n\nWhat it banned\n- Shorter-range missiles: 500-1,000 km\n",
            "limit 500-1000 kilometers"
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
        // Russian statements in English call delivery vehicles "carriers"; a ship is not one.
        "carriers",
        "aircraft carriers",
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
        // (translated copy puts "combat" first)
        "combat armored vehicles",
        "combat armoured vehicles",
        "artillery pieces",
        "pieces of artillery",
        "units of artillery",
        // A table's label: "Artillery | 20,000", "ACVs | 30,000" (the CFE Treaty's armoured combat vehicles).
        "artillery",
        "ACVs",
        "combat aircraft",
        "attack helicopters",
        "helicopters",
        "ratifications",
        // (a threshold only: the votes a ratification needs, LimitExtractor.Classify)
        "votes",
        "flights",
        "observation flights",
        "deployment areas",
        "ABM launchers",
        "interceptor launchers",
        "missile launches",
        "inspectors",
        "areas",
        "sites",
        "facilities",
    ];

    /// <summary>
    /// What "a single" or "one" governs after a limit cue ("limits each side to a single deployment area"): the
    /// singular and the plural it is reported as. Up to two other words may come between ("a single missile defence
    /// site").
    /// </summary>
    public static readonly Phrase[] SingleThings =
    [
        new(
            "deployment area",
            "The ABM Treaty protocol restricted each side to a single deployment area.",
            "limit 1 deployment areas",
            "deployment areas"
        ),
        new("area", "A 1974 protocol to the ABM Treaty limited each side to one area.", "limit 1 areas", "areas"),
        new("site", "The ABM Treaty limits each side to a single missile defence site.", "limit 1 sites", "sites"),
        new(
            "facility",
            "Under the Chemical Weapons Convention each party may operate a single small-scale facility.",
            "limit 1 facilities",
            "facilities"
        ),
    ];

    /// <summary>Units of measure: the phrase, what it measures and the unit reported.</summary>
    public static readonly (string Text, string Measure, string Unit)[] MeasureUnits =
    [
        ("percent", Measures.Percent, "percent"),
        ("per cent", Measures.Percent, "percent"),
        ("%", Measures.Percent, "percent"),
        ("kilograms", Measures.Mass, "kilograms"),
        ("kilogrammes", Measures.Mass, "kilograms"),
        // "the 300 kilogram limit", "250 kgs of uranium": the singular before a noun, the plural abbreviation.
        ("kilogram", Measures.Mass, "kilograms"),
        ("kilogramme", Measures.Mass, "kilograms"),
        ("kgs", Measures.Mass, "kilograms"),
        ("kilos", Measures.Mass, "kilograms"),
        ("kg", Measures.Mass, "kilograms"),
        ("kilometers", Measures.Distance, "kilometers"),
        ("kilometres", Measures.Distance, "kilometers"),
        ("km", Measures.Distance, "kilometers"),
        ("square kilometers", Measures.Area, "square kilometers"),
        ("square kilometres", Measures.Area, "square kilometers"),
        ("sq km", Measures.Area, "square kilometers"),
        ("km2", Measures.Area, "square kilometers"),
        ("metric tons", Measures.Mass, "metric tons"),
        ("metric tonnes", Measures.Mass, "metric tons"),
        ("metric ton", Measures.Mass, "metric tons"),
        ("metric tonne", Measures.Mass, "metric tons"),
        ("tonnes", Measures.Mass, "metric tons"),
        ("tonne", Measures.Mass, "metric tons"),
        // "below the limit of 130 tons of heavy water": wire copy's plain tons are the treaty's metric tons.
        ("tons", Measures.Mass, "metric tons"),
        ("centimeters", Measures.Distance, "centimeters"),
        ("centimetres", Measures.Distance, "centimeters"),
        ("cm", Measures.Distance, "centimeters"),
        ("meters", Measures.Distance, "meters"),
        ("metres", Measures.Distance, "meters"),
    ];

    /// <summary>A unit written into one word with its figure before a limit noun ("the 300-kilogram limit",
    /// "the 1,550-warhead ceiling"): the word, what it measures and the unit reported.</summary>
    public static readonly (string Text, string Measure, string Unit)[] HyphenUnits =
    [
        ("kilogram", Measures.Mass, "kilograms"),
        ("kilogramme", Measures.Mass, "kilograms"),
        ("kg", Measures.Mass, "kilograms"),
        ("metric-ton", Measures.Mass, "metric tons"),
        ("tonne", Measures.Mass, "metric tons"),
        // "the 130-ton cap on heavy water"
        ("ton", Measures.Mass, "metric tons"),
        ("percent", Measures.Percent, "percent"),
        ("per-cent", Measures.Percent, "percent"),
        ("kilometer", Measures.Distance, "kilometers"),
        ("kilometre", Measures.Distance, "kilometers"),
        ("km", Measures.Distance, "kilometers"),
        ("warhead", Measures.Count, "warheads"),
        ("launcher", Measures.Count, "launchers"),
        ("missile", Measures.Count, "missiles"),
        ("centrifuge", Measures.Count, "centrifuges"),
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
        "nuclear-capable",
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
        // "two missile defence deployment areas"
        "missile defence",
        "missile defense",
        // "4,900 ballistic missile warheads"
        "ballistic missile",
        // "two ABM deployment areas"
        "ABM",
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
}
