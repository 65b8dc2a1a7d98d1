using System.Globalization;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// Limits in a fact sheet's bulleted list under a line that announces ceilings ("Each group may hold no more than:",
/// "set equal ceilings for each:"): items "20,000 battle tanks" or "Combat aircraft: 6,800". Only a line ending in
/// a colon with a ceiling cue opens such a list, and only bullet lines right below it are read; a list of counts
/// ("Deployed on 1 March:") is not announced by a cue, so it gives no limit.
/// </summary>
internal static class LimitLists
{
    // Lines are read one at a time, so the whitespace token (which spans line breaks) stays within a line.
    private static readonly Regex Intro = Compile(
        B + "(?<cue>" + Any(LimitCues.Concat(ListIntros)) + ")" + E + @"[^\n.;!?:]{0,80}:(?: )?$",
        RegexOptions.IgnoreCase
    );

    // A heading over the list instead ("CENTRAL LIMITS (each side)", "Main limits", "What it banned"): a short line
    // with no sentence punctuation that names limits.
    private static readonly Regex Heading = Compile(
        @"^(?: )?(?:#+ )?(?=[^.;!?:\n]{1,60}$)[^.;!?:\n]*?" + B + "(?<cue>" + Any(ListHeadings) + ")" + E,
        RegexOptions.IgnoreCase
    );
    private static readonly Regex Bullet = Compile(@"^(?: )?[-*\u2022\u2013] ");
    private static readonly Regex Label = Compile(
        @"^(?<label>[^:\n]{1,60}):(?: )?(?:(?<cue>" + Any(LimitCues) + @") )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex ItemCue = Compile(
        @"^(?:(?<cue>" + Any(LimitCues) + @") )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex EachPartyWords = Compile(B + Any(EachParty) + E, RegexOptions.IgnoreCase);

    public static IEnumerable<LimitFact> Find(
        string text,
        IReadOnlyList<TreatyMention> treaties,
        IReadOnlyList<LimitFact> found,
        string documentId,
        Dictionary<string, Explanation> explain
    )
    {
        string? cue = null;
        bool each = false;
        int at = 0;
        while (at < text.Length)
        {
            int nl = text.IndexOf('\n', at);
            int end = nl < 0 ? text.Length : nl;
            var line = text[at..end].TrimEnd('\r');
            int lineStart = at;
            at = end + 1;
            var bullet = Bullet.Match(line);
            if (cue is not null && bullet.Success)
            {
                if (
                    Item(text, lineStart, lineStart + line.Length, lineStart + bullet.Length) is { } item
                    && !found.Any(l => l.Span.Start < item.Span.End && item.Span.Start < l.Span.End)
                    && treaties.LastOrDefault(t => t.Span.Start < lineStart) is { } treaty
                )
                {
                    var value = item.Value.ToString(CultureInfo.InvariantCulture);
                    var id = item.Min is { } lo
                        ? FactIds.Make(
                            "lm",
                            documentId,
                            treaty.Slug,
                            lo.ToString(CultureInfo.InvariantCulture) + "-" + value,
                            item.Counted
                        )
                        : FactIds.Make("lm", documentId, treaty.Slug, value, item.Counted);
                    explain.TryAdd(id, new Explanation("list", TextStructure.Normalize(cue)));
                    yield return new LimitFact(
                        id,
                        treaty.Slug,
                        item.Value,
                        item.Measure == Measures.Count ? LimitExtractor.ListUnit(item.Unit) : item.Unit,
                        item.Counted,
                        [],
                        each,
                        null,
                        item.Span,
                        item.Min,
                        item.Measure
                    );
                }
                continue;
            }
            if (line.Trim().Length == 0 && cue is not null)
                continue;
            var intro = Intro.Match(line);
            if (!intro.Success)
                intro = Heading.Match(line);
            cue = intro.Success ? intro.Groups["cue"].Value : null;
            each = intro.Success && EachPartyWords.IsMatch(line);
        }
    }

    private sealed record ListItem(decimal Value, string Unit, string Measure, Span Span, decimal? Min = null)
    {
        public string Counted => Unit;
    }

    /// <summary>"20,000 battle tanks", "up to 30,000 armoured combat vehicles", "Combat aircraft: 6,800".</summary>
    private static ListItem? Item(string text, int lineStart, int lineEnd, int bodyStart)
    {
        var numbers = Quantities.Numbers(text, new TextRange(bodyStart, lineEnd));
        if (numbers.Count == 0)
            return null;
        var n = numbers[0];
        var before = text[bodyStart..n.Range.Start];
        // "Shorter-range missiles: 500–1,000 km": a band of a measure under its label.
        if (
            numbers.Count > 1
            && LimitExtractor.RangeJoin.IsMatch(text[n.Range.End..numbers[1].Range.Start])
            && Label.IsMatch(before)
            && Quantities.MeasureAfter(text, numbers[1].Range.End, lineEnd) is { } band
            && text[band.End..lineEnd].Trim().TrimEnd('.').Length == 0
        )
            return new ListItem(numbers[1].Value, band.Unit, band.Measure, Span.Of(text, bodyStart, band.End), n.Value);
        if (ItemCue.IsMatch(before))
        {
            if (Quantities.MeasureAfter(text, n.Range.End, lineEnd) is { } m)
                return new ListItem(n.Value, m.Unit, m.Measure, Span.Of(text, bodyStart, m.End));
            if (Quantities.UnitAfter(text, n, lineEnd) is { } q)
                return new ListItem(n.Value, q.Unit, Measures.Count, Span.Of(text, bodyStart, q.Range.End));
            return null;
        }
        // "Combat aircraft: 6,800": the label is the counted thing and nothing follows the figure.
        var label = Label.Match(before);
        if (!label.Success || text[n.Range.End..lineEnd].Trim().TrimEnd('.').Length > 0)
            return null;
        var name = label.Groups["label"];
        var counted = Quantities.FirstCounted(text, new TextRange(bodyStart, bodyStart + name.Length));
        if (counted is not { } c || text[c.Range.End..(bodyStart + name.Length)].Trim().Length > 0)
            return null;
        return new ListItem(n.Value, c.Unit, Measures.Count, Span.Of(text, bodyStart, n.Range.End));
    }
}
