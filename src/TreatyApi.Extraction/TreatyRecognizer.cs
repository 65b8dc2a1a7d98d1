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
    public List<TreatyMention> Find(string text, TextRange within, DateOnly? published = null)
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
        // A name dropped as unsure still covers its words: they are not read again as an uncatalogued treaty.
        var dropped = DropGenericInApposition(text, result);
        var unsure = result.Where(m => AfterLowercaseNew(text, m) || InNavigation(text, m, result)).ToHashSet();
        unsure.UnionWith(OutOfTime(result, published));
        unsure.UnionWith(result.Where(m => AfterIndefinite(text, m)));
        if (unsure.Count > 0)
            result.RemoveAll(unsure.Contains);
        dropped.AddRange(unsure);
        foreach (Match m in FormsWithinParagraphs(slice))
        {
            var (s, e) = Trim(slice, m.Index, m.Index + m.Length);
            if (e - s < 8)
                continue;
            var range = new TextRange(within.Start + s, within.Start + e);
            if (result.Concat(dropped).Any(r => new TextRange(r.Span.Start, r.Span.End).Overlaps(range)))
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

    /// <summary>
    /// "A (B)" names one treaty twice. When the two names are different catalogued treaties, one of them is the
    /// family name the other is named after ("START" in "New START (START)", "Strategic Arms Reduction Treaty" in
    /// "New START (Strategic Arms Reduction Treaty)"): the more specific name says which treaty it is, whichever
    /// side of the parenthesis it is on. Otherwise the name in parentheses wins ("the Strategic Arms Reduction
    /// Treaty (New START)" has New START's name in parentheses).
    /// </summary>
    private List<TreatyMention> DropGenericInApposition(string text, List<TreatyMention> result)
    {
        var dropped = new List<TreatyMention>();
        for (int i = result.Count - 2; i >= 0; i--)
        {
            var (a, b) = (result[i], result[i + 1]);
            if (
                a.Slug == b.Slug
                || !Regex.IsMatch(text[a.Span.End..b.Span.Start], @"^[\s\u00A0]*\([\s\u00A0]*(?:the[\s\u00A0]+)?$")
                || b.Span.End >= text.Length
                || text[b.Span.End] != ')'
            )
                continue;
            int drop = !NamedAfter(a, b.Slug) && NamedAfter(b, a.Slug) ? i + 1 : i;
            dropped.Add(result[drop]);
            result.RemoveAt(drop);
        }
        return dropped;
    }

    /// <summary>Whether the words of this mention are a whole-word part of a name of the other treaty: "START" of
    /// "New START", so it may be written for that one.</summary>
    private bool NamedAfter(TreatyMention m, string other)
    {
        var words = " " + TextStructure.Normalize(m.Span.Quote) + " ";
        return _byAlias.Any(kv =>
            kv.Value.Slug == other && (" " + kv.Key + " ").Contains(words, StringComparison.OrdinalIgnoreCase)
        );
    }

    /// <summary>"the Senate ratifies new START treaty": "new" with this name is the name of another treaty (New
    /// START), written in lower case; which of the two is meant is unsure, so neither is said.</summary>
    private bool AfterLowercaseNew(string text, TreatyMention m) =>
        m.Span.Start >= 4
        && text.AsSpan(m.Span.Start - 4, 4).SequenceEqual("new ")
        && (m.Span.Start == 4 || !char.IsLetter(text[m.Span.Start - 5]))
        && _byAlias.TryGetValue("New " + TextStructure.Normalize(m.Span.Quote), out var t)
        && t.Slug != m.Slug;

    /// <summary>
    /// A name whose meaning depends on when it was written, read against the treaty's own dates in the catalog:
    /// <list type="bullet">
    /// <item>A family name, one whose words are part of another catalogued treaty's name ("START", "START Treaty",
    /// "Strategic Arms Reduction Treaty", part of "New START"), for a treaty that had ended before the text was
    /// published: writers then use it for the family's living member as often as for the dead one, so unless the
    /// text also names that treaty some other way, which treaty is meant is unsure.</item>
    /// <item>A name that may have named something else, in a text published before the treaty's first date (signed,
    /// opened for signature, concluded): before the treaty existed, "START III" named a proposal and "the Iran
    /// deal" another deal (<see cref="NameOfAnother"/>). Its own names, written while it was negotiated, still
    /// name it.</item>
    /// </list>
    /// </summary>
    private IEnumerable<TreatyMention> OutOfTime(List<TreatyMention> mentions, DateOnly? published)
    {
        if (published is not { } on)
            yield break;
        foreach (var group in mentions.GroupBy(m => m.Slug))
        {
            var t = _byAlias.Values.First(e => e.Slug == group.Key);
            if (t.Dates.Count == 0)
                continue;
            bool ended = t.Dates.Any(d => d.Kind is "expires" or "terminated" && d.Date < on);
            if (ended && group.All(m => FamilyName(m)))
                foreach (var m in group)
                    yield return m;
            if (on < t.Dates.Min(d => d.Date))
                foreach (var m in group.Where(m => NameOfAnother(t, m)))
                    yield return m;
        }
    }

    /// <summary>Whether a mention's words are a whole-word part of another catalogued treaty's name or alias
    /// ("START" of "New START", "START II").</summary>
    private bool FamilyName(TreatyMention m)
    {
        var words = " " + TextStructure.Normalize(m.Span.Quote) + " ";
        return _byAlias.Any(kv =>
            kv.Value.Slug != m.Slug
            && (" " + kv.Key + " ").Contains(words, StringComparison.Ordinal)
            && (" " + kv.Key + " ") != words
        );
    }

    /// <summary>
    /// Whether a name, written before its treaty existed, may have named something else then: a member of a series
    /// by its number ("START III", "START-3": a planned treaty), a name of common words ("the Iran deal": whatever
    /// deal there was), a treaty named for a city ("Moscow Treaty", "Treaty of Moscow": another treaty signed
    /// there). The treaty's own names, its acronym and its words spelled out ("CTBT", "Comprehensive Test Ban
    /// Treaty" while it was negotiated) name it.
    /// </summary>
    private static bool NameOfAnother(TreatyEntry t, TreatyMention m)
    {
        var q = TextStructure.Normalize(m.Span.Quote);
        if (
            string.Equals(q, TextStructure.Normalize(t.Name), StringComparison.OrdinalIgnoreCase)
            || string.Equals(q, TextStructure.Normalize(t.FullName), StringComparison.OrdinalIgnoreCase)
        )
            return false;
        var words = q.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => char.IsLower(w[0]) && !FunctionWord(w)))
            return true;
        if (Regex.IsMatch(q, @"[- ](?:II|III|IV|[2-9])$"))
            return true;
        var full = TextStructure.Normalize(t.FullName).Split(' ', '-');
        var named = Regex.Match(q, @"^(?:(?<city>[A-Z][a-z]+) Treaty|Treaty of (?<city>[A-Z][a-z]+))$");
        return named.Success && !full.Contains(named.Groups["city"].Value, StringComparer.Ordinal);
    }

    /// <summary>"a new Iran nuclear deal", "any nuclear deal with Iran": a name made of common words (an alias with
    /// a lower-case word that is not "of", "the"…) after an indefinite determiner is any deal of that kind, not the
    /// treaty ("a Joint Comprehensive Plan of Action" is still its name).</summary>
    private static bool AfterIndefinite(string text, TreatyMention m)
    {
        if (!m.Span.Quote.Split(' ', '\u00A0').Any(w => w.Length > 0 && char.IsLower(w[0]) && !FunctionWord(w)))
            return false;
        var before = text.AsSpan(Math.Max(0, m.Span.Start - 30), Math.Min(30, m.Span.Start)).ToString();
        return IndefiniteBefore().IsMatch(before);
    }

    private static bool FunctionWord(string w) => w is "of" or "on" or "the" or "and" or "for" or "to" or "in";

    [GeneratedRegex(
        @"(?i)(?<![\w-])(?:a|an|any|another)(?:[\s\u00A0]+(?:new|fresh|separate|different|broader|interim|"
            + @"possible|future|comprehensive))?[\s\u00A0]+$"
    )]
    private static partial Regex IndefiniteBefore();

    /// <summary>
    /// A site's menu ("Calendar / NPT/IAEA / CTBT / BWC / Links / Glossary", one label a line) names topics, not
    /// treaties the text speaks of: a name alone on a short line, in a run of at least five short lines with no
    /// sentence or list mark, where the run names at least two treaties.
    /// </summary>
    private static bool InNavigation(string text, TreatyMention m, List<TreatyMention> all)
    {
        var (s, e) = LineAround(text, m.Span.Start);
        if (!LabelLine(text, s, e))
            return false;
        int first = s,
            last = e;
        for (var (ps, pe) = (s, e); ps > 0; )
        {
            (ps, pe) = LineAround(text, ps - 1);
            if (!LabelLine(text, ps, pe))
                break;
            first = ps;
        }
        for (var (ns, ne) = (s, e); ne < text.Length; )
        {
            (ns, ne) = LineAround(text, ne + 1);
            if (!LabelLine(text, ns, ne))
                break;
            last = ne;
        }
        int lines = text.AsSpan(first, last - first).Count('\n') + 1;
        return lines >= 5
            && all.Where(o => o.Span.Start >= first && o.Span.End <= last).Select(o => o.Slug).Distinct().Count() >= 2;
    }

    private static (int Start, int End) LineAround(string text, int at)
    {
        int s = at <= 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        int e = text.IndexOf('\n', at);
        return (s, e < 0 ? text.Length : e);
    }

    /// <summary>A line of one to three words, no sentence punctuation, not a list item ("• ABM Treaty (1972)" is
    /// a list the text gives).</summary>
    private static bool LabelLine(string text, int s, int e)
    {
        var line = text.AsSpan(s, e - s).Trim();
        // A first character that is a mark makes it a list item or a quotation; a stop or comma, a sentence.
        if (line.IsEmpty || line.Length > 30 || "\"“”(•*-–".Contains(line[0]) || line.IndexOfAny(".,;:!?") >= 0)
            return false;
        int words = 1;
        foreach (var c in line)
            if (c == ' ')
                words++;
        return words <= 3;
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
