using System.Text.RegularExpressions;
using TreatyApi.Extraction;
using TreatyApi.Facts;

namespace TreatyApi.Claims;

/// <summary>
/// When a figure in a claim is not the named treaty's limit at all, it is compared with nothing. Each guard names a
/// kind of sentence that gave a false contradiction on claims written outside the repository.
/// </summary>
public static partial class ClaimChecker
{
    /// <summary>
    /// "was roughly a quarter of the 6,000 warheads START I had allowed": a fraction or multiple of a figure, or a
    /// figure another treaty named in the claim stands closer to, says nothing the treaty's own limit can settle.
    /// </summary>
    private static ClaimAspect? NotThisTreatysFigure(Context c, ClaimQuantity q, TreatyInfo t, string shown)
    {
        var before = c.Text[..q.Span.Start];
        if (Proportion().Match(before) is { Success: true } p)
        {
            c.Read.Add((p.Index, p.Index + p.Length));
            return new(
                AspectKind.Limit,
                ClaimVerdict.Unverifiable,
                q.Span.Quote,
                $"The claim gives a proportion (\"{p.Value.Trim()} {shown}\"), not a limit of {t.Name}, so it is "
                    + "compared with no limit.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        }
        // "needed just 50 ratifications, fewer than the 65 the Chemical Weapons Convention required": where every
        // mention of the treaty comes after a comparison the figure opens, the figure is the other side's.
        var compared = Comparison().Match(c.Text, q.Span.End);
        if (
            compared.Success
            && c.P.Treaties.Where(m => m.Slug == t.Slug).All(m => m.Span.Start >= compared.Index + compared.Length)
        )
            return new(
                AspectKind.Limit,
                ClaimVerdict.Unverifiable,
                q.Span.Quote,
                $"The figure {shown} is compared with {t.Name}'s (\"{compared.Value.Trim()}\"), not given as one of "
                    + $"{t.Name}'s, so it is compared with none of its limits.",
                null,
                t.Slug,
                null,
                [],
                0
            );
        // "the 6,000 warheads START I had allowed", "START I's 6,000 warheads": another treaty right after the figure
        // (a few words, no comma) or owning it right before.
        var other = c
            .P.Treaties.Where(m => m.Known && m.Slug != t.Slug)
            .FirstOrDefault(m =>
                (m.Span.Start >= q.Span.End && OwnerAfter().IsMatch(c.Text[q.Span.End..m.Span.Start]))
                || (m.Span.End <= q.Span.Start && OwnerBefore().IsMatch(c.Text[m.Span.End..q.Span.Start]))
            );
        if (other is null)
            return null;
        return new(
            AspectKind.Limit,
            ClaimVerdict.Unverifiable,
            q.Span.Quote,
            $"The figure {shown} stands with {other.Name} in the claim, not with {t.Name}, so it is not compared "
                + $"with {t.Name}'s limits.",
            null,
            t.Slug,
            null,
            [],
            0
        );
    }

    /// <summary>
    /// "the 300-kilogram cap applied to uranium enriched up to 20 percent": a percentage that says which material
    /// another figure of the claim counts is part of that counted thing. It may support the treaty's own level, but
    /// a different level says the claim's thing is another one, not that the level is wrong.
    /// </summary>
    private static ClaimAspect Qualifying(Context c, ClaimQuantity q, ClaimAspect checkedAspect)
    {
        if (
            checkedAspect.Verdict != ClaimVerdict.Contradicted
            || q.Measure != "percent"
            // (another figure: one read as a quantity, or "a 300-kilogram cap", a figure joined to its unit)
            || !(
                c.P.Quantities.Any(o => o != q && o.Measure != "percent")
                || HyphenedFigure().Matches(c.Text).Any(m => m.Index + m.Length <= q.Span.Start)
            )
            || !EnrichedUpTo().IsMatch(c.Text[..q.Span.Start])
        )
            return checkedAspect;
        return checkedAspect with
        {
            Verdict = ClaimVerdict.Unverifiable,
            Explanation =
                $"The figure {q.Span.Quote} says which material the claim's other figure counts, not a limit of its "
                + "own: the level the sources give is in the evidence, and another level makes it another thing, "
                + "not a false one.",
        };
    }

    /// <summary>"uranium enriched up to", "enriched to", "enriched above": a material described by its level.</summary>
    [GeneratedRegex(@"\b\w+\s+enriched\s+(?:up\s+to|to|above|below|beyond|over|under)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex EnrichedUpTo();

    [GeneratedRegex(
        @"\b(?:(?:fewer|more|less|greater|higher|lower|smaller|larger)\s+than|compared\s+(?:with|to)|versus|against)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b\d[\d,.]*-(?!percent\b)[a-z]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex HyphenedFigure();

    /// <summary>
    /// "Iran began enriching to 60 percent, far above the JCPOA's 3.67 percent cap": where another figure of the same
    /// measure is the one the claim calls the limit ("3.67 percent cap", "a cap of 300 kilograms"), this one says what
    /// was done, which no limit settles.
    /// </summary>
    private static ClaimAspect? NotTheNamedLimit(Context c, ClaimQuantity q, TreatyInfo t, string shown)
    {
        bool Named(ClaimQuantity o) =>
            LimitNounAfter().IsMatch(c.Text[o.Span.End..]) || LimitNounBefore().IsMatch(c.Text[..o.Span.Start]);
        var named = c.P.Quantities.FirstOrDefault(o =>
            o != q && o.Unit == q.Unit && o.Measure == q.Measure && Named(o)
        );
        if (named is null || Named(q))
            return null;
        return new(
            AspectKind.Limit,
            ClaimVerdict.Unverifiable,
            q.Span.Quote,
            $"The claim calls {named.Span.Quote} the limit; {shown} is another figure, compared with no limit.",
            null,
            t.Slug,
            null,
            [],
            0
        );
    }

    [GeneratedRegex(@"^\s+(?:cap|ceiling|limit|maximum|threshold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LimitNounAfter();

    [GeneratedRegex(@"\b(?:cap|ceiling|limit|maximum)\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LimitNounBefore();

    /// <summary>
    /// "START I allowed a total of 4,900 warheads": 4,900 is its limit on warheads of ICBMs and SLBMs, a part of what
    /// its 6,000 counts. A figure that fits a part's limit is that limit only where the claim names what the part
    /// counts ("on ICBMs and SLBMs"); else which one the claim means is not known, and it is neither.
    /// </summary>
    private static ClaimAspect? UnnamedPart(
        Context c,
        ClaimQuantity q,
        TreatyInfo t,
        List<Limit> fits,
        List<Limit> same
    )
    {
        var claim = CountedWords(c.Text);
        bool Part(Limit l) =>
            same.Any(o => o.Value != l.Value && CountedWords(l.Counted).IsProperSubsetOf(CountedWords(o.Counted)));
        bool Unnamed(Limit l) => Part(l) && !CountedWords(l.Counted).Overlaps(claim);
        if (fits.Count == 0 || !fits.All(Unnamed))
            return null;
        var part = fits[0];
        var whole = same.First(o =>
            o.Value != part.Value && CountedWords(part.Counted).IsProperSubsetOf(CountedWords(o.Counted))
        );
        return new(
            AspectKind.Limit,
            ClaimVerdict.Unverifiable,
            q.Span.Quote,
            LimitClause(t.Name, part.Counted, part.Measure, Number(part.Value), null)
                + $", a part of the {Number(whole.Value)} it sets on {whole.Counted}; the claim does not say which it "
                + "means.",
            null,
            t.Slug,
            null,
            [Evidence(part), Evidence(whole)],
            2
        );
    }

    /// <summary>What a limit counts, as words that tell one count from another ("icbm", "slbm", "bomber").</summary>
    private static HashSet<string> CountedWords(string text) =>
        AnyWord()
            .Matches(text.ToLowerInvariant())
            .Select(w => w.Value)
            .Where(w => w.Length > 2 && !CountedFiller.Contains(w))
            .Select(w => w.TrimEnd('s'))
            .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> CountedFiller =
    [
        "warhead",
        "warheads",
        "attributed",
        "deployed",
        "and",
        "the",
        "their",
        "plus",
        "nuclear",
        "counted",
        "for",
    ];

    /// <summary>"a quarter of", "half of", "twice", "three times", "40 percent of" right before the figure.</summary>
    [GeneratedRegex(
        @"\b(?:(?:a|one|two|three)\s+)?(?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|"
            + @"fraction|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?$|"
            + @"\b(?:twice|double|triple|(?:two|three|four|five|ten|\d+)\s+times)\s+(?:as\s+\w+\s+as\s+)?"
            + @"(?:the\s+|its\s+|their\s+)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Proportion();

    [GeneratedRegex(
        @"^(?:\s+(?!(?:and|or|but|while|whereas|than)\b)[\w-]+){0,3}?(?:\s+(?:that|which|the|under|of|in|by)\b)?\s*$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex OwnerAfter();

    [GeneratedRegex(@"^'s?\s*$")]
    private static partial Regex OwnerBefore();

    /// <summary>
    /// "Some 2,692 missiles were destroyed by the 1991 deadline", "Russia had 1,400 deployed warheads": a figure of
    /// what was done or held is a count, not a limit, even beside a deadline's words ("by", "deadline", "required").
    /// No limit settles a count; only a claim that also calls it a cap (limits, allows, no more than) is compared.
    /// </summary>
    private static ClaimAspect? DoneCount(Context c, ClaimQuantity q, TreatyInfo t, string shown)
    {
        if (CapWords().IsMatch(c.Text))
            return null;
        var done = DoneAfter().Match(c.Text[q.Span.End..]);
        var verb = done.Success ? done.Groups["v"].Value : DoneBefore().Match(c.Text[..q.Span.Start]).Groups["v"].Value;
        if (verb.Length == 0)
            return null;
        return new(
            AspectKind.Limit,
            ClaimVerdict.Unverifiable,
            q.Span.Quote,
            $"The claim gives {shown} as a count of what was {verb.ToLowerInvariant()}, not as a limit of {t.Name}, "
                + "and a count is compared with no limit.",
            null,
            t.Slug,
            null,
            [],
            0
        );
    }

    private const string DoneVerbs =
        "destroyed|eliminated|dismantled|scrapped|removed|retired|decommissioned|inspected|verified|built|produced|"
        + "converted|declared|reported|possessed|held|had|fielded|deployed|deactivated|withdrawn|shipped|exported";

    // "2,692 missiles were destroyed", "1,400 warheads had been deployed"; a few words of what is counted between.
    [GeneratedRegex(
        @"^(?:\s+[\w-]+){0,3}?\s+(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+(?:\w+ly\s+)?(?<v>"
            + DoneVerbs
            + @")\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DoneAfter();

    // "Russia had 1,400 deployed warheads", "the parties destroyed some 2,692 missiles".
    [GeneratedRegex(
        @"\b(?<v>"
            + DoneVerbs
            + @")\s+(?:(?:some|about|nearly|almost|roughly|around|over|a\s+total\s+of|more\s+than)\s+)*$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex DoneBefore();

    [GeneratedRegex(
        @"\b(?:limit\w*|caps?|capped|ceilings?|allow\w*|permit\w*|no\s+more\s+than|at\s+most|up\s+to|maximum|"
            + @"not\s+(?:to\s+)?exceed\w*)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex CapWords();
}
