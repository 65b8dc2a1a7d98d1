using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// A limit whose unit the sentence leaves unsure is not given: "700 warheads" where the text capped 700 delivery
/// vehicles is a wrong fact a journalist would print, while a missing limit is not. The value is kept only when the
/// unit is the noun the figure counts; three shapes say otherwise, whatever rule read the limit:
/// <list type="bullet">
/// <item>the unit is a coordination of nouns that is not a list the API reports in one unit ("200 interceptors and
/// launchers": 200 of which?);</item>
/// <item>the unit's noun stands before the figure across "and" or ";" ("bombers; and no more than 650", "warheads
/// and allows up to 700"): that noun ends another item or clause, the figure's own noun is left unsaid;</item>
/// <item>the figure counts what sits on a carrier given as its unit ("no more than 1,200 on deployed ICBMs" counts
/// warheads, not ICBMs), unless a limit noun governs it ("a limit of 700 on deployed ICBMs" caps the ICBMs).</item>
/// </list>
/// </summary>
internal sealed partial class LimitExtractor
{
    [GeneratedRegex(@"\band\b|\bor\b|,")]
    private static partial Regex Coordination();

    [GeneratedRegex(@"(?:\band\b|;)")]
    private static partial Regex ClauseJoin();

    [GeneratedRegex(@"(?i)(?<![\w-])of[\s\u00A0]+$")]
    private static partial Regex OfBefore();

    [GeneratedRegex(
        @"(?i)^[\s\u00A0]+(?:on|aboard)[\s\u00A0]+(?:[\w-]+[\s\u00A0]+){0,3}?"
            + @"(?:ICBMs?|SLBMs?|missiles?|bombers?|submarines?|launchers?|aircraft|platforms?)\b"
    )]
    private static partial Regex OnCarrier();

    [GeneratedRegex(@"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)\b")]
    private static partial Regex Figure();

    /// <summary>Drops the limits whose unit is unsure, with their explanations.</summary>
    private static void DropUnsureUnits(string text, List<LimitFact> limits, Dictionary<string, Explanation> explain)
    {
        foreach (var l in limits.Where(l => UnsureUnit(text, l)).ToList())
        {
            limits.Remove(l);
            if (!limits.Any(o => o.Id == l.Id))
                explain.Remove(l.Id);
        }
    }

    internal static bool UnsureUnit(string text, LimitFact l)
    {
        if (l.Measure != Measures.Count)
            return false;
        if (Coordination().IsMatch(l.Unit))
            return true;
        var q = l.Span.Quote;
        // The first figure: a range's lower end ("warheads to between 1,700 and 2,200") has the "and" after it.
        var figure = Figure().Matches(q).FirstOrDefault(m => m.Value.Any(char.IsDigit)) ?? Figure().Match(q);
        if (!figure.Success)
            return false;
        var noun = l.Unit.Split(' ').Last();
        int at = q.IndexOf(noun, StringComparison.OrdinalIgnoreCase);
        if (at >= 0 && at + noun.Length <= figure.Index && ClauseJoin().IsMatch(q[(at + noun.Length)..figure.Index]))
            return true;
        int end = l.Span.Start + figure.Index + figure.Length;
        var on = OnCarrier().Match(text[end..Math.Min(text.Length, end + 60)]);
        // Only where the carrier is the unit given: "no more than 4,900 on ballistic missiles" read as warheads
        // already counts what they carry.
        return on.Success
            && on.Value.Contains(noun, StringComparison.OrdinalIgnoreCase)
            && !OfBefore().IsMatch(text[Math.Max(0, l.Span.Start + figure.Index - 8)..(l.Span.Start + figure.Index)]);
    }
}
