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
