using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Finds treaties: catalogued ones by name, alias or full name (longest match wins, so "New START" is
/// never also "START"), and uncatalogued ones by their form ("the Chemical Weapons Convention").
/// </summary>
public sealed partial class TreatyRecognizer
{
    private readonly Regex _known;
    private readonly Dictionary<string, TreatyEntry> _byAlias = new(StringComparer.Ordinal);

    public TreatyRecognizer(Catalog catalog)
    {
        foreach (var t in catalog.Treaties)
        foreach (var alias in t.Aliases.Append(t.Name).Append(t.FullName))
            _byAlias.TryAdd(TextStructure.Normalize(alias), t);
        // Newsrooms write an acronym inside a name in title case ("New Start" for "New START"). Only where the alias
        // also has a word that is not in capitals: a lone "START" must never match the verb "start".
        foreach (var t in catalog.Treaties)
        foreach (var alias in t.Aliases.Append(t.Name).Select(TextStructure.Normalize))
            if (TitleCased(alias) is { } variant)
                _byAlias.TryAdd(variant, t);
        var alternation = string.Join(
            '|',
            _byAlias
                .Keys.OrderByDescending(a => a.Length)
                .Select(a => Regex.Escape(a).Replace(@"\ ", @"[\s\u00A0]+", StringComparison.Ordinal))
        );
        // Not followed by a numeral: "START II" is another treaty than "START". Interpreted: its literal alternation
        // is found by a vectorised search either way, and compiling it cost start-up and ran no faster.
        _known = new Regex(@"(?<![\w-])(?:" + alternation + @")(?![\w-])(?![\s\u00A0]+(?:II|III|IV)\b)");
    }

    /// <summary>"New START" → "New Start"; null when no word is an acronym or every word is one.</summary>
    private static string? TitleCased(string alias)
    {
        var words = alias.Split(' ');
        static bool Acronym(string w) => w.Length >= 3 && w.All(char.IsAsciiLetterUpper);
        if (!words.Any(Acronym) || words.All(w => w.Any(char.IsAsciiLetterUpper) && !w.Any(char.IsAsciiLetterLower)))
            return null;
        return string.Join(' ', words.Select(w => Acronym(w) ? w[0] + w[1..].ToLowerInvariant() : w));
    }

    // Capitalised words ending in a treaty noun, or "Treaty on the …" with capitalised words after it.
    [GeneratedRegex(
        @"(?<![\w-])(?:(?:[A-Z][\w'-]*|of|on|the|and)[\s\u00A0]+){0,8}?(?:[A-Z][\w'-]*[\s\u00A0]+)(?:Treaty|"
            + @"Convention|Accord|Agreement)(?:[\s\u00A0]+(?:on|of)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:[A-Z][\w'-]*"
            + @"(?:[\s\u00A0]+(?:of|on|and)[\s\u00A0]+)?[\s\u00A0]*)+)?|(?<![\w-])(?:Treaty|Convention)[\s\u00A0]+"
            + @"(?:on|of)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:[A-Z][\w'-]*(?:[\s\u00A0]+(?:of|on|and)"
            + @"[\s\u00A0]+)?[\s\u00A0]*)+"
    )]
    private static partial Regex TreatyForm();

    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "The",
        "A",
        "An",
        "This",
        "That",
        "Its",
        "Their",
        "Under",
        "In",
        "On",
        "Of",
        "And",
        "If",
        "But",
        "While",
        "When",
        "Both",
        "New",
        "Our",
        "Any",
        "Such",
        "Each",
        "said",
        "the",
        "of",
        "on",
        "and",
    };

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<TreatyMention> Find(string text, TextRange within)
    {
        var result = new List<TreatyMention>();
        var slice = text.Substring(within.Start, within.Length);
        foreach (Match m in _known.Matches(slice))
        {
            var t = _byAlias[TextStructure.Normalize(m.Value)];
            int end = within.Start + m.Index + m.Length;
            if (IsOrganisation(text, end))
                continue;
            result.Add(new TreatyMention(t.Slug, t.Name, true, Span.Of(text, within.Start + m.Index, end)));
        }
        // "the Strategic Arms Reduction Treaty (New START)": the name in parentheses says which treaty it is.
        for (int i = result.Count - 2; i >= 0; i--)
        {
            var (a, b) = (result[i], result[i + 1]);
            if (
                a.Slug != b.Slug
                && Regex.IsMatch(text[a.Span.End..b.Span.Start], @"^[\s\u00A0]*\([\s\u00A0]*(?:the[\s\u00A0]+)?$")
                && b.Span.End < text.Length
                && text[b.Span.End] == ')'
            )
                result.RemoveAt(i);
        }
        foreach (Match m in FormsWithinParagraphs(slice))
        {
            var (s, e) = Trim(slice, m.Index, m.Index + m.Length);
            if (e - s < 8)
                continue;
            var range = new TextRange(within.Start + s, within.Start + e);
            if (result.Any(r => new TextRange(r.Span.Start, r.Span.End).Overlaps(range)))
                continue;
            if (InHeadline(text, range.Start))
                continue;
            if (IsOrganisation(text, range.End))
                continue;
            var name = TextStructure.Normalize(slice[s..e]);
            // A lone "Treaty" or "Agreement" after a single sentence-initial word is not a name.
            if (name.Split(' ').Count(w => w.Length > 0 && char.IsUpper(w[0])) < 2)
                continue;
            result.Add(new TreatyMention(Slugs.Kebab(name), name, false, Span.Of(text, range.Start, range.End)));
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>"North Atlantic Treaty Organization", "Collective Security Treaty Organization" are
    /// organisations.</summary>
    private static bool IsOrganisation(string text, int end) =>
        Regex.IsMatch(text.AsSpan(end, Math.Min(20, text.Length - end)).ToString(), @"^[\s\u00A0]+Organi[sz]ation\b");

    /// <summary>Treaty forms, each within one paragraph: a name never runs across a blank line into a
    /// heading.</summary>
    private static IEnumerable<Match> FormsWithinParagraphs(string slice)
    {
        foreach (var p in TextStructure.Paragraphs(slice))
            for (var m = TreatyForm().Match(slice, p.Start, p.Length); m.Success; m = m.NextMatch())
                yield return m;
    }

    /// <summary>A title-cased line ("Russia Suspends Participation in Arms Treaty") capitalises every noun, so its
    /// forms prove nothing.</summary>
    private static bool InHeadline(string text, int at)
    {
        int s = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        int e = text.IndexOf('\n', at);
        if (e < 0)
            e = text.Length;
        var words = text[s..e]
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetter(w[0]))
            .ToList();
        return words.Count >= 4 && words.Count(w => char.IsUpper(w[0])) >= words.Count * 0.7;
    }

    /// <summary>Trims leading function words and trailing connectives from a form match.</summary>
    private static (int, int) Trim(string s, int start, int end)
    {
        while (true)
        {
            var m = Regex.Match(s[start..end], @"^([\w'-]+)[\s\u00A0]+");
            if (!m.Success || !NotNameWords.Contains(m.Groups[1].Value))
                break;
            start += m.Length;
        }
        while (true)
        {
            var m = Regex.Match(s[start..end], @"[\s\u00A0]+(of|on|and|the)?[\s\u00A0]*$");
            if (!m.Success || m.Length == 0)
                break;
            end -= m.Length;
        }
        return (start, end);
    }
}

public static partial class Slugs
{
    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonAlnum();

    /// <summary>"Intermediate-Range Nuclear Forces Treaty" → "intermediate-range-nuclear-forces-treaty".</summary>
    public static string Kebab(string s) => NonAlnum().Replace(s.ToLowerInvariant(), "-").Trim('-');
}
