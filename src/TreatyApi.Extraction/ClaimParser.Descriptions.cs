using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// A treaty named by a description of its signing instead of its name: "the 2010 pact", "the treaty Washington and
/// Moscow signed in Prague". Read only when exactly one catalog treaty was signed (opened for signature, concluded)
/// in that year or at that place and is of the kind the noun names; else no treaty is assumed.
/// </summary>
public sealed partial class ClaimParser
{
    // "the 2010 pact", "the 1987 arms control treaty": the year of the signing before the noun.
    [GeneratedRegex(
        @"\bthe\s+(?<year>(?:19|20)\d\d)\s+(?:(?:arms[\s-]+control|landmark|historic)\s+)?"
            + @"(?<noun>treaty|pact|accord|deal|convention)\b(?!\s+(?:on|of)\b)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex YearDescription();

    // "the treaty Washington and Moscow signed in Prague", "the pact signed by Obama and Medvedev in Prague in 2010",
    // "the accord that was …" is a clause of its own (an auxiliary in the gap), not a description.
    [GeneratedRegex(
        @"\b[Tt]he\s+(?:(?:U\.S\.-Russian|US-Russian|Russian-American|U\.S\.-Soviet|Soviet-American|bilateral|"
            + @"arms|arms[\s-]+control|strategic|landmark|historic)\s+){0,2}"
            + @"(?<noun>treaty|pact|accord|deal|convention)\s+(?:(?:that|which)\s+)?"
            + @"(?<gap>(?:[\w.'’-]+\s+){0,5}?)(?:signed|concluded|inked)\s+(?:by\s+(?<by>(?:[\w.'’-]+\s+){1,5}?))?"
            + @"in\s+(?<place>[A-Z][\w-]+)(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?"
            + @"(?<year>(?:19|20)\d\d))?\b",
        RegexOptions.None
    )]
    private static partial Regex PlaceDescription();

    [GeneratedRegex(@"\b(?:was|were|is|are|has|have|had|been|be|being|not|never)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    /// <summary>
    /// The treaty a description names, with the span of the year the description holds (not a date of the claim:
    /// it chose the treaty), or null when the description fits no treaty or more than one.
    /// </summary>
    private (TreatyMention Treaty, TextRange? Year)? Described(string text)
    {
        var m = YearDescription().Match(text);
        string? place = null;
        if (!m.Success)
        {
            m = PlaceDescription().Match(text);
            if (!m.Success || Auxiliary().IsMatch(m.Groups["gap"].Value) || Auxiliary().IsMatch(m.Groups["by"].Value))
                return null;
            place = m.Groups["place"].Value;
        }
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        var noun = m.Groups["noun"].Value.ToLowerInvariant();
        var fits = extractor
            .Catalog.Treaties.Where(t => OfNoun(t, noun))
            .Where(t =>
                t.Dates.Any(d =>
                    d.Kind is "signed" or "opened-for-signature" or "concluded"
                    && (year is null || d.Date.Year == year)
                    && (
                        place is null
                        || (d.Place ?? "")
                            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
                            .Contains(place, StringComparer.OrdinalIgnoreCase)
                    )
                )
            )
            .ToList();
        if (fits.Count != 1)
            return null;
        var t = fits[0];
        var end = place is null ? m.Index + m.Length : m.Groups["noun"].Index + m.Groups["noun"].Length;
        var mention = new TreatyMention(t.Slug, t.Name, true, Span.Of(text, m.Index, end));
        TextRange? yearSpan = place is null
            ? new TextRange(m.Groups["year"].Index, m.Groups["year"].Index + m.Groups["year"].Length)
            : null;
        return (mention, yearSpan);
    }

    // What a noun can name: "convention" and "deal" only what is called so; "treaty", "pact" and "accord" anything
    // (reporting calls a convention a treaty: "the 1993 treaty" may be the CWC as well as START II).
    private static bool OfNoun(TreatyEntry t, string noun)
    {
        var names = t.Aliases.Append(t.Name).Append(t.FullName).ToList();
        bool Has(string w) => names.Any(n => n.Contains(w, StringComparison.OrdinalIgnoreCase));
        return noun switch
        {
            "convention" => Has("Convention"),
            "deal" => Has("deal"),
            _ => true,
        };
    }
}
