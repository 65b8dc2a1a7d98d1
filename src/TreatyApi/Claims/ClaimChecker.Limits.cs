using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using TreatyApi.Extraction;
using TreatyApi.Facts;
using TreatyApi.Search;
using TreatyApi.Treaties;

namespace TreatyApi.Claims;

/// <summary>Limit aspects: a figure against the limits on the same thing of the treaty named.</summary>
public static partial class ClaimChecker
{
    /// <summary>
    /// Modifiers that name another thing than a treaty's usual count: never matched with a limit on "deployed".
    /// </summary>
    private static readonly string[] OtherCounts =
    [
        "non-deployed",
        "nondeployed",
        "tactical",
        "non-strategic",
        "nonstrategic",
    ];

    private static ClaimAspect CheckLimit(Context c, ClaimQuantity q)
    {
        var claimed = (double)q.Value;
        double? low = q.Min is { } m ? (double)m : null;
        var unit = q.Unit;
        var shown = (low is { } lo ? Number(lo) + "-" : "") + Number(claimed);
        if (c.Treaty is not { } t)
            return new(
                AspectKind.Limit,
                ClaimVerdict.Unverifiable,
                q.Span.Quote,
                $"The claim names no treaty, so the figure {shown} {unit} is compared with no treaty's limits.",
                null,
                null,
                null,
                [],
                0
            );
        if (
            (NotThisTreatysFigure(c, q, t, shown) ?? NotTheNamedLimit(c, q, t, shown) ?? DoneCount(c, q, t, shown)) is
            { } notThis
        )
            return notThis;
        // "ranges of 500 to 5,500 km", "those with a range of": a span of a measure is what a treaty defines.
        var defines = low is not null && q.Measure != "count" && RangeWords().IsMatch(c.Text);
        // "cannot enter into force until 44 states ratify it": the ratifications a treaty needs to enter into force
        // are its threshold, said with the words of entry into force instead of "requires".
        var threshold = unit == "ratifications" && c.P.DateWords.Any(w => w.Kind == ClaimDateKind.EnteredIntoForce);
        if (!c.P.LimitWords && !defines && !threshold && CheckCategory(c, q, t) is { } category)
            return category;
        if (!c.P.LimitWords && !defines && !threshold)
            return new(
                AspectKind.Limit,
                ClaimVerdict.Unverifiable,
                q.Span.Quote,
                $"The claim gives {shown} {unit} but not as a limit (no word such as limits, caps or allows), so it "
                    + "is compared with no limit.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        // "limits non-strategic warheads to 1,000": the qualifier may come before the figure, away from it, so the
        // whole claim is searched; a claim that names another count anywhere is never held to the usual one.
        var other = q.Modifiers.FirstOrDefault(m => OtherCounts.Contains(m))
            ?? OtherCounts.FirstOrDefault(w => Regex.IsMatch(c.Text, $@"(?<![\w-]){w}\b", RegexOptions.IgnoreCase));
        // "800 deployed launchers": a limit on deployed and non-deployed launchers together counts more than the
        // claim's deployed ones, so it neither supports nor contradicts that figure.
        var deployedOnly = other is null && q.Modifiers.Contains("deployed", StringComparer.OrdinalIgnoreCase);
        var all = c
            .Reads.TreatyTextLimits(c.Db, t.Slug)
            .Where(l => !deployedOnly || !l.Counted.Contains("non-deployed", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var text = all.Where(l => l.Unit == unit && l.Measure == q.Measure)
            .Where(l => other is null || l.Counted.Contains(other, StringComparison.OrdinalIgnoreCase))
            .ToList();
        // A measure ("3.67 percent", "150 kilometers") is compared only with limits on the same thing: the claim must
        // share a word with what the limit measures ("enrichment", "radius"), and the closest wording decides.
        if (q.Measure != "count")
            text = Closest(c, text);
        if (Compared(c, q, t, text, shown, unit) is { } bound)
            return bound;
        var reported = other is null && q.Measure == "count" ? c.Reads.LimitValuesOfUnit(c.Db, unit, t.Slug) : [];
        bool Fits(Limit l) =>
            low is { } lw ? l.Min == lw && l.Value == claimed : l.Value == claimed || l.Min == claimed;
        if (text.Count == 0 && reported.Count == 0)
        {
            // "700 ICBMs, SLBMs and heavy bombers", "100 interceptor missiles": a thing the text counts under another
            // name. The limits whose counted words hold every word of the claim's can support it, never contradict it.
            var named =
                q.Measure == "count" ? all.Where(l => l.Measure == "count" && Names(l.Counted, unit)).ToList() : [];
            var fit = named.Where(Fits).ToList();
            if (fit.Count > 0)
                return new(
                    AspectKind.Limit,
                    ClaimVerdict.Supported,
                    q.Span.Quote,
                    LimitClause(t.Name, fit[0].Counted, fit[0].Measure, shown, null)
                        + $", as {Where(fit[0].Source)} gives it.",
                    null,
                    t.Slug,
                    null,
                    fit.Select(Evidence).ToList(),
                    fit.Count
                );
            return new(
                AspectKind.Limit,
                ClaimVerdict.Unverifiable,
                q.Span.Quote,
                $"No limit on {(other is null ? "" : other + " ")}{unit} of {t.Name} is found in the sources.",
                null,
                t.Slug,
                null,
                named.Select(Evidence).ToList(),
                named.Count
            );
        }

        var textSame = text.Where(Fits).ToList();
        if (low is null && UnnamedPart(c, q, t, textSame, text) is { } unnamed)
            return unnamed;
        var reportedSame = low is null ? reported.Where(r => r.Value == claimed).Select(r => r.Id).ToList() : [];
        var evidence = textSame
            .Select(Evidence)
            .Concat(reportedSame.Take(ClaimAspect.MaxEvidence).Select(id => Evidence(c.Reads.LimitById(c.Db, id)!)))
            .Take(ClaimAspect.MaxEvidence)
            .ToList();
        if (textSame.Count + reportedSame.Count > 0)
        {
            var where = Where((textSame.FirstOrDefault()?.Source) ?? evidence[0].Source);
            return new(
                AspectKind.Limit,
                ClaimVerdict.Supported,
                q.Span.Quote,
                LimitClause(t.Name, unit, q.Measure, shown, textSame.FirstOrDefault()?.Counted)
                    + $", as {where} gives it.",
                null,
                t.Slug,
                null,
                evidence,
                textSame.Count + reportedSame.Count
            );
        }
        // A range is compared with the treaty's own text only.
        if (low is not null && text.Count == 0)
            return new(
                AspectKind.Limit,
                ClaimVerdict.Unverifiable,
                q.Span.Quote,
                $"The treaty text of {t.Name} gives no range of {unit}, so {shown} is compared with nothing.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        if (NarrowerThanTheLimits(c, q, text) is { } narrower)
            return new(
                AspectKind.Limit,
                ClaimVerdict.Unverifiable,
                q.Span.Quote,
                LimitClause(
                    t.Name,
                    unit,
                    q.Measure,
                    string.Join(" or ", text.Select(l => Number(l.Value)).Distinct()),
                    null
                )
                    + ", "
                    + $"but {narrower}, so {shown} may count something else.",
                null,
                t.Slug,
                null,
                text.Select(Evidence).Take(ClaimAspect.MaxEvidence).ToList(),
                text.Count
            );
        // The treaty's own text decides when it limits this unit; reported figures only when it does not.
        // "about 1,500 warheads" of a 1,550 limit: a figure the claim itself calls approximate is not wrong for being
        // near (within a tenth); only one far from every limit is.
        var limitValues = text.Count > 0 ? text.Select(l => l.Value).ToList() : reported.Select(r => r.Value).ToList();
        if (
            low is null
            && Approximately().Match(c.Text[..q.Span.Start]) is { Success: true } hedge
            && limitValues.Any(v => Math.Abs(v - claimed) <= 0.1 * v)
        )
        {
            c.Read.Add((hedge.Index, hedge.Index + hedge.Length));
            return new(
                AspectKind.Limit,
                ClaimVerdict.Unverifiable,
                q.Span.Quote,
                LimitClause(t.Name, unit, q.Measure, string.Join(" or ", limitValues.Distinct().Select(Number)), null)
                    + "; the claim "
                    + $"gives {hedge.Value.Trim()} {shown}, an approximate figure, so it is neither confirmed nor "
                    + "called wrong.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        }
        // "a missile with a range of 3,000 km counted as intermediate-range": one measure inside a band the treaty
        // defines (500-5,500 km) is a case the band covers, not a rival bound; nothing in the band makes it false.
        // (A count inside a band of counts, "2,000 warheads" of SORT's 1,700-2,200, is still compared: it misstates
        // the ceiling.)
        if (
            low is null
            && q.Measure != "count"
            && text.FirstOrDefault(l => l.Min is { } mn && mn <= claimed && claimed <= l.Value) is { } band
        )
            return new(
                AspectKind.Limit,
                ClaimVerdict.Unverifiable,
                q.Span.Quote,
                LimitClause(t.Name, unit, q.Measure, $"{Number(band.Min!.Value)}-{Number(band.Value)}", band.Counted)
                    + $"; {shown} lies inside "
                    + "that band, which neither confirms nor contradicts a single figure.",
                null,
                t.Slug,
                null,
                [Evidence(band)],
                1
            );
        var values =
            text.Count > 0
                ? text.Select(l => l.Min is { } mn ? $"{Number(mn)}-{Number(l.Value)}" : Number(l.Value))
                : reported.Select(r => Number(r.Value));
        var figures = string.Join(" or ", values.Distinct());
        var expected = $"{figures} {unit}";
        var against =
            text.Count > 0
                ? text.Select(Evidence).ToList()
                : reported.Take(ClaimAspect.MaxEvidence).Select(r => Evidence(c.Reads.LimitById(c.Db, r.Id)!)).ToList();
        return new(
            AspectKind.Limit,
            ClaimVerdict.Contradicted,
            q.Span.Quote,
            $"{LimitClause(t.Name, unit, q.Measure, figures, Only(text))}, not {shown}, "
                + $"according to {Where(against[0].Source)}.",
            expected,
            t.Slug,
            null,
            against,
            text.Count > 0 ? text.Count : reported.Count
        );
    }

    /// <summary>
    /// "kept enrichment below four percent", "more than 1,000 warheads": a figure after a comparator is a bound on the
    /// limit, not the limit. A treaty text limit under a "below" bound supports it; anything else is not weighed
    /// (a limit over the bound may still be kept under it in practice; "more than" says too little). "no more than"
    /// and "up to" state the limit itself and are compared as the figure.
    /// </summary>
    private static ClaimAspect? Compared(
        Context c,
        ClaimQuantity q,
        TreatyInfo t,
        IReadOnlyList<Facts.Limit> text,
        string shown,
        string unit
    )
    {
        var before = c.Text[..q.Span.Start];
        // "neither side may keep more than 800", "at or below 2,200": a negated or inclusive bound states the limit.
        if (NegatedBound().IsMatch(before[Math.Max(0, before.Length - 60)..]))
            return null;
        var under = BelowBound().Match(before);
        var over = under.Success ? Match.Empty : AboveBound().Match(before);
        if (!under.Success && !over.Success)
            return null;
        var bound = (under.Success ? under : over).Groups["w"].Value.ToLowerInvariant();
        var limits = string.Join(" or ", text.Select(l => Number(l.Value)).Distinct());
        if (under.Success && text.Count > 0 && text.All(l => l.Value < (double)q.Value))
            return new(
                AspectKind.Limit,
                ClaimVerdict.Supported,
                q.Span.Quote,
                $"{LimitClause(t.Name, unit, q.Measure, limits, Only(text))}, {bound} {shown}, "
                    + $"as {Where(text[0].Source)} gives it.",
                null,
                t.Slug,
                null,
                text.Select(Evidence).Take(ClaimAspect.MaxEvidence).ToList(),
                text.Count
            );
        return new(
            AspectKind.Limit,
            ClaimVerdict.Unverifiable,
            q.Span.Quote,
            $"The claim gives a bound (\"{bound} {shown}\"), not a limit; "
                + (
                    text.Count == 0
                        ? $"the treaty text of {t.Name} gives no limit on {unit} to weigh it against."
                        : $"{LimitClause(t.Name, unit, q.Measure, limits, Only(text))}, which does not settle it."
                ),
            null,
            t.Slug,
            null,
            text.Select(Evidence).Take(ClaimAspect.MaxEvidence).ToList(),
            text.Count
        );
    }

    [GeneratedRegex(
        @"\b(?:no|not|neither|nor|never|cannot|none)\b|n't\b|\bat\s+or\s+(?:below|under|above)\s+$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex NegatedBound();

    // "no fewer than", "not more than": a negated comparator states the limit itself (or the other bound).
    [GeneratedRegex(
        @"(?<!\b(?:no|not)\s+)\b(?<w>below|under|less\s+than|fewer\s+than|lower\s+than)\s+$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex BelowBound();

    [GeneratedRegex(
        @"(?<!\b(?:no|not)\s+)\b(?<w>more\s+than|over|above|at\s+least|greater\s+than|in\s+excess\s+of)\s+$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AboveBound();

    [GeneratedRegex(@"\b(?:ranges?|defined|defines|covered|covers|between)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RangeWords();

    /// <summary>The limits whose description shares the most words with the claim (at least one).</summary>
    private static List<Limit> Closest(Context c, List<Limit> limits)
    {
        var scored = limits.Select(l => (Limit: l, Shared: SharedStems(c.P.PlainWords, l.Counted))).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(x => x.Shared);
        return best == 0 ? [] : scored.Where(x => x.Shared == best).Select(x => x.Limit).ToList();
    }

    /// <summary>How many distinct content words (by stem) a claim shares with a fact's words.</summary>
    private static int SharedStems(IReadOnlyList<string> claim, string text)
    {
        var theirs = ClaimParser.Words(text).Where(w => w.Length > 3).Select(Stem).ToHashSet();
        return claim.Where(w => w.Length > 3 && !char.IsDigit(w[0])).Select(Stem).Distinct().Count(theirs.Contains);
    }

    private static string Stem(string w)
    {
        var lower = w.ToLowerInvariant();
        return lower.Length > 5 ? lower[..5] : lower.TrimEnd('s');
    }

    [GeneratedRegex(@"\s(?:in|on|at|of|containing|attributed|for|to|held|making|with|from|by|plus|which|that)\s")]
    private static partial Regex CountedHead();

    /// <summary>
    /// Whether a limit's counted words hold every word of a claimed unit ("heavy bombers", "ABM launchers").
    /// </summary>
    private static bool Names(string counted, string unit)
    {
        // What the limit counts is the head of its description, before "in", "on", "attributed to"…: a limit on
        // "launchers in the area containing ICBM silo launchers" counts launchers, not ICBMs.
        var head = CountedHead().Split(counted)[0];
        var theirs = AnyWord().Matches(head).Select(w => Stem(w.Value)).ToHashSet();
        var mine = AnyWord()
            .Matches(unit)
            .Select(w => w.Value)
            .Where(w => !Filler.Contains(w) || w.Length > 4)
            .ToList();
        return mine.Count > 0 && mine.All(w => theirs.Contains(Stem(w)));
    }

    /// <summary>
    /// A different figure contradicts a treaty-text limit only when the claim counts the same thing for the same
    /// parties. Says why not (for the explanation), or null when it does: a limit on one model ("IR-1 centrifuges")
    /// is not compared with a claim that does not name that model (a treaty can limit the installed and the
    /// enriching machines apart), and a claim naming someone the limit does not bind ("limited Germany to …" against
    /// a group ceiling) may be about a national sub-limit the catalog does not hold.
    /// </summary>
    private static string? NarrowerThanTheLimits(Context c, ClaimQuantity q, List<Limit> text)
    {
        foreach (var l in text)
        foreach (Match model in ModelCode().Matches(l.Counted))
            if (!c.Text.Contains(model.Value, StringComparison.OrdinalIgnoreCase))
                return $"that limit counts {model.Value} {l.Unit} and the claim does not say so";
        var binds = text.SelectMany(l => l.Binds).ToHashSet(StringComparer.Ordinal);
        // "Russia alone was allowed 6,400 tanks" of a limit on what a group of states holds together: one state's
        // share is not the group's ceiling.
        var states = c.P.Actors.Where(a => a.Kind == "state").Select(a => a.Slug).Distinct().ToList();
        if (
            text.Count > 0
            && text.All(l => !l.EachParty && l.Binds.Count > 1)
            && states.Count == 1
            && !TogetherWords().IsMatch(c.Text)
        )
            return $"that limit counts {text[0].Counted}, and the claim gives "
                + $"{c.P.Actors.First(a => a.Kind == "state").Name}'s alone";
        var explained = c
            .P.Actors.Where(a => a.Kind != "state" || binds.Contains(a.Slug))
            .Select(a => a.Span)
            .Concat(c.P.Treaties.Select(m => m.Span))
            // "signed in Moscow in July 1991 … allowed 8,000 warheads": the words of a date or a place the claim
            // gives for another aspect are not what the limit counts.
            .Concat(c.P.Dates.Select(d => d.Span))
            .Append(q.Span)
            .ToList();
        var place = c.P.Place;
        foreach (Match word in CapitalisedWord().Matches(c.Text))
        {
            // A word the limit's own description uses ("at Natanz") is the limit's.
            if (text.Any(l => Regex.IsMatch(l.Counted, $@"\b{Regex.Escape(word.Value)}\b")))
                continue;
            var sentenceStart =
                c.Text[..word.Index].TrimEnd() is var before && (before.Length == 0 || before[^1] == '.');
            if (sentenceStart || explained.Any(s => word.Index >= s.Start && word.Index < s.End))
                continue;
            // (a place only as where the treaty was signed: "limits warheads in Europe" names what is counted)
            if (
                place is not null
                && place.Split(' ').Contains(word.Value, StringComparer.Ordinal)
                && SigningPlaceNamed(c.Text, place)
            )
                continue;
            return $"the claim names {word.Value}, which that limit does not name";
        }
        return null;
    }

    // A figure given as approximate: "about 1,500", "some 1,550", "roughly 700".
    [GeneratedRegex(
        @"\b(?:about|around|roughly|approximately|some|nearly|almost|close\s+to|an\s+estimated|circa|"
            + @"more\s+or\s+less)\s+$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Approximately();

    [GeneratedRegex(@"\b(?:together|combined|aggregate|group|alliance|bloc|all\s+parties)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TogetherWords();

    // A model designation: letters, a hyphen and a digit ("IR-1", "SS-20").
    [GeneratedRegex(@"\b[A-Z]{1,4}-\d+[A-Z]?\b")]
    private static partial Regex ModelCode();

    [GeneratedRegex(@"\b[A-Z][a-z]+\b")]
    private static partial Regex CapitalisedWord();
}
