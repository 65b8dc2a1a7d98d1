using System.Text.RegularExpressions;
using TreatyApi.Extraction;
using TreatyApi.Facts;

namespace TreatyApi.Claims;

/// <summary>
/// "A ground-launched missile with a range of 3,000 km counted as intermediate-range under the INF Treaty": a figure
/// placed in a category the treaty defines by a band of that measure, compared with the band.
/// </summary>
public static partial class ClaimChecker
{
    // "was classed as intermediate-range", "fell within the treaty's shorter-range category", "was a shorter-range
    // missile": the figure's thing said to be of a category, after it.
    [GeneratedRegex(
        @"^[^.;]{0,60}?\b(?:counted|classed|classified|qualified|considered|regarded|treated|fell|falls|fall|was|"
            + @"were|is|are)\b[^.;]{0,40}?\b(?<cat>intermediate|shorter|medium|longer)[\s-]+range\b"
            + @"(?:\s+(?:missiles?|category|class))?",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex CategoryAfter();

    [GeneratedRegex(
        @"\b(?:able\s+to\s+fly|capable\s+of\s+flying|that\s+could\s+fly|flying)\s+(?:up\s+to\s+)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex RangeBefore();

    // Missiles a treaty's band of ground-launched missiles does not cover.
    [GeneratedRegex(
        @"\b(?:sea|air|submarine|ship|space)[\s-]*(?:launched|based)\b|\bSLBMs?\b|\bSLCMs?\b|\bALCMs?\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex OtherBasing();

    /// <summary>
    /// The category of a figure: supported inside the band of the one limit whose counted thing names that category,
    /// contradicted outside it, unverifiable on its ends (the treaty's "more than" and "up to" are not read). Null
    /// when the claim places no figure in a category, or the treaty defines none by that name.
    /// </summary>
    private static ClaimAspect? CheckCategory(Context c, ClaimQuantity q, TreatyInfo t)
    {
        if (q.Min is not null || q.Measure == "count" || c.P.Negated || OtherBasing().IsMatch(c.Text))
            return null;
        var m = CategoryAfter().Match(c.Text[q.Span.End..]);
        if (!m.Success)
            return null;
        var cat = m.Groups["cat"].Value.ToLowerInvariant() + "-range missile";
        var bands = c
            .Reads.TreatyTextLimits(c.Db, t.Slug)
            .Where(l =>
                l.Unit == q.Unit && l.Min is not null && l.Counted.Contains(cat, StringComparison.OrdinalIgnoreCase)
            )
            .ToList();
        if (bands is not [var band])
            return null;
        var x = (double)q.Value;
        var lo = band.Min!.Value;
        var verdict =
            x > lo && x < band.Value ? ClaimVerdict.Supported
            : x < lo || x > band.Value ? ClaimVerdict.Contradicted
            : ClaimVerdict.Unverifiable;
        var end = q.Span.End + m.Index + m.Length;
        c.Read.Add((q.Span.Start, end));
        // "able to fly 800 km": the words of a range before the figure.
        if (RangeBefore().Match(c.Text[..q.Span.Start]) is { Success: true } r)
            c.Read.Add((r.Index, r.Index + r.Length));
        var inOut = verdict switch
        {
            ClaimVerdict.Supported => "inside",
            ClaimVerdict.Contradicted => "outside",
            _ => "on an end of",
        };
        return new(
            AspectKind.Limit,
            verdict,
            c.Text[q.Span.Start..end],
            $"{t.Name} defines {(cat[0] is 'i' or 'o' or 'a' or 'e' or 'u' ? "an" : "a")} {cat} by a {q.Unit} band "
                + $"of {Number(lo)}-{Number(band.Value)}; "
                + $"{Number(x)} lies {inOut} it, according to {Where(Evidence(band).Source)}.",
            verdict == ClaimVerdict.Contradicted ? $"{Number(lo)}-{Number(band.Value)}" : null,
            t.Slug,
            null,
            [Evidence(band)],
            1
        );
    }
}
