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

    private static readonly Regex OwnedOutlet = PhraseBook.Compile(
        @"\G (?:newspaper|daily|broadcaster|television|radio|news agency|agency|news website|channel) "
            + @"(?<n>[A-Z][\w'\u2019&.-]*(?: [A-Z][\w'\u2019&.-]*){0,3})(?![\w-])"
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
                + @"(?:according[\s\u00A0]+to|told|quoted[\s\u00A0]+by|cited[\s\u00A0]+by|"
                + @"in[\s\u00A0]+an[\s\u00A0]+interview[\s\u00A0]+with|"
                // ", reports TASS.": the outlet after the verb, in wire copy translated from Russian.
                + @"(?<=,[\s\u00A0]+)(?:reports|reported|writes))"
                + @"[\s\u00A0]+(?:[Tt]he[\s\u00A0]+)?(?<o>"
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
            return Uncatalogued(text, within) ?? Inside(text, within);
        var o = _outlets[TextStructure.Normalize(m.Groups["o"].Value)];
        return new OutletRef(
            o.Slug,
            o.Name,
            TextStructure.Normalize(m.Groups["o"].Value),
            null,
            Span.Of(text, m.Index, m.Index + m.Length)
        );
    }

    // "said in a Telegram post", "in a BBC interview": the outlet between the article and the kind of piece.
    private static readonly Regex Around = PhraseBook.Compile(
        PhraseBook.B
            + @"in an? (?<o>[A-Z][\w'\u2019&.-]*(?: [A-Z][\w'\u2019&.-]*){0,3}) "
            + PhraseBook.Any(PhraseBook.OutletFramesAround)
            + PhraseBook.E
    );

    private OutletRef? Inside(string text, TextRange within)
    {
        for (var m = Around.Match(text, within.Start, within.Length); m.Success; m = m.NextMatch())
        {
            var o = m.Groups["o"];
            var name = TextStructure.Normalize(o.Value);
            var span = Span.Of(text, o.Index, o.Index + o.Length);
            if (_outlets.TryGetValue(name, out var known))
                return new OutletRef(known.Slug, known.Name, name, null, span);
            var tokens = name.Split(' ');
            if (NotOutlets.Contains(tokens[0]) || !tokens.Any(OutletWordSet.Contains))
                continue;
            return new OutletRef(null, name, name, null, span);
        }
        return null;
    }

    private static OutletRef? Uncatalogued(string text, TextRange within)
    {
        for (var m = Framed.Match(text, within.Start, within.Length); m.Success; m = m.NextMatch())
        {
            var name = TextStructure.Normalize(m.Groups["o"].Value).TrimEnd('.', ',');
            var tokens = name.Split(' ');
            // "in an interview with The Hindu", "told The Times": a capitalised "The" after a frame, mid-sentence,
            // opens a newspaper's name.
            bool theTitle =
                tokens is ["The", var second, ..] && char.IsUpper(second[0]) && !NotOutlets.Contains(second);
            if ((NotOutlets.Contains(tokens[0]) && !theTitle) || NotAfterFrame.Contains(tokens[0]))
                continue;
            var start = m.Groups["o"].Index;
            // "told the FT" after "the Financial Times", "wrote to Lakeside" after "(Lakeside Press Agency)": a
            // short form of an outlet the text named in full before is that outlet.
            if (ShortFormOf(text, start, name) is { } full)
                return new OutletRef(null, full, name, null, Span.Of(text, start, start + name.Length));
            bool descriptor = m.Groups["d"]
                .Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Any(w => w is not "the");
            bool outletWord = tokens.Any(OutletWordSet.Contains);
            // "told NHK", "in an interview with RT Arabic": an acronym, perhaps with the language of its edition.
            bool acronym =
                tokens.Length <= 2
                && tokens[0].Length >= 2
                && tokens[0].All(c => char.IsUpper(c) || c == '-')
                && (tokens.Length == 1 || LanguageEditions.Contains(tokens[1]));
            // "told the Itar-Tass news agency": the noun after the name says what it is.
            bool nounAfter = OutletNounAfter.IsMatch(text, start + m.Groups["o"].Length);
            // "told the Defence Ministry newspaper Krasnaya Zvezda": a name after that noun is the outlet's; the
            // name before it is whose outlet it is.
            if (OwnedOutlet.Match(text, start + m.Groups["o"].Length) is { Success: true } owned)
            {
                var n = owned.Groups["n"];
                var ownedName = TextStructure.Normalize(n.Value).TrimEnd('.', ',');
                return new OutletRef(null, ownedName, ownedName, null, Span.Of(text, n.Index, n.Index + n.Length));
            }
            // "wrote on Truth Social", "posted on Telegram": after a platform frame a name is where it was posted.
            bool platform =
                m.Value.StartsWith("wrote on", StringComparison.Ordinal)
                || m.Value.StartsWith("posted on", StringComparison.Ordinal);
            // "MINSK, Dec 6 (BelTA) - … told BelTA": the agency named in the dateline is an outlet wherever it is
            // named after a frame.
            bool dateline = InDateline(text, name);
            if (!descriptor && !outletWord && !acronym && !nounAfter && !platform && !theTitle && !dateline)
                continue;
            return new OutletRef(null, name, name, null, Span.Of(text, start, start + name.Length));
        }
        return null;
    }

    private static readonly HashSet<string> LanguageEditions = new(StringComparer.Ordinal)
    {
        "Arabic",
        "English",
        "Spanish",
        "French",
        "German",
        "Russian",
        "Turkish",
        "International",
        "World",
    };

    // Capitalised words a frame may stand before that are not outlets: "wrote on Monday", "told Congress".
    private static readonly HashSet<string> NotAfterFrame = new(
        PhraseBook.MonthNumbers.Keys.Concat(PhraseBook.Weekdays).Concat(["Congress", "Parliament"]),
        StringComparer.Ordinal
    );

    // An outlet named in full: in a dateline's parentheses ("GENEVA, Dec 16 (Lakeside Press Agency) -") or after a
    // frame ("in an interview with the Financial Times").
    private static readonly Regex DatelineOutlet = new(
        @"\((?<o>[A-Z][\w'\u2019&.-]*(?:[\s\u00A0]+[A-Z][\w'\u2019&.-]*){0,4})\)[\s\u00A0]*[-\u2013\u2014]",
        RegexOptions.CultureInvariant
    );

    private static bool InDateline(string text, string name)
    {
        for (var d = DatelineOutlet.Match(text); d.Success; d = d.NextMatch())
            if (TextStructure.Normalize(d.Groups["o"].Value) == name)
                return true;
        return false;
    }

    /// <summary>
    /// The outlet named in full before <paramref name="before"/> of which <paramref name="name"/> is a short form:
    /// its initials ("FT") or its first word ("Lakeside").
    /// </summary>
    private static string? ShortFormOf(string text, int before, string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
            return null;
        var names = new List<string>();
        for (var d = DatelineOutlet.Match(text, 0, before); d.Success; d = d.NextMatch())
            names.Add(TextStructure.Normalize(d.Groups["o"].Value));
        for (var f = Framed.Match(text, 0, before); f.Success; f = f.NextMatch())
            names.Add(TextStructure.Normalize(f.Groups["o"].Value).TrimEnd('.', ','));
        foreach (var full in names)
        {
            var words = full.Split(' ');
            if (words.Length < 2)
                continue;
            bool initials =
                name.Length == words.Length && name.All(char.IsUpper) && words.Select(w => w[0]).SequenceEqual(name);
            bool firstWord = words[0] == name && words.Skip(1).Any(OutletWordSet.Contains);
            if (initials || firstWord)
                return full;
        }
        return null;
    }

    // "told state television", "said on state TV": a broadcaster the text names only by what it is.
    private static readonly Regex StateMedia = PhraseBook.Interpret(
        PhraseBook.B
            + "(?:told|(?:said|says|speaking|spoke) (?:on|to)|talking to|interview with|wrote in) (?:the )?"
            + "(?<o>"
            + PhraseBook.Any(PhraseBook.UnnamedOutlets)
            + ")"
            + PhraseBook.E
    );

    public OutletRef? Any(string text, TextRange within, DateOnly? published) =>
        Citation(text, within, published)
        ?? Reporting(text, within)
        ?? Anaphor(text, within)
        ?? StateMediaIn(text, within);

    private static OutletRef? StateMediaIn(string text, TextRange within)
    {
        var m = StateMedia.Match(text, within.Start, within.Length);
        if (!m.Success)
            return null;
        var o = m.Groups["o"];
        var name = TextStructure.Normalize(o.Value);
        return new OutletRef(null, name, name, null, Span.Of(text, o.Index, o.Index + o.Length));
    }

    // Case-insensitive: an anaphor may open a sentence ("Asked by the newspaper whether …").
    private static readonly Regex Anaphors = PhraseBook.Compile(
        PhraseBook.B + PhraseBook.Any(PhraseBook.OutletAnaphors) + PhraseBook.E,
        RegexOptions.IgnoreCase
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
