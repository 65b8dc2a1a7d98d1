using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// Whether one figure of a sentence is a limit: the guards that make it something else (a period, a level reached,
/// a capacity, a reach, a reduction or a floor), then the first cue that governs it (LimitExtractor.Cues.cs), then
/// what it counts (after it, after "for"/"on", or named before the cue).
/// </summary>
internal sealed partial class LimitExtractor
{
    private static readonly Regex NotLimitCue = Compile(
        B + "(?<cue>" + Any(NotLimitBefore) + @")(?: )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex NoMoreThan = Interpret(@"(?:no|not|never) more than(?: )?$", RegexOptions.IgnoreCase);

    // "can carry up to 10 warheads", "has up to 2,000 tactical weapons": what a weapon can do or a state holds.
    private static readonly Regex CapacityBefore = Interpret(
        B
            // (whole words: "delivery vehicles, and it allowed up to 18" is no capacity)
            + "(?:(?:carry|carries|carrying|deliver|delivers|armed with|equipped with|loaded with)"
            + E
            // ("inspectors may carry out up to 18 inspections" is what they may do, not what a weapon holds)
            + "(?! out"
            + E
            + ")"
            // "each side can have up to 1,550" is a permission, "may have up to 2,000" an estimate
            + @"[^.;:!?]{0,30}|(?<!(?:can|shall|to) )(?:has|have|had|possess|possesses|hold|holds|held|owns|own) "
            // "enough plutonium for up to 40 warheads": what a stock could make, an estimate
            + @"|enough(?: [\w-]+){0,4} for )$",
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
        // ("from 3.67 percent, which is the current limit": named the limit, whatever preposition came before.)
        if (
            not.Success
            && !NoMoreThan.IsMatch(before)
            && !negated.Success
            && Apposed(text, upper, sentence.End) is null
        )
        {
            band = min is not null && unitAfter && Band(text, before, upper, sentence.End) is not null;
            if (!band)
                return null;
        }

        string? rule = null,
            cue = null;
        int cueStart = first.Range.Start;
        bool numberOf = false;
        if (min is not null && unitAfter && Band(text, before, upper, sentence.End) is { } bm)
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
                || before.Contains("over", StringComparison.OrdinalIgnoreCase)
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
        else if (
            before.Contains("enrich", StringComparison.OrdinalIgnoreCase)
            && EnrichTo.Match(before) is { Success: true } en
        )
            (rule, cue, cueStart) = ("limit-verb", en.Groups["cue"].Value + " … to", from + en.Index);
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
        else if (Apposed(text, upper, sentence.End) is { } ap)
            (rule, cue, cueStart) = ("limit-after", ap.Groups["cue"].Value, first.Range.Start);
        // "below the 1,550 allowed under the old treaty": what it counts was named before it.
        else if (
            UnitEnd(text, upper, sentence.End) is null
            && BareCueAfter.Match(text, upper.Range.End) is { Success: true } bm2
            && bm2.Index + bm2.Length <= sentence.End
        )
            (rule, cue, cueStart) = ("limit-after", bm2.Groups["cue"].Value, first.Range.Start);
        // "kept at 700 or fewer", "at 300 kilograms or less".
        else if (
            before.EndsWith("at ", StringComparison.OrdinalIgnoreCase)
            && AtBefore.Match(before) is { Success: true } at
            && !ReportedAt.IsMatch(before)
            && OrFewerAfter.Match(text, UnitEnd(text, upper, sentence.End) ?? upper.Range.End) is { Success: true } of
            && of.Index + of.Length <= sentence.End
        )
            (rule, cue, cueStart) = ("limit-after", "at … " + of.Groups["cue"].Value, from + at.Index);
        // "needed 50 ratifications to take effect": a threshold a treaty sets, counted in ratifications only; or the
        // votes its ratification needs ("ratification required 67 votes", "needs 67 votes to ratify it").
        else if (
            ThresholdBefore.Match(before) is { Success: true } tm
            && Quantities.UnitAfter(text, upper, sentence.End) is { Unit: "ratifications" or "votes" } tu
            && (
                tu.Unit == "ratifications"
                || text.AsSpan(sentence.Start, sentence.Length).Contains("ratif", StringComparison.OrdinalIgnoreCase)
            )
        )
            (rule, cue, cueStart) = ("threshold", tm.Groups["cue"].Value, from + tm.Index);
        else if (
            previous is not null
            && previous.End <= first.Range.Start
            && JoinsList(text[previous.End..first.Range.Start])
        )
            (rule, cue, cueStart) = ("coordinated", previous.Cue, first.Range.Start);
        if (rule is null)
            return null;
        // "whose range exceeds 1,000 kilometres but does not exceed 5,500 kilometres": the top of a band whose floor
        // the clause just gave; a ceiling alone would say something the text does not.
        // Written with its floor in one unit ("500 kilometres or more but not over 1,000 kilometres"), it is that band.
        int floorFrom = Math.Max(sentence.Start, cueStart - 80);
        if (
            rule == "limit-cue"
            && min is null
            && BandFloorBefore.Match(text, floorFrom, cueStart - floorFrom) is { Success: true } floor
        )
        {
            var fl = floor.Groups["floor"];
            var low = Quantities.Numbers(text, new TextRange(fl.Index, fl.Index + fl.Length));
            var lowUnit = Quantities.MeasureAfter(text, fl.Index + fl.Length, cueStart);
            var highUnit = Quantities.MeasureAfter(text, upper.Range.End, sentence.End);
            if (low.Count != 1 || lowUnit is null || highUnit is null || lowUnit.Value.Unit != highUnit.Value.Unit)
                return null;
            if (low[0].Value >= upper.Value)
                return null;
            (min, rule, cueStart) = (low[0].Value, "band", floor.Index);
        }
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
            // "no more than 1,550 warheads on our carriers, and the carriers are kept at 700 or fewer": after the
            // thing the limit before counts, not after its figure.
            ClauseStart(
                text,
                Math.Max(sentence.Start, Math.Max(previousFigureEnd, Math.Min(previous?.End ?? 0, cueStart))),
                cueStart
            ),
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

    /// <summary>The apposition that names a figure and its unit the limit ("3.67 percent, which is the limit").
    /// </summary>
    private static Match? Apposed(string text, NumberMatch upper, int limit) =>
        UnitEnd(text, upper, limit) is { } end
        && end < limit
        && text[end] is ',' or ' ' or '-' or '\u2013' or '\u2014'
        && Apposition.Match(text, end) is { Success: true } m
        && m.Index + m.Length <= limit
            ? m
            : null;

    /// <summary>
    /// The band cue before a range ("ranges from 500 to 5,500 kilometres"). A bare "from" makes a band of distances
    /// only (a missile's reach): "went from 20 percent to 60 percent", "from 10 to 300 tonnes" is a change.
    /// </summary>
    private static Match? Band(string text, string before, NumberMatch upper, int limit)
    {
        var m = BandBefore.Match(before);
        if (!m.Success)
            return null;
        if (
            m.Groups["cue"].Value.Equals("from", StringComparison.OrdinalIgnoreCase)
            && Quantities.MeasureAfter(text, upper.Range.End, limit) is not { Measure: Measures.Distance }
        )
            return null;
        return m;
    }

    private static readonly Regex Aside = Interpret(@"\((?<in>[A-Z]{2,6}s?|[\d.,]+ [a-z]+)\)");

    // "exceeds 1,000 kilometres but (does) …", "more than 500 km and …" right before a ceiling's cue; not a ceiling
    // of its own ("may not exceed 1,000 square kilometres, and no more than 40 inspectors").
    // "500 kilometres or more but not over …": the floor written before "or more".
    private static readonly Regex BandFloorBefore = Interpret(
        B
            + @"(?:(?<!(?:not|no|n't) )(?:exceeds?|exceeding|more than|greater than|over|above|at least)"
            + @" (?<floor>[\d.,]+)"
            + @"(?: [\w-]+){0,2}|(?<floor>[\d.,]+)(?: [\w-]+){0,2} or (?:more|greater|above))"
            + @"(?: but| and)(?: (?:does|do|is|are|must|shall|may))?(?: )?$",
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
        // "limited the stockpile to 300 kilograms (661 pounds) and enrichment to 3.67%", "caps intercontinental
        // ballistic missiles (ICBMs) at …": a conversion or an abbreviation in brackets is read through, its brackets
        // written as leaders (a treaty's lettered item "(a)" stays).
        if (before.Contains('(', StringComparison.Ordinal))
            before = Aside.Replace(before, m => "\u2024" + m.Groups["in"].Value + "\u2024");
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
