using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// Limits and deadlines in sentences about a treaty. A figure is a limit when a ceiling cue governs it ("no more
/// than 700", "limits each side to 1,550", "the number of launchers may not exceed 800", "ranges from 500 to 5,500
/// kilometers"), or when it follows such a limit in a list ("20,000 tanks, 30,000 armoured combat vehicles and …");
/// never after "by" or "from" (a reduction) and never without a cue (a reported count). A date is a deadline when
/// a deadline word governs it ("by", "until", "expires on", "entered into force on", "effective"), or is written
/// relative to entry into force or to a notice of withdrawal. The vocabulary is in <see cref="PhraseBook"/>.
/// </summary>
internal sealed partial class LimitExtractor(ActorRecognizer actors)
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
    private static readonly Regex NotLimitCue = Compile(
        B + "(?<cue>" + Any(NotLimitBefore) + @")(?: )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex NoMoreThan = Interpret(@"(?:no|not|never) more than(?: )?$", RegexOptions.IgnoreCase);

    // "may not stockpile more than 300 kilograms", "cannot deploy more than 700 launchers": a negated verb before
    // "more than" makes a ceiling of what would otherwise be a floor.
    private static readonly Regex NegatedMoreThan = Interpret(
        B
            + @"(?<cue>(?:(?:may|can|could|must|shall|will|would|should|does|do|did)(?: not|n['\u2019]t)|cannot"
            // "neither side can deploy more than 700"
            + @"|neither(?: [\w-]+){0,2} (?:may|can|could|shall|will|would))"
            + @"(?: [\w-]+){1,2} more than)(?: )?$",
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
    // a list of ceilings on a line of its own open one inside a sentence too, after a colon or a dash.
    private static readonly Regex InlineList = Interpret(
        B + "(?<cue>" + Any(ListIntros) + @")(?: )?(?::|[\u2013\u2014]| -)(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "New START permits each side 700 deployed launchers", "allowed Iran 5,060 centrifuges": the party given the
    // figure comes between.
    // "allows Russia and the United States 1,550 …", "allowed Iran to keep 6,104 centrifuges": several parties, and
    // what they may do with the figure.
    private const string PartyName = "(?:(?i:the) )?[A-Z][\\w\\u2019'-]+(?: [A-Z][\\w\\u2019'-]+){0,2}";
    private static readonly Regex PermitBefore = Compile(
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
            + "|(?:barred|banned|prohibited|forbidden) from)"
            + @"(?: [\w-]+){1,3} (?:above|beyond|in excess of))(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "can carry up to 10 warheads", "has up to 2,000 tactical weapons": what a weapon can do or a state holds.
    private static readonly Regex CapacityBefore = Interpret(
        B
            + "(?:(?:carry|carries|carrying|deliver|delivers|armed with|equipped with|loaded with)"
            + @"[^.;:!?]{0,30}|(?:has|have|had|possess|possesses|hold|holds|held|owns|own) )$",
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
        B + "(?<cue>" + Any(NumberOfCues) + ") " + GapChar + "{1,80}? (?:is|was|stands at|remains|are|were)(?: )?$",
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
            + "(?: (?:between|a|an|only|no more than|a maximum of|a total of|a range of|a level of|the range of"
            + "|the level of|roughly|about|around|some))?(?: )?$",
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
            var preps = VerbPreps[TextStructure.Normalize(m.Groups["cue"].Value)];
            var prep = m.Groups["prep"].Value;
            if (
                preps.Contains(prep, StringComparer.OrdinalIgnoreCase)
                // "keep … below/under" only within its own short clause ("keep its warheads below 1,550").
                && (
                    prep.ToLowerInvariant() is not ("below" or "under")
                    || (m.Groups["gap"].Length <= 60 && !m.Groups["gap"].Value.Contains(','))
                )
            )
                return m;
        }
        return null;
    }

    private static readonly Regex ThresholdBefore = Compile(
        B + "(?<cue>" + Any(ThresholdCues) + @")(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "the 3.67 percent purity allowed", "the 700 launchers permitted": the cue follows (one word may come between).
    // A noun cue ("the 300 kg limit") follows right after; no word may come between.
    private static readonly Regex CueAfter = Interpret(
        @"\G(?:(?: [\w-]+)? (?<cue>"
            + Any(LimitCuesAfter.Where(p => p.Kind is null))
            + ")| (?<cue>"
            + Any(LimitCuesAfter.Where(p => p.Kind == "noun"))
            + "))"
            + E,
        RegexOptions.IgnoreCase
    );
    private static readonly Regex BandBefore = Compile(
        B + "(?<cue>" + Any(BandCues) + ")(?: )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex TimeAfter = Interpret(
        @"\G(?: )?(?:years?|months?|days?|weeks?|hours?)" + E,
        RegexOptions.IgnoreCase
    );

    // "has enriched uranium to up to 60 percent", "is enriching up to 60 percent": a level reached (a past form of a
    // verb of producing governs it); "may enrich uranium to up to 3.67 percent" stays a ceiling.
    private static readonly Regex ReachedUpTo = Interpret(
        B
            + "(?:enriched|produced|accumulated|amassed|raised|increased|boosted|grown|risen"
            + "|(?:is|are|was|were|been|began|started) enriching)"
            + @"(?: (?!to )[\w-]+){0,3}(?: to)? up to(?: )?$",
        RegexOptions.IgnoreCase
    );

    // "missiles that can reach targets up to 5,000 kilometres away": a weapon's reach, not a ceiling.
    private static readonly Regex ReachBefore = Interpret(
        B + @"(?:reach|reaches|strike|strikes|hit|hits|fly|flies|travel|travels|range|ranges)" + E + @"[^.;:!?]{0,40}$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex AwayAfter = Interpret(@"\G (?:away|distant)" + E, RegexOptions.IgnoreCase);

    // "a single deployment area", "one missile defence site": the singular after a figure of one.
    private static readonly Regex SingleAfter = Interpret(
        @"\G(?: [\w-]+){0,2}? (?<thing>" + Any(SingleThings) + ")" + E,
        RegexOptions.IgnoreCase
    );
    private static readonly Regex Single = Compile(B + "a (?<n>single)" + E, RegexOptions.IgnoreCase);

    // Where the clause holding a figure's subject starts: "…warheads, while deployed ICBMs … were capped at 700".
    // "20,000 battle tanks, of which no more than 16,500 …": "of which" takes part of what came before, not a new
    // subject.
    private static readonly Regex ClauseBreak = Compile(
        @"(?:;|" + B + "(?:while|whereas|but|(?<!of )which))" + E,
        RegexOptions.IgnoreCase
    );

    // Things counted joined into one list: "deployed ICBMs, deployed SLBMs and deployed heavy bombers".
    private static readonly Regex ListGap = Interpret(
        @"^(?:,|,? and|,? or)(?: )?(?:(?:" + Any(Modifiers) + "|" + Associated + ") )*$",
        RegexOptions.IgnoreCase
    );

    // "1,700-2,200", "3,000 to 3,500", "500 kilometres and 5,500": the unit may follow the lower end too.
    internal static readonly Regex RangeJoin = Interpret(
        @"^(?:(?: )?(?:" + Any(MeasureUnits.Select(u => u.Text)) + @"))?(?:(?: )?[-\u2013\u2014](?: )?| to | and )$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex ListJoin = Interpret(
        // "two deployment areas with 100 interceptors each", "154 missiles carrying 1,540 warheads": one limit's parts;
        // "700 missiles and bombers to carry them, and 800 launchers", "1,550 warheads for each side and 700 for
        // launchers": a purpose or the parties may follow the thing counted.
        @"^(?: to \p{Ll}+(?: them| it)?| (?:for|on) (?:each|either|both) (?:side|party|country|nation|group)s?"
            + @"| each| per side| apiece)?"
            + @"(?:,|,? and|,? or|,? as well as|,? plus| on|,? with|,? each carrying|,? carrying|;|; and)(?: )?"
            // "…; (b) 1550, for warheads …": a treaty's lettered items
            + @"(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)(?: )?)?"
            + "(?:(?:"
            + Any(LimitCues)
            + ") )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex EachPartyWords = Compile(B + Any(EachParty) + E, RegexOptions.IgnoreCase);
    private static readonly Regex Generic = Compile(B + "(?i:treaty|pact|accord|convention|agreement|deal)" + E);
    private static readonly Regex Anaphor = Compile(B + Any(TreatyAnaphors) + E, RegexOptions.IgnoreCase);

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (List<LimitFact> Limits, List<DeadlineFact> Deadlines) Extract(
        string text,
        string documentId,
        IReadOnlyList<TextRange> paragraphs,
        IReadOnlyList<TreatyMention> treaties,
        Catalog catalog,
        DateOnly? published,
        Dictionary<string, Explanation> explain
    )
    {
        var limits = new List<LimitFact>();
        var deadlines = new List<DeadlineFact>();
        TreatyMention? lastNamed = null;
        // The treaty the document names first (headline, lead): its subject, what "the treaty" refers to.
        var main = treaties.MinBy(t => t.Span.Start);
        foreach (var para in paragraphs)
        {
            TreatyMention? context = null;
            foreach (var sentence in TextStructure.Sentences(text, para))
            {
                var here = treaties.Where(t => sentence.Contains(t.Span.Start)).ToList();
                // "The treaty limits…": an anaphor refers to the last treaty named, even in an earlier
                // paragraph; within a paragraph, later sentences ("It was extended…") keep that treaty.
                if (
                    here.Count == 0
                    && context is null
                    && lastNamed is not null
                    && Anaphor.IsMatch(text.Substring(sentence.Start, sentence.Length))
                )
                    context = lastNamed;
                var treaty = here.FirstOrDefault() ?? context;
                // The first treaty a sentence names is its subject ("New START … replacing the START I framework").
                if (here.Count > 0)
                    context = lastNamed = here[0];
                // A fact sheet names its treaty in the heading and lists figures below it: the last treaty named
                // stands for sentences that have a cue but name none.
                treaty ??= lastNamed;
                // "A U.N. treaty banning nuclear weapons will enter into force …" before the treaty is named: the
                // first treaty the document names, when the sentence speaks of a treaty.
                if (
                    treaty is null
                    && treaties.Count > 0
                    && Generic.IsMatch(text.Substring(sentence.Start, sentence.Length))
                )
                    treaty = context = treaties[0];
                // A deadline told before the document names any treaty (a lead about a decision or a proposal) is
                // its main treaty's: limits there are not read, deadlines are.
                if (treaty is null)
                {
                    if (main is not null && RelativeDeadlines.MayDate(text, sentence))
                        Deadlines(
                            text,
                            sentence,
                            main,
                            here,
                            main,
                            catalog,
                            [],
                            -1,
                            published,
                            documentId,
                            deadlines,
                            explain,
                            beforeAnyTreaty: true
                        );
                    continue;
                }

                var dates = Dates.Find(text, sentence, published);
                var due = DueDates(text, sentence, dates, published);
                var (found, cueAt) = Limits(
                    text,
                    sentence,
                    treaty,
                    catalog,
                    due.FirstOrDefault(),
                    documentId,
                    dates,
                    explain
                );
                limits.AddRange(found);
                limits.AddRange(RatificationThresholds.Find(text, sentence, treaty, found, documentId, explain));
                Deadlines(
                    text,
                    sentence,
                    treaty,
                    here,
                    main,
                    catalog,
                    found,
                    cueAt,
                    published,
                    documentId,
                    deadlines,
                    explain
                );
            }
        }
        limits.AddRange(LimitLists.Find(text, treaties, limits, documentId, explain).ToList());
        RelativeDeadlines.DateFromDocument(deadlines, paragraphs, documentId, explain);
        RelativeDeadlines.DateFromEvents(text, deadlines, paragraphs, published, documentId, explain);
        return (limits, deadlines);
    }

    private sealed record Candidate(
        NumberMatch Number,
        decimal? Min,
        int Start,
        int End,
        string Unit,
        string Measure,
        IReadOnlyList<string> Modifiers,
        string Rule,
        string Cue,
        int CueStart,
        TextRange Object
    );

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (List<LimitFact>, int CueAt) Limits(
        string text,
        TextRange sentence,
        TreatyMention treaty,
        Catalog catalog,
        DateMatch? due,
        string documentId,
        List<DateMatch> dates,
        Dictionary<string, Explanation> explain
    )
    {
        var result = new List<LimitFact>();
        var all = Quantities.Numbers(text, sentence).Where(n => !dates.Any(d => d.Range.Overlaps(n.Range))).ToList();
        var numbers = all.Where(n => !IsPartOfWord(text, n.Range)).ToList();
        var hyphenated = all.Except(numbers).Select(n => Hyphenated(text, sentence, n)).OfType<Candidate>().ToList();
        // "a single deployment area": a figure of one, read like "one" (its singular noun is found in Classify).
        for (var m = Single.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            var g = m.Groups["n"];
            numbers.Add(new NumberMatch(new TextRange(g.Index, g.Index + g.Length), 1));
        }
        numbers.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        if (numbers.Count == 0 && hyphenated.Count == 0)
            return (result, -1);
        var candidates = new List<Candidate>();
        Candidate? previous = null;
        for (int i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i];
            if (previous is not null && n.Range.Start < previous.End)
                continue;
            decimal? min = null;
            var upper = n;
            // "1,700-2,200", "3,000 to 3,500", "between 500 and 5,500": a range; its figure is the upper end.
            if (i + 1 < numbers.Count && RangeJoin.IsMatch(text[n.Range.End..numbers[i + 1].Range.Start]))
            {
                min = n.Value;
                upper = numbers[++i];
            }
            // What a noun-first cue counts is named after the figure before it, never across it.
            var c = Classify(
                text,
                sentence,
                n,
                upper,
                min,
                previous,
                i > (min is null ? 0 : 1) ? numbers[i - (min is null ? 1 : 2)].Range.End : sentence.Start,
                candidates
            );
            if (c is null)
            {
                previous = null;
                continue;
            }
            candidates.Add(c);
            previous = c;
        }
        candidates.AddRange(hyphenated);
        if (candidates.Count == 0)
            return (result, -1);

        var each = EachPartyWords.IsMatch(text.Substring(sentence.Start, sentence.Length));
        var entry = catalog.Treaties.FirstOrDefault(t => t.Slug == treaty.Slug);
        var binds = actors
            .Find(text, sentence, null)
            .Where(m =>
                m.Actor?.Kind == "state"
                && (entry is null || entry.Parties.Count == 0 || entry.Parties.Contains(m.Actor.Slug))
            )
            .Select(m => m.Actor!.Slug)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        if (binds.Count == 0 && each && entry is not null)
            binds = entry.Parties.Order(StringComparer.Ordinal).ToList();
        var deadline = due is null ? null : new FactDate(due.Date, due.Precision, "stated", null);

        foreach (var q in candidates)
        {
            // Qualifiers of the object between the cue and the figure ("their deployed strategic nuclear arsenals").
            var objectWords =
                q.Object.Length > 0
                    ? text[q.Object.Start..q.Object.End]
                        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                        .Select(w => w.Trim(',', '.').ToLowerInvariant())
                        .Where(Quantities.IsModifier)
                        .ToList()
                    : [];
            var words = q.Measure == Measures.Count ? objectWords.Concat(q.Modifiers).Distinct().ToList() : [];
            var counted = string.Join(' ', words.Append(q.Unit));
            var unit = q.Measure == Measures.Count ? ListUnit(q.Unit) : q.Unit;
            int start = Math.Min(q.Start, due?.Range.Start ?? int.MaxValue);
            int end = Math.Max(q.End, due is not null && due.Range.Start < q.End + 40 ? due.Range.End : 0);
            var value = q.Number.Value.ToString(CultureInfo.InvariantCulture);
            var id = q.Min is { } lo
                ? FactIds.Make(
                    "lm",
                    documentId,
                    treaty.Slug,
                    lo.ToString(CultureInfo.InvariantCulture) + "-" + value,
                    counted
                )
                : FactIds.Make("lm", documentId, treaty.Slug, value, counted);
            explain.TryAdd(id, new Explanation(q.Rule, q.Cue));
            result.Add(
                new LimitFact(
                    id,
                    treaty.Slug,
                    q.Number.Value,
                    unit,
                    counted,
                    binds,
                    each,
                    deadline,
                    Span.Of(text, start, end),
                    q.Min,
                    q.Measure
                )
            );
        }
        return (result, candidates.Min(c => c.CueStart));
    }

    private static bool IsPartOfWord(string text, TextRange r) =>
        (r.End < text.Length && text[r.End] == '-' && r.End + 1 < text.Length && char.IsLetter(text[r.End + 1]))
        || (r.Start > 0 && text[r.Start - 1] is '$' or '\u20AC' or '\u00A3');

    /// <summary>Whether a figure is a limit, and if so by which rule and cue, with its unit.</summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Candidate? Classify(
        string text,
        TextRange sentence,
        NumberMatch first,
        NumberMatch upper,
        decimal? min,
        Candidate? previous,
        int previousFigureEnd,
        IReadOnlyList<Candidate> earlierLimits
    )
    {
        int from = Math.Max(sentence.Start, first.Range.Start - 200);
        var before = MaskAbbreviations(text[from..first.Range.Start]);
        // After "by", "from" or "more than" a figure is a change or a floor, not a ceiling ("no more than" is).
        // "within no more than 10 years": a period, not a quantity the treaty counts.
        if (TimeAfter.IsMatch(text, upper.Range.End))
            return null;
        // "enriched to up to 60 per cent": a level reached, not a ceiling.
        if (ReachedUpTo.IsMatch(before))
            return null;
        bool unitAfter =
            Quantities.MeasureAfter(text, upper.Range.End, sentence.End) is not null
            || Quantities.UnitAfter(text, upper, sentence.End) is not null;
        var not = NotLimitCue.Match(before);
        bool band = false;
        var negated = NegatedMoreThan.Match(before);
        if (not.Success && !NoMoreThan.IsMatch(before) && !negated.Success)
        {
            band = min is not null && unitAfter && BandBefore.IsMatch(before);
            if (!band)
                return null;
        }

        string? rule = null,
            cue = null;
        int cueStart = first.Range.Start;
        bool numberOf = false;
        if (min is not null && unitAfter && BandBefore.Match(before) is { Success: true } bm)
            (rule, cue, cueStart) = ("band", bm.Groups["cue"].Value, from + bm.Index);
        else if (CueBefore.Match(before) is { Success: true } cm)
            (rule, cue, cueStart) = ("limit-cue", cm.Groups["cue"].Value, from + cm.Index);
        else if (negated.Success)
            (rule, cue, cueStart) = ("limit-cue", negated.Groups["cue"].Value, from + negated.Index);
        // (Each tried only when its literal word is there: most figures have no cue, and every rule runs on them.)
        else if (
            (
                before.Contains("above", StringComparison.OrdinalIgnoreCase)
                || before.Contains("beyond", StringComparison.OrdinalIgnoreCase)
                || before.Contains("excess", StringComparison.OrdinalIgnoreCase)
            ) && NegatedAbove.Match(before) is { Success: true } na
        )
            (rule, cue, cueStart) = ("limit-cue", na.Groups["cue"].Value, from + na.Index);
        else if (
            before.Contains("only", StringComparison.OrdinalIgnoreCase)
            && ModalOnly.Match(before) is { Success: true } mo
        )
            (rule, cue, cueStart) = ("limit-cue", mo.Groups["cue"].Value, from + mo.Index);
        else if (
            before.TrimEnd() is [.., ':' or '-' or '\u2013' or '\u2014']
            && InlineList.Match(before) is { Success: true } il
        )
            (rule, cue, cueStart) = ("list", il.Groups["cue"].Value, from + il.Index);
        else if (PermitBefore.Match(before) is { Success: true } pm)
            (rule, cue, cueStart) = ("limit-cue", pm.Groups["cue"].Value, from + pm.Index);
        else if (NounFirstBefore.Match(before) is { Success: true } nm)
            (rule, cue, cueStart) = ("noun-first", nm.Groups["cue"].Value, from + nm.Index);
        else if (NumberOfBefore.Match(before) is { Success: true } om)
            (rule, cue, cueStart, numberOf) = ("noun-first", om.Groups["cue"].Value, from + om.Index, true);
        else if (GoverningVerb(before) is { } vm)
            (rule, cue, cueStart) = (
                "limit-verb",
                vm.Groups["cue"].Value + " … " + vm.Groups["prep"].Value,
                from + vm.Index
            );
        else if (
            UnitEnd(text, upper, sentence.End) is { } ue
            && CueAfter.Match(text, ue) is { Success: true } am
            && am.Index + am.Length <= sentence.End
        )
            (rule, cue, cueStart) = ("limit-after", am.Groups["cue"].Value, first.Range.Start);
        // "below the 1,550 allowed under the old treaty": what it counts was named before it.
        else if (
            UnitEnd(text, upper, sentence.End) is null
            && BareCueAfter.Match(text, upper.Range.End) is { Success: true } bm2
            && bm2.Index + bm2.Length <= sentence.End
        )
            (rule, cue, cueStart) = ("limit-after", bm2.Groups["cue"].Value, first.Range.Start);
        // "needed 50 ratifications to take effect": a threshold a treaty sets, counted in ratifications only.
        else if (
            ThresholdBefore.Match(before) is { Success: true } tm
            && Quantities.UnitAfter(text, upper, sentence.End) is { Unit: "ratifications" }
        )
            (rule, cue, cueStart) = ("threshold", tm.Groups["cue"].Value, from + tm.Index);
        else if (
            previous is not null
            && previous.End <= first.Range.Start
            && ListJoin.IsMatch(text[previous.End..first.Range.Start])
        )
            (rule, cue, cueStart) = ("coordinated", previous.Cue, first.Range.Start);
        if (rule is null)
            return null;
        // "whose range exceeds 1,000 kilometres but does not exceed 5,500 kilometres": the top of a band whose floor
        // the clause just gave; a ceiling alone would say something the text does not.
        if (rule == "limit-cue" && BandFloorBefore.IsMatch(text[Math.Max(sentence.Start, cueStart - 80)..cueStart]))
            return null;
        var obj = rule == "coordinated" ? previous!.Object : new TextRange(cueStart, first.Range.Start);
        // "can carry up to 10 warheads", "has up to 2,000 tactical weapons": a capacity or an estimate.
        if (
            cue is not null
            && cue.StartsWith("up", StringComparison.OrdinalIgnoreCase)
            && CapacityBefore.IsMatch(text[from..cueStart])
        )
            return null;
        // "can reach targets up to 5,000 kilometres away": a weapon's reach, not a ceiling.
        if (
            Quantities.MeasureAfter(text, upper.Range.End, sentence.End) is { Measure: Measures.Distance } reach
            && cue is not null
            && cue.StartsWith("up", StringComparison.OrdinalIgnoreCase)
            && (AwayAfter.IsMatch(text, reach.End) || ReachBefore.IsMatch(text[from..cueStart]))
        )
            return null;

        // What the figure counts: right after it, or (noun first) named earlier in the sentence.
        if (Quantities.MeasureAfter(text, upper.Range.End, sentence.End) is { } measure)
            return new Candidate(
                upper,
                min,
                rule == "coordinated" ? first.Range.Start : cueStart,
                measure.End,
                measure.Unit,
                measure.Measure,
                [],
                rule,
                cue!,
                cueStart,
                obj
            );
        if (Quantities.UnitAfter(text, upper, sentence.End) is { } q)
            return new Candidate(
                upper,
                min,
                rule == "coordinated" ? first.Range.Start : cueStart,
                q.Range.End,
                q.Unit,
                Measures.Count,
                q.Modifiers,
                rule,
                cue!,
                cueStart,
                obj
            );
        // "limits each side to a single deployment area".
        if (upper.Value == 1 && SingleAfter.Match(text, upper.Range.End) is { Success: true } sm)
        {
            var plural = SingleThings
                .First(t =>
                    t.Text.Equals(TextStructure.Normalize(sm.Groups["thing"].Value), StringComparison.OrdinalIgnoreCase)
                )
                .Kind!;
            if (sm.Index + sm.Length <= sentence.End)
                return new Candidate(
                    upper,
                    min,
                    rule == "coordinated" ? first.Range.Start : cueStart,
                    sm.Index + sm.Length,
                    plural,
                    Measures.Count,
                    [],
                    rule,
                    cue!,
                    cueStart,
                    obj
                );
        }
        // "a ceiling of 1,550 on deployed strategic warheads", "do not exceed 700, for deployed ICBMs, deployed
        // SLBMs and deployed heavy bombers": what the figure counts follows "on" or "for".
        // The candidate ends where its list does, so that the next item ("; (b) 1550, for …") joins it.
        // A list line is a clause of its own: what a figure counts is never named on the line above it.
        var clause = ListLineStart(
            text,
            ClauseStart(text, Math.Max(sentence.Start, previousFigureEnd), cueStart),
            cueStart
        );
        if (CountedAfter(text, upper.Range.End, sentence.End) is var (forUnit, forEnd))
            return new Candidate(
                upper,
                min,
                rule == "coordinated" ? first.Range.Start : cueStart,
                forEnd,
                CarriedOnAfter(text, upper.Range.End, forUnit, clause, upper.Range.Start),
                Measures.Count,
                [],
                rule,
                cue!,
                cueStart,
                obj
            );
        // A list opened by "limits:" names its unit after each figure.
        if (rule is "coordinated" or "band" or "list")
            return null;
        // A range or band takes its unit from before only when its ends are figures, not years ("between 2006 and
        // 2017").
        if (min is { } lo && IsYear(lo) && IsYear(upper.Value))
            return null;
        // Between the cue and the figure ("reduce their deployed warheads to 2,200"), else the first thing counted
        // before the cue ("Warheads on mobile ICBMs could not exceed 1,100").
        // "The number of warheads permitted on MIRVed ICBMs is zero": what follows "number of" is what is counted.
        var earlier = numberOf
            ? Quantities.FirstCounted(text, new TextRange(cueStart, upper.Range.Start))
            : Quantities.LastCounted(text, new TextRange(cueStart, upper.Range.Start))
                ?? Quantities.FirstCounted(text, new TextRange(clause, cueStart));
        // "from the ceiling of 1,550 warheads to a maximum of 1,000", "1,550 warheads, fewer than the upper limit of
        // 2,200": across a figure only when the nearest thing counted before the cue is a limit's of this sentence.
        if (
            earlier is null
            && Quantities.LastCounted(text, new TextRange(sentence.Start, cueStart)) is { } last
            && earlierLimits.Any(l => l.Measure == Measures.Count && l.Unit == last.Unit)
        )
            earlier = last;
        if (earlier is not { } e)
            return null;
        int start = Math.Min(e.Range.Start, cueStart);
        var listed = ListOf(
            text,
            new TextRange(Math.Min(clause, e.Range.Start), Math.Max(e.Range.End, upper.Range.Start)),
            e.Range
        );
        return new Candidate(upper, min, start, upper.Range.End, listed, Measures.Count, [], rule, cue!, cueStart, obj);
    }

    // "exceeds 1,000 kilometres but (does) …", "more than 500 km and …" right before a ceiling's cue; not a ceiling
    // of its own ("may not exceed 1,000 square kilometres, and no more than 40 inspectors").
    private static readonly Regex BandFloorBefore = Interpret(
        B
            + @"(?<!(?:not|no|n't) )(?:exceeds?|exceeding|more than|greater than|over|above|at least) [\d.,]+"
            + @"(?: [\w-]+){0,2}(?: but| and)(?: (?:does|do|is|are|must|shall|may))?(?: )?$",
        RegexOptions.IgnoreCase
    );

    // A bullet or numbered line: "- START II: warheads …", "2) …".
    private static readonly Regex ListLine = Compile(@"\n[\x20\t]*(?:[-\u2022*]|\d{1,2}[.)])[\x20\t]");

    /// <summary>The start of the last list line between <paramref name="clause"/> and the cue, else the clause.
    /// </summary>
    private static int ListLineStart(string text, int clause, int cueStart)
    {
        if (clause >= cueStart || text.IndexOf('\n', clause, cueStart - clause) < 0)
            return clause;
        int at = clause;
        for (var m = ListLine.Match(text, clause, cueStart - clause); m.Success; m = m.NextMatch())
            at = m.Index + 1;
        return at;
    }

    /// <summary>
    /// "of the 6,000 warheads, no more than 4,900 on ballistic missiles": what follows "on" carries what is counted,
    /// named before the figure in its clause; "a ceiling of 1,550 on deployed warheads", with nothing counted before,
    /// counts what follows "on".
    /// </summary>
    private static string CarriedOnAfter(string text, int figureEnd, string after, int clause, int figureStart)
    {
        var gap = text[figureEnd..Math.Min(text.Length, figureEnd + 6)].TrimStart(',', ' ');
        if (!gap.StartsWith("on ", StringComparison.OrdinalIgnoreCase) || clause >= figureStart)
            return after;
        return Quantities.LastCounted(text, new TextRange(clause, figureStart)) is { } before && before.Unit != after
            ? before.Unit
            : after;
    }

    /// <summary>Where what a figure counts ends ("3.67 percent", "700 deployed launchers"); null without one.
    /// </summary>
    private static int? UnitEnd(string text, NumberMatch n, int limit) =>
        Quantities.MeasureAfter(text, n.Range.End, limit)?.End ?? Quantities.UnitAfter(text, n, limit)?.Range.End;

    private static bool IsYear(decimal v) => v is >= 1900 and <= 2100 && v == Math.Floor(v);

    /// <summary>
    /// The text before a figure with the full stop of a one-letter abbreviation ("U.S.", "U.N.") written as a one-dot
    /// leader (same length), so that the words between a cue and its figure may hold one: a character loop is far
    /// cheaper in a regex than an alternation with a lookbehind.
    /// </summary>
    private static string MaskAbbreviations(string before)
    {
        int dot = before.IndexOf('.');
        if (dot < 0)
            return before;
        char[]? chars = null;
        for (int i = dot; i < before.Length; i++)
            if (
                before[i] == '.'
                && i > 0
                && char.IsAsciiLetterUpper(before[i - 1])
                && (i == 1 || !char.IsLetter(before[i - 2]))
            )
                (chars ??= before.ToCharArray())[i] = '\u2024';
        return chars is null ? before : new string(chars);
    }
}
