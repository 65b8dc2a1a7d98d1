using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Finds the news outlet a passage is attributed to: a citation in parentheses ("(RIA Novosti II, June 19)"),
/// or a reporting clause ("the Qatar News Agency reported", "according to Interfax").
/// </summary>
internal sealed partial class OutletRecognizer
{
    private readonly Dictionary<string, ActorEntry> _outlets = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex _reporting;

    // An outlet the catalog does not know, after a frame: "told state news agency RIA Novosti", "in an
    // interview with the Financial Times". Taken only with a descriptor, an outlet word or an acronym.
    private static readonly Regex Framed = PhraseBook.Compile(
        PhraseBook.B
            + "(?:"
            + PhraseBook.Any(PhraseBook.OutletFramesBefore)
            + ") (?<d>(?:"
            + PhraseBook.Any(PhraseBook.OutletDescriptors)
            + @" ){0,4})(?<o>[A-Z][\w'\u2019&.-]*(?: (?:[A-Z][\w'\u2019&.-]*|de|der|die|am)){0,3})(?![\w-])"
    );
    private static readonly HashSet<string> OutletWordSet = new(
        PhraseBook.OutletWords.Concat([
            "Zeitung",
            "Standard",
            "Review",
            "Journal",
            "Twitter",
            "X",
            "Telegram",
            "Facebook",
        ]),
        StringComparer.Ordinal
    );
    private static readonly HashSet<string> NotOutlets = new(StringComparer.Ordinal)
    {
        "NATO",
        "UN",
        "EU",
        "U.S.",
        "US",
        "IAEA",
        "OPCW",
        "CTBTO",
        "The",
        "He",
        "She",
        "They",
        "It",
    };

    private static readonly Regex OutletNounAfter = PhraseBook.Compile(
        @"\G (?:news agency|news service|newspaper|"
            + @"daily|broadcaster|television|radio|agency|news website|wire service)(?![\w-])"
    );

    public OutletRecognizer(Catalog catalog)
    {
        foreach (var a in catalog.Actors.Where(a => a.Kind == "outlet"))
        foreach (var alias in a.Aliases.Append(a.Name))
            _outlets.TryAdd(TextStructure.Normalize(alias), a);
        var names = string.Join('|', _outlets.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        _reporting = new Regex(
            @"(?:(?:the[\s\u00A0]+)?(?<o>"
                + names
                + @")[\s\u00A0]+(?:news[\s\u00A0]+agency[\s\u00A0]+)?(?:reported|said|quoted|cited|wrote)|"
                + @"(?:according[\s\u00A0]+to|told|quoted[\s\u00A0]+by|"
                + @"in[\s\u00A0]+an[\s\u00A0]+interview[\s\u00A0]+with)"
                + @"[\s\u00A0]+(?:the[\s\u00A0]+)?(?<o>"
                + names
                + @"))(?![\w-])",
            RegexOptions.Compiled
        );
    }

    // "(Outlet, June 19)" or "(Outlet I, June 18, 2012)". "(see GSN, June 18)" is a cross-reference, not a source.
    [GeneratedRegex(
        @"\((?![\s\u00A0]*see\b)(?<name>[^()\d]{2,60}?),[\s\u00A0]*(?<date>(?:January|February|March|"
            + @"April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|"
            + @"Jun\.?|Jul\.?|"
            + @"Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)[\s\u00A0]+\d{1,2}(?:,[\s\u00A0]*(?:19|20)\d\d)?)\)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"[\s\u00A0]+(?:I|II|III|IV|V|VI)$")]
    private static partial Regex Numbering();

    /// <summary>The first parenthetical citation in the range.</summary>
    public OutletRef? Citation(string text, TextRange within, DateOnly? published)
    {
        var m = Parenthetical().Match(text, within.Start, within.Length);
        if (!m.Success)
            return null;
        var label = TextStructure.Normalize(m.Groups["name"].Value);
        // GSN numbers several reports from one outlet: "RIA Novosti I", "RIA Novosti II" are both RIA Novosti.
        var name = Numbering().Replace(label, "");
        var outlet = _outlets.GetValueOrDefault(name);
        var dateRange = new TextRange(m.Groups["date"].Index, m.Groups["date"].Index + m.Groups["date"].Length);
        var date = Dates.Find(text, dateRange, published).FirstOrDefault()?.Date;
        return new OutletRef(
            outlet?.Slug,
            outlet?.Name ?? name,
            label,
            date,
            Span.Of(text, m.Index, m.Index + m.Length)
        );
    }

    /// <summary>The first reporting clause naming an outlet in the range: catalogued, or framed as one.</summary>
    public OutletRef? Reporting(string text, TextRange within)
    {
        var m = _reporting.Match(text, within.Start, within.Length);
        if (!m.Success)
            return Uncatalogued(text, within);
        var o = _outlets[TextStructure.Normalize(m.Groups["o"].Value)];
        return new OutletRef(
            o.Slug,
            o.Name,
            TextStructure.Normalize(m.Groups["o"].Value),
            null,
            Span.Of(text, m.Index, m.Index + m.Length)
        );
    }

    private static OutletRef? Uncatalogued(string text, TextRange within)
    {
        for (var m = Framed.Match(text, within.Start, within.Length); m.Success; m = m.NextMatch())
        {
            var name = TextStructure.Normalize(m.Groups["o"].Value).TrimEnd('.', ',');
            var tokens = name.Split(' ');
            if (NotOutlets.Contains(tokens[0]))
                continue;
            bool descriptor = m.Groups["d"]
                .Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Any(w => w is not "the");
            bool outletWord = tokens.Any(OutletWordSet.Contains);
            bool acronym = tokens.Length == 1 && name.Length >= 2 && name.All(c => char.IsUpper(c) || c == '-');
            var start = m.Groups["o"].Index;
            // "told the Itar-Tass news agency": the noun after the name says what it is.
            bool nounAfter = OutletNounAfter.IsMatch(text, start + m.Groups["o"].Length);
            if (!descriptor && !outletWord && !acronym && !nounAfter)
                continue;
            return new OutletRef(null, name, name, null, Span.Of(text, start, start + name.Length));
        }
        return null;
    }

    public OutletRef? Any(string text, TextRange within, DateOnly? published) =>
        Citation(text, within, published) ?? Reporting(text, within) ?? Anaphor(text, within);

    private static readonly Regex Anaphors = PhraseBook.Compile(
        PhraseBook.B + PhraseBook.Any(PhraseBook.OutletAnaphors) + PhraseBook.E
    );

    /// <summary>"she told the newspaper": the first outlet named in the text before the words, if any.</summary>
    public OutletRef? Anaphor(string text, TextRange within)
    {
        var m = Anaphors.Match(text, within.Start, within.Length);
        if (!m.Success)
            return null;
        var at = Span.Of(text, m.Index, m.Index + m.Length);
        var named = _reporting.Match(text, 0, m.Index);
        var first = Uncatalogued(text, new TextRange(0, m.Index));
        if (named.Success && (first is null || named.Index < first.Span.Start))
        {
            var o = _outlets[TextStructure.Normalize(named.Groups["o"].Value)];
            return new OutletRef(o.Slug, o.Name, TextStructure.Normalize(named.Groups["o"].Value), null, at);
        }
        return first is null ? null : first with { Span = at };
    }
}
