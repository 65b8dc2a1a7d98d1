using System.Globalization;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// Limits in a fact sheet's bulleted list under a line that announces ceilings ("Each group may hold no more than:",
/// "set equal ceilings for each:"): items "20,000 battle tanks" or "Combat aircraft: 6,800". Only a line ending in
/// a colon with a ceiling cue, or a short heading that names limits, opens such a list, and only the lines right
/// below it are read: bullets ("- ", "* ", a treaty's lettered items "(a) ", "(ii) ", "3. ") and, until the first
/// blank line after them, table rows whose label names what is counted ("Deployed launchers: 700", "Warheads on
/// SLBMs ........ 2,160 maximum", "Deployed warheads ..... 1,700-2,200 per side"). A list of counts ("Deployed on 1
/// March:") is not announced by a cue, so it gives no limit.
/// </summary>
internal static partial class LimitLists
{
    // Lines are read one at a time, so the whitespace token (which spans line breaks) stays within a line.
    // "no party may have more than:", "each side shall not deploy more than:": a ban on going past each figure below.
    private static readonly Regex Intro = Compile(
        "(?:"
            + B
            + "(?<cue>"
            + Any(LimitCues.Concat(ListIntros))
            + ")"
            + E
            + @"[^\n.;!?:]{0,80}|"
            + B
            + LimitExtractor.NegatedMoreThanCue
            + "(?: )?):(?: )?$",
        RegexOptions.IgnoreCase
    );

    // A heading over the list instead ("CENTRAL LIMITS (each side)", "Main limits", "What it banned"): a short line
    // with no sentence punctuation that names limits.
    // A report's caption counts as such a heading: "Table 2: Entitlements and national ceilings".
    private static readonly Regex Heading = Compile(
        @"^(?: )?(?:#+ )?(?:Table \d{1,2}[.:] (?=[^.;!?:\n]{1,120}$)|(?=[^.;!?:\n]{1,60}$))[^.;!?:\n]*?"
            + B
            + "(?<cue>"
            + Any(ListHeadings)
            + ")"
            + E,
        RegexOptions.IgnoreCase
    );

    // "- ", "* ", "• ", and a treaty text's lettered or numbered items: "(A) ", "(ii) ", "b) ", "3. ".
    private static readonly Regex Bullet = Compile(
        @"^(?: )?(?:[-*\u2022\u2013]|\((?:[A-Za-z]|[ivxIVX]{1,4}|\d{1,2})\)|(?:[A-Za-z]|\d{1,2})[.)]) "
    );

    // "Combat aircraft: 6,800", "Warheads on SLBMs ........ 2,160": a label, then a colon or a leader of dots.
    private static readonly Regex Label = Interpret(
        @"^(?<label>[^:\n]{1,60}?)(?:(?: )?\.{3,}|(?: )?[\u2026]+|:)(?: )?(?:(?<cue>" + Any(LimitCues) + @") )?$",
        RegexOptions.IgnoreCase
    );

    // What may follow a row's figure: "2,160 maximum", "1,700-2,200 per side", "800 each".
    private static readonly Regex RowTail = Interpret(
        @"^(?: )?(?:(?:maximum|max\.?|at most|per side|each|per party|for each side|per group|in total)(?: )?)?"
            + @"[.;]?(?: )?$",
        RegexOptions.IgnoreCase
    );

    // A label is what is counted, with its qualifiers before and a phrase after ("Total deployed strategic warheads",
    // "Warheads on SLBMs"); "Sub-limits on missiles" or "Deadline for the limit" name no counted thing.
    private static readonly Regex LabelHead = Interpret(
        @"^(?: )?(?:(?:" + Any(Modifiers) + ") )*$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex LabelRest = Interpret(
        @"^(?: )?(?:(?:on|for|in|at|per|of|under|attributed to)(?: [^\n]*)?|\([^)\n]*\))?(?: )?$",
        RegexOptions.IgnoreCase
    );

    // A leader row with no figure ("MIRVed ICBMs ........ banned") and a short sub-heading ("Phase two (final), by 1
    // January 2003") keep a table open.
    private static readonly Regex Leader = Interpret(@"(?:\.{3,}|\u2026)");
    private static readonly Regex SubHeading = Interpret(@"^(?: )?[^.;!?:\n]{1,60}$");
    private static readonly Regex ItemCue = Interpret(
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
        // Table rows are read from the intro or heading until a blank line follows a row.
        bool rows = false,
            rowRead = false;
        int at = 0;
        while (at < text.Length)
        {
            int nl = text.IndexOf('\n', at);
            int end = nl < 0 ? text.Length : nl;
            var line = text[at..end].TrimEnd('\r');
            int lineStart = at;
            at = end + 1;
            var bullet = Bullet.Match(line);
            List<ListItem>? read = null;
            if (cue is not null && bullet.Success)
                read = Item(text, lineStart + line.Length, lineStart + bullet.Length, row: false) is { } one
                    ? [one]
                    : null;
            else if (cue is not null && rows && line.Trim().Length > 0)
            {
                int body = lineStart + (line.Length - line.TrimStart().Length);
                bool piped = line.Contains('|', StringComparison.Ordinal);
                read =
                    piped ? (PipeRow(text, lineStart + line.Length, body) is { } cell ? [cell] : null)
                    : Item(text, lineStart + line.Length, body, row: true) is { } one ? [one]
                    : OwnUnits(text, lineStart + line.Length, body) is { Count: > 0 } own ? own
                    : null;
                // A table's header row, its rule ("---|---|") and a row that counts no thing keep it open; a header
                // whose first column is not the limit ("Holdings | Limit", "Proposed | …") closes it: the first cell
                // of each row is all a row is read for.
                if (read is null && piped && !rowRead && FirstColumnNotLimit(line))
                {
                    rows = false;
                    continue;
                }
                if (read is null && (piped || Leader.IsMatch(line) || SubHeading.IsMatch(line)))
                    continue;
                if (read is null)
                    rows = false;
                else
                    rowRead = true;
            }
            if (cue is not null && (bullet.Success || read is not null))
            {
                foreach (var item in read ?? [])
                {
                    // The same figure read in its sentence already ("of which no more than 16,500 …" is another).
                    if (
                        found.Any(l =>
                            l.Value == item.Value && l.Span.Start < item.Span.End && item.Span.Start < l.Span.End
                        )
                    )
                        continue;
                    // "START II (1993) ...... 3,000-3,500 warheads": a treaty the row names before its figure is
                    // its own; else the last one named above.
                    var treaty = treaties.FirstOrDefault(t =>
                        t.Span.Start >= lineStart && t.Span.End <= item.Span.Start
                    ) ?? treaties.LastOrDefault(t => t.Span.Start < lineStart);
                    if (treaty is null)
                        continue;
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
            {
                rows &= !rowRead;
                continue;
            }
            // Literal prefilters (speed only, same matches): an intro ends with a colon, a heading has no sentence
            // punctuation; most lines are neither, and the cue alternations were tried at each of their words.
            var intro = line.AsSpan().TrimEnd().EndsWith(':') ? Intro.Match(line) : Match.Empty;
            if (!intro.Success)
                intro =
                    line.AsSpan().IndexOfAny(".;!?:") < 0 || line.StartsWith("Table ", StringComparison.Ordinal)
                        ? Heading.Match(Initials().Replace(line, "$1\u2024"))
                        : Match.Empty;
            cue = intro.Success ? intro.Groups["cue"].Value : null;
            each = intro.Success && EachPartyWords.IsMatch(line);
            rows = intro.Success;
            rowRead = false;
        }
    }

    // "Table 2: U.S. entitlements …": the stop of an initial is no sentence punctuation (same length, masked).
    [GeneratedRegex(@"(?<![A-Za-z])([A-Z])\.")]
    private static partial Regex Initials();

    // A column header of what a party holds, proposes or cuts, not of what it may have.
    private static readonly Regex NotLimitHeader = Interpret(
        B + "(?:holdings|held|proposed|proposal|current|actual|declared|reported|reductions?|deployed as of|as of)" + E,
        RegexOptions.IgnoreCase
    );

    /// <summary>Whether a table's header row (bars, no figure) names a holding or proposal in its first column.
    /// </summary>
    private static bool FirstColumnNotLimit(string line)
    {
        if (line.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            return false;
        var first = line.Split('|').Select(c => c.Trim()).FirstOrDefault(c => c.Length > 0 && !c.All(ch => ch == '-'));
        return first is not null && NotLimitHeader.IsMatch(first);
    }

    /// <summary>
    /// A row of a table written with bars ("Accountable warheads: | 6,000 |", "Tanks | 20,000 | 22,664 | 19,096 |"):
    /// the label names what is counted, as in a row with a colon, and the figure is the first cell after it, alone in
    /// it. Later cells (proposals, holdings, reductions) are never read: the limit a table under a heading of limits
    /// gives is the column next to its label.
    /// </summary>
    private static ListItem? PipeRow(string text, int lineEnd, int bodyStart)
    {
        int bar = text.IndexOf('|', bodyStart, lineEnd - bodyStart);
        if (bar <= bodyStart)
            return null;
        int next = text.IndexOf('|', bar + 1, lineEnd - bar - 1);
        var cell = new TextRange(bar + 1, next < 0 ? lineEnd : next);
        var numbers = Quantities.Numbers(text, cell);
        if (
            numbers.Count != 1
            || text[cell.Start..cell.End].Trim() != text[numbers[0].Range.Start..numbers[0].Range.End]
        )
            return null;
        int labelEnd = bar;
        while (labelEnd > bodyStart && (char.IsWhiteSpace(text[labelEnd - 1]) || text[labelEnd - 1] == ':'))
            labelEnd--;
        var name = new TextRange(bodyStart, labelEnd);
        if (name.Length is 0 or > 60)
            return null;
        if (CountedInLabel(text, name) is not { } counted)
            return null;
        var n = numbers[0];
        var unit = LimitExtractor.ListOf(text, name, counted);
        return new ListItem(n.Value, unit, Measures.Count, Span.Of(text, bodyStart, n.Range.End));
    }

    private sealed record ListItem(decimal Value, string Unit, string Measure, Span Span, decimal? Min = null)
    {
        public string Counted => Unit;
    }

    // A row's label and its leader or colon: "START I (1991) ........ ", "Heavy water: ".
    private static readonly Regex RowLabel = Interpret(
        @"\G(?<label>[^:\n]{1,60}?)(?:(?: )?\.{3,}|(?: )?[\u2026]+|:)(?: )?",
        RegexOptions.IgnoreCase
    );

    // What a row's item may start with before its figure: "up to 18 inspections", "no more than 100 interceptors".
    private static readonly Regex ItemStart = Interpret(
        @"\G(?: )?(?:(?<cue>" + Any(LimitCues) + @") )?",
        RegexOptions.IgnoreCase
    );

    /// <summary>
    /// A table row whose label names no counted thing, each item after the leader with its own unit, items split at
    /// ";": "START I (1991) ........ 6,000 accountable warheads; 1,600 delivery vehicles", "Heavy water ..... 130
    /// metric tons, with any excess sold abroad". An item must start with its figure (after a ceiling cue at most),
    /// so that a period or a year later in it ("for 15 years") is never read; what follows its unit is free. A
    /// figure with no unit of its own but a qualified noun counts what the label ends in ("Enrichment centrifuges ....
    /// 5,060 IR-1 machines at Natanz").
    /// </summary>
    private static List<ListItem> OwnUnits(string text, int lineEnd, int bodyStart)
    {
        var result = new List<ListItem>();
        var label = RowLabel.Match(text, bodyStart, lineEnd - bodyStart);
        if (!label.Success)
            return result;
        var name = new TextRange(bodyStart, bodyStart + label.Groups["label"].Length);
        var named =
            Quantities.LastCounted(text, name) is { } c && text[c.Range.End..name.End].Trim().Length == 0
                ? c.Unit
                : null;
        int at = label.Index + label.Length;
        while (at < lineEnd)
        {
            int semi = text.IndexOf(';', at, lineEnd - at);
            int end = semi < 0 ? lineEnd : semi;
            if (Segment(text, at, end, named) is { } item)
                result.Add(item);
            at = end + 1;
        }
        return result;
    }

    private static ListItem? Segment(string text, int start, int end, string? named)
    {
        var lead = ItemStart.Match(text, start, end - start);
        int first = lead.Index + lead.Length;
        var numbers = Quantities.Numbers(text, new TextRange(first, end));
        if (numbers.Count == 0 || numbers[0].Range.Start != first)
            return null;
        int itemStart = lead.Index + (lead.Length - lead.Value.TrimStart().Length);
        var upper = numbers[0];
        decimal? min = null;
        if (
            numbers.Count > 1
            && upper.Value < numbers[1].Value
            && LimitExtractor.RangeJoin.IsMatch(text[upper.Range.End..numbers[1].Range.Start])
        )
            (min, upper) = (upper.Value, numbers[1]);
        if (Quantities.MeasureAfter(text, upper.Range.End, end) is { } m)
            return new ListItem(upper.Value, m.Unit, m.Measure, Span.Of(text, itemStart, m.End), min);
        if (Quantities.UnitAfter(text, upper, end) is { } q)
            return new ListItem(upper.Value, q.Unit, Measures.Count, Span.Of(text, itemStart, q.Range.End), min);
        // A figure the label's thing qualifies ("5,060 IR-1 machines") counts what the label names; a period ("10
        // years") or a note ("1,420 (declared in March)") does not.
        if (named is null || Period.IsMatch(text, upper.Range.End) || !Qualified.IsMatch(text, upper.Range.End))
            return null;
        return new ListItem(upper.Value, named, Measures.Count, Span.Of(text, itemStart, upper.Range.End), min);
    }

    private static readonly Regex Qualified = Interpret(
        @"\G (?:" + Any(Modifiers) + @" )+\p{L}[\w-]*",
        RegexOptions.IgnoreCase
    );

    private static readonly Regex Period = Interpret(
        @"\G(?: )?(?:years?|months?|days?|weeks?|hours?|per cent|percent|%)" + E,
        RegexOptions.IgnoreCase
    );

    /// <summary>"20,000 battle tanks", "up to 30,000 armoured combat vehicles", "Combat aircraft: 6,800"; a table
    /// row (<paramref name="row"/>) only in the label form.</summary>
    private static ListItem? Item(string text, int lineEnd, int bodyStart, bool row)
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
        if (!row && ItemCue.IsMatch(before))
        {
            if (Quantities.MeasureAfter(text, n.Range.End, lineEnd) is { } m)
                return new ListItem(n.Value, m.Unit, m.Measure, Span.Of(text, bodyStart, m.End));
            if (Quantities.UnitAfter(text, n, lineEnd) is { } q)
                return new ListItem(n.Value, q.Unit, Measures.Count, Span.Of(text, bodyStart, q.Range.End));
            // A treaty's "(a) 1600, for deployed ICBMs and their associated launchers, … and deployed heavy bombers".
            if (LimitExtractor.CountedAfter(text, n.Range.End, lineEnd) is var (listed, listEnd))
                return new ListItem(n.Value, listed, Measures.Count, Span.Of(text, bodyStart, listEnd));
            return null;
        }
        // "Combat aircraft: 6,800", "Deployed warheads ..... 1,700-2,200 per side": the label names what is counted
        // and at most "maximum" or "per side" follows the figure.
        var label = Label.Match(before);
        if (!label.Success)
            return null;
        var upper = n;
        decimal? min = null;
        if (numbers.Count > 1 && LimitExtractor.RangeJoin.IsMatch(text[n.Range.End..numbers[1].Range.Start]))
            (min, upper) = (n.Value, numbers[1]);
        if (!RowTail.IsMatch(text[upper.Range.End..lineEnd]))
            return null;
        var name = new TextRange(bodyStart, bodyStart + label.Groups["label"].Length);
        if (CountedInLabel(text, name) is not { } counted)
            return null;
        // "Deployed ICBMs, SLBMs and heavy bombers: 700": the list the label names, as one unit.
        var unit = LimitExtractor.ListOf(text, name, counted);
        return new ListItem(upper.Value, unit, Measures.Count, Span.Of(text, bodyStart, upper.Range.End), min);
    }

    /// <summary>
    /// What a row's label counts ("Deployed ICBMs, SLBMs and heavy bombers"), when the words around it are those a
    /// limit's label may hold (LabelHead before, LabelRest after); else null: the row is not a limit's.
    /// </summary>
    private static TextRange? CountedInLabel(string text, TextRange name) =>
        Quantities.FirstCounted(text, name) is { } c
        && LabelHead.IsMatch(text[name.Start..c.Range.Start])
        && LabelRest.IsMatch(text[c.Range.End..name.End])
            ? c.Range
            : null;
}
