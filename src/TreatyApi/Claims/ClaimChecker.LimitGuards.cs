using System.Text.RegularExpressions;
using TreatyApi.Extraction;

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

    [GeneratedRegex(@"\b\d[\d,.]*-(?!percent\b)[a-z]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex HyphenedFigure();

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
}
