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
    // Built on the first claim that names no treaty the recogniser finds.
    private readonly Lazy<TreatyWords> treatyWords = new(() => TreatyWords.Of(extractor.Catalog));

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

    // "the conventional forces treaty", "the 1967 space treaty", "the chemical weapons ban": the words of what a
    // treaty is about before its noun.
    [GeneratedRegex(
        @"\bthe\s+(?:(?<year>(?:19|20)\d\d)\s+)?(?<words>(?:[a-z][\w-]*\s+){1,3}?)"
            + @"(?<noun>treaty|convention|pact|accord|agreement|ban)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex SubjectDescription();

    // Words of a description that tell no treaty from another on their own.
    private static readonly HashSet<string> CommonSubjectWords =
    [
        "nuclear",
        "weapon",
        "arm",
        "control",
        "international",
        "landmark",
        "historic",
        "global",
        "new",
        "strategic",
        "bilateral",
        "multilateral",
    ];

    /// <summary>
    /// A treaty named in words the recogniser, which reads articles and keeps their capitals, does not take: one of
    /// its names of two words or more in other capitals ("the chemical weapons convention"), or the words of what it
    /// is about ("the test-ban treaty", "the 1967 space treaty"). Each word must be in one of the treaty's names, at
    /// least one must tell it from others, and two are needed (one with the year it was signed); exactly one catalog
    /// treaty must fit. Null otherwise.
    /// </summary>
    private (TreatyMention Treaty, TextRange? Year)? ByWords(string text)
    {
        var (names, treatyOf, subjects) = treatyWords.Value;
        var byName = names
            .Matches(text)
            // The name as written is the recogniser's to take or leave (by the text's date).
            .Where(m => !treatyOf[m.Value.ToLowerInvariant()].Any(x => x.Name == m.Value))
            .SelectMany(m => treatyOf[m.Value.ToLowerInvariant()].Select(x => (x.Treaty, Match: m)))
            .ToList();
        if (byName.Select(x => x.Treaty.Slug).Distinct().Count() == 1)
        {
            var (t, m) = byName.MaxBy(x => x.Match.Length);
            return (new TreatyMention(t.Slug, t.Name, true, Span.Of(text, m.Index, m.Index + m.Length)), null);
        }
        if (byName.Count > 0)
            return null;
        foreach (Match m in SubjectDescription().Matches(text))
        {
            var words = SubjectWords(m.Groups["words"].Value);
            int? year = m.Groups["year"].Success
                ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
                : null;
            if (words.Count == 0 || words.All(CommonSubjectWords.Contains) || words.Count < (year is null ? 2 : 1))
                continue;
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            var fits = extractor
                .Catalog.Treaties.Where(t => noun == "ban" || OfNoun(t, noun))
                .Where(t =>
                {
                    var names = subjects[t.Slug];
                    return words.All(w => names.Contains(w) || (w == "ban" && names.Contains("prohibition")))
                        && (noun != "ban" || names.Contains("ban") || names.Contains("prohibition"))
                        && (
                            year is null
                            || t.Dates.Any(d =>
                                d.Kind is "signed" or "opened-for-signature" or "concluded" && d.Date.Year == year
                            )
                        );
                })
                .ToList();
            if (fits.Count != 1)
                continue;
            var mention = new TreatyMention(
                fits[0].Slug,
                fits[0].Name,
                true,
                Span.Of(text, m.Index, m.Index + m.Length)
            );
            TextRange? yearSpan = year is null
                ? null
                : new TextRange(m.Groups["year"].Index, m.Groups["year"].Index + m.Groups["year"].Length);
            return (mention, yearSpan);
        }
        return null;
    }

    /// <summary>
    /// Every name of two words or more of every treaty, in any capitals, longest first; the treaties each names
    /// (lower-cased) with the capitals as written in the catalog; and each treaty's words of what it is about, from
    /// all its names.
    /// </summary>
    private sealed record TreatyWords(
        Regex Names,
        Dictionary<string, List<(TreatyEntry Treaty, string Name)>> TreatyOf,
        Dictionary<string, HashSet<string>> Subjects
    )
    {
        public static TreatyWords Of(Catalog catalog)
        {
            var treatyOf = new Dictionary<string, List<(TreatyEntry, string)>>(StringComparer.Ordinal);
            foreach (var t in catalog.Treaties)
            foreach (
                var a in t.Aliases.Append(t.FullName).Where(a => a.Contains(' ', StringComparison.Ordinal)).Distinct()
            )
            {
                var key = a.ToLowerInvariant();
                if (!treatyOf.TryGetValue(key, out var list))
                    treatyOf[key] = list = [];
                list.Add((t, a));
            }
            var pattern = string.Join("|", treatyOf.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
            var subjects = catalog.Treaties.ToDictionary(
                t => t.Slug,
                t => t.Aliases.Append(t.FullName).SelectMany(SubjectWords).ToHashSet(StringComparer.Ordinal)
            );
            return new(
                new Regex($@"\b(?:{pattern})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
                treatyOf,
                subjects
            );
        }
    }

    /// <summary>Lower-case words without a plural "s", hyphenated ones taken apart ("test-ban" is "test",
    /// "ban").</summary>
    private static List<string> SubjectWords(string text) =>
        Regex
            .Matches(text.ToLowerInvariant(), @"[a-z]+")
            .Select(w => w.Value.Length > 3 && w.Value.EndsWith('s') ? w.Value[..^1] : w.Value)
            .Where(w => w is not ("the" or "of" or "on" or "and" or "in" or "their" or "its" or "to"))
            .ToList();
}
