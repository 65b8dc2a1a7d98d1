using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// The cues that make a figure a limit, each a pattern run on the words before the figure (or, for a cue that
/// follows, from its end): "no more than", "limits … to", "allows each side", "the number of … is", "ranges from".
/// <see cref="Classify"/> tries them in order; their vocabulary is in <see cref="PhraseBook"/> (PhraseBook.Limits.cs).
/// </summary>
internal sealed partial class LimitExtractor
{
    private static readonly Regex CueBefore = Compile(
        B
            + "(?<cue>"
            + Any(LimitCues)
            // "specify limits of: 1,550 deployed warheads"
            // "do not exceed: (a) 700, for deployed ICBMs …": a treaty's lettered item after the colon
            + @")(?::)?(?: \((?:[a-z]|[ivx]{1,4}|\d{1,2})\))?(?: (?:a|an|the|each|only|about|some|a total of"
            // "capped at a ground resolution of 30 centimetres", "to a purity of no more than 3.67 percent"
            + @"|(?:a|an|the)(?: [\w-]+){1,2} of(?: (?:no more than|up to|about))?))?(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "may not stockpile more than 300 kilograms", "cannot deploy more than 700 launchers": a negated verb before
    // "more than" makes a ceiling of what would otherwise be a floor.
    // "agreed not to keep more than", "committed not to enrich above": a commitment; "bars each side from deploying
    // more than", "prohibited Iran from enriching above": a ban on going past the figure.
    private const string NotTo =
        "(?:agreed|agreeing|agrees|pledged|pledging|pledges|committed|committing|commits|promised|promising"
        // ("agreed to not enrich": the split infinitive of fact sheets)
        + "|undertook|undertakes|undertaking|undertaken|vowed) (?:not to|to not)";
    private const string BarsFrom =
        "(?:bars|barred|barring|bar|prohibits|prohibited|prohibiting|prohibit|forbids|forbade|forbidden|forbidding"
        + @"|forbid|bans|banned|banning|ban|precludes|precluded|precluding)(?: [\w'\u2019.-]+){0,3} from";

    internal const string NegatedMoreThanCue =
        @"(?<cue>(?:(?:may|can|could|must|shall|will|would|should|does|do|did)(?: not|n['\u2019]t)|cannot"
        + "|"
        + NotTo
        + "|"
        + BarsFrom
        // "neither side can deploy more than 700"
        + @"|neither(?: [\w-]+){0,2} (?:may|can|could|shall|will|would)"
        // "no state party may hold more than one tonne", "no side could field more than 100": every party
        + @"|no (?:state party|state|party|side|country|nation|signatory|member state|member)"
        + " (?:may|can|could|shall|will|would))"
        + @"(?: [\w-]+){1,2} more than)";

    private static readonly Regex NegatedMoreThan = Interpret(
        B + NegatedMoreThanCue + "(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "Iran would keep only 1,044 centrifuges", "each side may only deploy 700 launchers": a modal and "only" make a
    // ceiling of what a party holds ("Iran keeps 1,044 centrifuges" is a count).
    private static readonly Regex ModalOnly = Interpret(
        B
            + "(?<cue>(?:may|must|shall|would|will|could|can|should)(?: only (?:"
            + Any(HoldVerbs)
            + ")| (?:"
            + Any(HoldVerbs)
            + ") only))(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "its central limits – 1,550 deployed warheads, 700 …", "the ceilings: 20,000 tanks, …": the words that open
    // a list of ceilings on a line of its own open one inside a sentence too, after a colon or a dash; a verb of
    // being may come between ("Central limits include: 1,600 …", "the ceilings were: …").
    private static readonly Regex InlineList = Interpret(
        B
            + "(?<cue>"
            + Any(ListIntros)
            + @")(?: (?:include|included|includes|are|were))?(?: )?(?::|[\u2013\u2014]| -)(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "New START permits each side 700 deployed launchers", "allowed Iran 5,060 centrifuges": the party given the
    // figure comes between.
    // "allows Russia and the United States 1,550 …", "allowed Iran to keep 6,104 centrifuges": several parties, and
    // what they may do with the figure.
    private const string PartyName = "(?:(?i:the) )?[A-Z][\\w\\u2019'-]+(?: [A-Z][\\w\\u2019'-]+){0,2}";
    private static readonly Regex PermitBefore = Interpret(
        B
            + "(?<cue>(?i:allows|allowed|permits|permitted|gives|leaves|allowing|permitting)) "
            + "(?:(?i:"
            + Any(EachParty)
            + ")|"
            + PartyName
            + "(?:(?:,| and) "
            + PartyName
            + ")*)"
            + "(?: (?i:each|both))?"
            + "(?: (?i:to (?:"
            + Any(HoldVerbs)
            + ")))?"
            + "(?: (?i:up to|no more than|only|a maximum of|about))?(?: )?$"
    );

    // "is barred from enriching uranium above 3.67 percent", "may not deploy warheads beyond 1,550": a negated verb
    // before "above" makes a ceiling (past reports, "did not rise above", are not read).
    private static readonly Regex NegatedAbove = Interpret(
        B
            + @"(?<cue>(?:(?:may|can|could|must|shall|will|would|should)(?: not|n['\u2019]t)|cannot"
            + "|"
            + NotTo
            + "|"
            + BarsFrom
            + ")"
            // ("has agreed to not enrich uranium over 3.67 percent")
            + @"(?: [\w-]+){1,3} (?:above|beyond|over|in excess of))(?: )?$",
        RegexOptions.IgnoreCase
    );

    private static readonly Regex NounFirstBefore = Compile(
        B + "(?<cue>" + Any(NounFirstCues) + ")(?: (?:no more than|only|about))?(?: )?$",
        RegexOptions.IgnoreCase
    );

    // A character of the words between a cue and its figure: no sentence punctuation or quotation. The full stops of
    // an abbreviation ("capped Russian and U.S. deployed warheads at 1,550") are masked first (MaskAbbreviations).
    private const string GapChar = @"[^.;:!?""\u201C\u201D()]";

    private static readonly Regex NumberOfBefore = Compile(
        // "the largest quotas, for the two biggest states, were 42 flights": a comma may follow the cue
        B
            + "(?<cue>"
            + Any(NumberOfCues)
            + ")(?:,)? "
            + GapChar
            + "{1,80}? (?:is|was|stands at|remains|are|were|being)(?: )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex VerbBefore = Compile(
        B
            + "(?<cue>"
            + Any(LimitVerbs)
            + ")"
            + E
            + "(?<gap>"
            + GapChar
            + "{0,150}?) (?<prep>to|at|below|under)"
            // "reducing its stockpile to less than 300 kilograms": below a figure a verb of limiting brings it to
            + "(?: (?:between|a|an|only|no more than|a maximum of|a total of|a range of|a level of|the range of"
            + "|less than|fewer than|below|under"
            + "|the level of|roughly|about|around|some"
            // "caps explosions at a yield of 150 kilotons", "limits enrichment to a purity of 3.67 percent": what
            // the figure measures, named before it (not a share: "cut to a third of 1,500")
            + "|(?:a|an|the) (?!(?:third|quarter|half|fraction|fifth|tenth|share|part|portion)"
            + E
            + @")[\w-]+ of))?(?: )?$",
        RegexOptions.IgnoreCase
    );

    // Each verb's own prepositions ("limits … to", "caps … at", "keep … below|under").
    private static readonly Dictionary<string, string[]> VerbPreps = LimitVerbs.ToDictionary(
        p => p.Text,
        p => p.Kind!.Split('|'),
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>
    /// The limit verb that governs a figure: the first whose own preposition comes right before it; an earlier verb
    /// with another one ("the treaty limiting U.S. arsenals caps each side at 1,550") does not hide a later one.
    /// </summary>
    private static Match? GoverningVerb(string before)
    {
        for (var m = VerbBefore.Match(before); m.Success; m = VerbBefore.Match(before, m.Groups["cue"].Index + 1))
        {
            var verb = TextStructure.Normalize(m.Groups["cue"].Value);
            var preps = VerbPreps[verb];
            var prep = m.Groups["prep"].Value.ToLowerInvariant();
            // "keep … below/under", "hold … at" only within their own short clause ("keep its warheads below
            // 1,550", "hold deployed bombers at 60"): those prepositions are common after other words.
            bool shortClause =
                prep is "below" or "under"
                || (prep == "at" && verb.Equals("hold", StringComparison.OrdinalIgnoreCase))
                || (prep == "at" && verb.Equals("holds", StringComparison.OrdinalIgnoreCase));
            if (
                preps.Contains(prep, StringComparer.OrdinalIgnoreCase)
                // "breaching the limits a year later, and by 2021 enriching to 60 percent": after a determiner the
                // word is a noun, not the verb that governs a figure.
                && !Determiner.IsMatch(before.AsSpan(0, m.Groups["cue"].Index))
                && (!shortClause || (m.Groups["gap"].Length <= 60 && !m.Groups["gap"].Value.Contains(',')))
                // "hold … at" what a treaty counts ("hold deployed bombers at 60", not "hold talks at 3 sites")
                && (prep != "at" || !shortClause || Quantities.FirstCounted(before, GapOf(m)) is not null)
            )
                return m;
        }
        return null;
    }

    private static TextRange GapOf(Match m) =>
        new(m.Groups["gap"].Index, m.Groups["gap"].Index + m.Groups["gap"].Length);

    private static readonly Regex Determiner = Interpret(
        B + @"(?:the|its|their|those|these|such|any|all|our|his|her|new|central)(?: )$",
        RegexOptions.IgnoreCase
    );

    private static readonly Regex ThresholdBefore = Compile(
        B + "(?<cue>" + Any(ThresholdCues) + @")(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "the 3.67 percent purity allowed", "the 700 launchers permitted": the cue follows (one word may come between).
    // A noun cue follows right after ("the 300 kg limit") or after what is limited ("the 3.67 percent purity limit",
    // "its 300 kilogram enriched uranium cap"): up to two words, none a preposition, article or verb of comparing
    // ("60 percent, above the limit", "20 percent over the cap" are levels beside a limit, not the limit).
    private const string NounGapWord =
        @" (?!(?:the|a|an|its|their|this|that|these|those|of|on|in|at|to|for|by|from|above|below|over|under|beyond"
        + @"|past|than|within|near|into|with|and|or|as|is|was|are|were|be|been|set|exceeding|exceeded"
        + @"|breaching|breached|passing|passed|surpassing|surpassed|crossing|crossed|allowed|permitted)"
        + E
        + @")[\w-]+";
    private static readonly Regex CueAfter = Interpret(
        @"\G(?:(?: [\w-]+)? (?<cue>"
            + Any(LimitCuesAfter.Where(p => p.Kind is null))
            + ")|(?:"
            + NounGapWord
            + "){0,2} (?<cue>"
            + Any(LimitCuesAfter.Where(p => p.Kind == "noun"))
            + "))"
            + E,
        RegexOptions.IgnoreCase
    );

    // "3.67 percent, which is the current limit", "a purity of 3.67 percent, the level now allowed by the deal", "18
    // inspections – the maximum number allowed": a figure named as the limit in an apposition after it. Only "the" or
    // "its" opens it, and up to two words may come before the noun ("4.5 percent, far above the limit" is not one).
    private static readonly Regex Apposition = Interpret(
        @"\G(?: )?(?:,|[\u2013\u2014]|-|\x20-)(?: )?(?:which (?:is|was) )?(?:the|its)(?:"
            + NounGapWord
            + "){0,2} (?<cue>limit|cap|ceiling|maximum|allowed|permitted)"
            + E,
        RegexOptions.IgnoreCase
    );

    // "allowed Iran to enrich uranium to 3.67 percent", "lets Iran enrich to below 20 percent", "may enrich only up
    // to 5 percent": a level a party is permitted to enrich to; "has enriched to 60 percent" is a level reached and
    // "could enrich to 90 percent within weeks" a capability (neither is read).
    private static readonly Regex EnrichTo = Interpret(
        B
            + "(?<cue>(?:allows?|allowed|allowing|permits?|permitted|permitting|lets?|letting|authori[sz]e[sd]?)"
            + @"(?: [\w'\u2019.-]+){0,3} (?:to )?enrich)(?: [\w-]+){0,2} (?:to|at)"
            + "(?: (?:no more than|a maximum of|below|under|less than|up to))?(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "kept at 700 or fewer", "keep its stock at 300 kilograms or less": "at" before the figure and "or fewer" after
    // it (or after its unit) make a ceiling; a level reported ("stood at 1,500 or fewer") does not.
    private static readonly Regex AtBefore = Interpret(B + "(?<cue>at)(?: )?$", RegexOptions.IgnoreCase);
    private static readonly Regex ReportedAt = Interpret(
        B
            + "(?:stood|stands|stand|estimated|put|puts|assessed|peaked|valued|totalled|totaled|showed|shows|show"
            + "|declared|reported|counted)"
            + @"(?: [\w'\u2019.-]+){0,4} at(?: )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex OrFewerAfter = Interpret(
        @"\G (?<cue>" + Any(LimitCuesAfter.Where(p => p.Kind == "after at")) + ")" + E,
        RegexOptions.IgnoreCase
    );

    private static readonly Regex BandBefore = Compile(
        B + "(?<cue>" + Any(BandCues) + ")(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "a single deployment area", "one missile defence site": the singular after a figure of one.
    private static readonly Regex SingleAfter = Interpret(
        @"\G(?: [\w-]+){0,2}? (?<thing>" + Any(SingleThings) + ")" + E,
        RegexOptions.IgnoreCase
    );

    // A figure after a limit of the same sentence joins it: "20,000 tanks, 30,000 armoured combat vehicles and …".
    private static readonly Regex ListJoin = Interpret(
        // "two deployment areas with 100 interceptors each", "154 missiles carrying 1,540 warheads": one limit's parts;
        // "700 missiles and bombers to carry them, and 800 launchers", "1,550 warheads for each side and 700 for
        // launchers": a purpose or the parties may follow the thing counted.
        @"^(?: to \p{Ll}+(?: them| it)?| (?:for|on) (?:each|either|both) (?:side|party|country|nation|group)s?"
            + @"| each| per side| apiece)?"
            + @"(?:,|,? and|,? or|,? as well as|,? plus| on|,? with|,? each carrying|,? carrying|;|; and)(?: )?"
            // "…; (b) 1550, for warheads …": a treaty's lettered items
            + @"(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)(?: )?)?"
            // "…, and a total of 800 deployed and non-deployed launchers": a total named as the list goes on
            + "(?:(?:"
            + Any(LimitCues.Select(c => c.Text).Append("a total of"))
            + ") )?$",
        RegexOptions.IgnoreCase
    );

    // The words a counted thing is written with, and the small words that join them ("warheads on deployed ICBMs,
    // SLBMs, and heavy bombers").
    private static readonly HashSet<string> CountedWords = CountedThings
        .SelectMany(t => t.Split(' '))
        .Concat(Modifiers.SelectMany(t => t.Split(' ')))
        .Concat(["on", "of", "the", "their", "its", "each", "both", "and", "or", "per", "side", "party", "by"])
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a figure after a limit joins it as the next item of its list: right after a connective (ListJoin),
    /// or after the rest of what the limit counts and then a connective ("no more than 1,550 warheads on deployed
    /// ICBMs, SLBMs, and strategic bombers, and a total of 800 …", "700 ICBMs, ballistic missiles on submarines and
    /// heavy bombers, as well as 1,550 warheads"). The rest may hold only words of counted things, their qualifiers,
    /// abbreviations and "on"/"of"/"and": a verb, a figure or a stop makes it another clause.
    /// </summary>
    private static bool JoinsList(string gap)
    {
        if (ListJoin.IsMatch(gap))
            return true;
        if (gap.Length > 160 || gap.AsSpan().IndexOfAny(".;:!?0123456789\"\u201C\u201D") >= 0)
            return false;
        for (int i = 1; i < gap.Length; i++)
        {
            // The connective starts at a comma or a space; what comes before it must be all counted words.
            if (gap[i] is not (',' or ' ') || !ListJoin.IsMatch(gap[i..]))
                continue;
            var words = gap[..i].Split([' ', ',', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is > 0 and <= 10 && words.All(CountedWord))
                return true;
        }
        return false;
    }

    private static bool CountedWord(string w)
    {
        w = w.Trim('(', ')');
        if (w.Length >= 2 && w.TrimEnd('s').All(char.IsAsciiLetterUpper))
            return true;
        return CountedWords.Contains(w);
    }
}
