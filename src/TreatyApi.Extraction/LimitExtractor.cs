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
    private static readonly Regex Single = Compile(B + "a (?<n>single)" + E, RegexOptions.IgnoreCase);

    // "1,700-2,200", "3,000 to 3,500", "500 kilometres and 5,500": the unit may follow the lower end too.
    internal static readonly Regex RangeJoin = Interpret(
        @"^(?:(?: )?(?:" + Any(MeasureUnits.Select(u => u.Text)) + @"))?(?:(?: )?[-\u2013\u2014](?: )?| to | and )$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex DescendingJoin = Interpret(@"^[-\u2013]$");
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
                    if (main is not null)
                        limits.AddRange(NamedLimits(text, sentence, main, catalog, published, documentId, explain));
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
        DropUnsureUnits(text, limits, explain);
        RelativeDeadlines.DateFromDocument(deadlines, paragraphs, documentId, explain);
        RelativeDeadlines.DateFromEvents(text, deadlines, paragraphs, published, documentId, explain);
        RelativeDeadlines.DropUndatedRepeats(deadlines, explain);
        return (limits, deadlines);
    }

    // A limit noun or the verb made of it: "the 300 kg cap", "a limit of 1,550", "capped at 700".
    private static readonly Regex LimitNoun = Compile(
        B + "(?:limit|limits|limited|cap|caps|capped|ceiling|ceilings|maximum)" + E,
        RegexOptions.IgnoreCase
    );

    /// <summary>
    /// Limits in a sentence before the document names any treaty (a lead: "inspectors found the stock above the 300
    /// kg cap"; the deal is named further down): its main treaty's, but only those whose cue names a limit ("the 300
    /// kg cap", "a ceiling of 1,550", "capped at 700", "cap the stockpile at 185 kg"), never a figure after another
    /// verb or "up to" alone.
    /// </summary>
    private List<LimitFact> NamedLimits(
        string text,
        TextRange sentence,
        TreatyMention main,
        Catalog catalog,
        DateOnly? published,
        string documentId,
        Dictionary<string, Explanation> explain
    )
    {
        // (Literal prefilter: most lead sentences name no limit.)
        var slice = text.AsSpan(sentence.Start, sentence.Length);
        if (
            !slice.Contains("limit", StringComparison.OrdinalIgnoreCase)
            && !slice.Contains("cap", StringComparison.OrdinalIgnoreCase)
            && !slice.Contains("ceiling", StringComparison.OrdinalIgnoreCase)
            && !slice.Contains("maximum", StringComparison.OrdinalIgnoreCase)
        )
            return [];
        var dates = Dates.Find(text, sentence, published);
        return Limits(text, sentence, main, catalog, null, documentId, dates, explain, namedOnly: true).Item1;
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
        Dictionary<string, Explanation> explain,
        bool namedOnly = false
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
            // Its lower end is the smaller ("caps of 300 kilograms and 3.67 percent" are two limits), in the same
            // unit ("from five tonnes to 300 kilograms" is a reduction).
            if (
                i + 1 < numbers.Count
                && n.Value < numbers[i + 1].Value
                && RangeJoin.IsMatch(text[n.Range.End..numbers[i + 1].Range.Start])
                && SameUnit(text, n, numbers[i + 1], sentence.End)
            )
            {
                min = n.Value;
                upper = numbers[++i];
            }
            // "an upper limit of 2,200-1,700 per side": a range written high end first, joined by a dash only ("from
            // 2,200 to 1,700" is a cut); its figure is still the upper end, so the fact is the same range.
            else if (
                i + 1 < numbers.Count
                && n.Value > numbers[i + 1].Value
                && DescendingJoin.IsMatch(text[n.Range.End..numbers[i + 1].Range.Start])
                && SameUnit(text, numbers[i + 1], n, sentence.End)
            )
            {
                min = numbers[i + 1].Value;
                upper = new NumberMatch(new TextRange(n.Range.Start, numbers[++i].Range.End), n.Value);
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
        // ("did not exceed a 3.67 percent cap": the noun after the figure names the limit, whatever cue read it.)
        if (namedOnly)
            candidates.RemoveAll(c =>
                !(c.Rule is "limit-after" or "limit-cue" or "limit-verb" && LimitNoun.IsMatch(c.Cue))
                && !(CueAfter.Match(text, c.End) is { Success: true } a && LimitNoun.IsMatch(a.Groups["cue"].Value))
            );
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

    /// <summary>Whether a range's ends agree in unit: the lower end has none of its own or the upper's.</summary>
    private static bool SameUnit(string text, NumberMatch lower, NumberMatch upper, int limit) =>
        Quantities.MeasureAfter(text, lower.Range.End, upper.Range.Start) is not { } lo
        || Quantities.MeasureAfter(text, upper.Range.End, limit)?.Unit == lo.Unit;

    private static bool IsPartOfWord(string text, TextRange r) =>
        (r.End < text.Length && text[r.End] == '-' && r.End + 1 < text.Length && char.IsLetter(text[r.End + 1]))
        || (r.Start > 0 && text[r.Start - 1] is '$' or '\u20AC' or '\u00A3');
}
