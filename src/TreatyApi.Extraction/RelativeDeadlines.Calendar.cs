using System.Globalization;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// The document's own calendar: a period counted from an event ("within eight years of Adoption Day", "within 45
/// days of entry into force") is dated from the day the same document gives that event ("Adoption Day: 18 October
/// 2015", "The arrangement enters into force on July 1, 2027"), for the same treaty. The paragraph's own statement
/// wins over the catalog (an article about a new accord may be read as about the treaty it replaces); elsewhere in
/// the document it only dates a period the catalog could not.
/// </summary>
internal static partial class RelativeDeadlines
{
    /// <summary>Labels and rules whose fact dates an event a period can be counted from.</summary>
    private static readonly Dictionary<string, string> CalendarCues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Adoption Day"] = "adoption-day",
        ["Implementation Day"] = "implementation-day",
    };

    private static readonly Regex ForPartyAction = Interpret(
        @"into force for (?!the treaty|all\b)",
        RegexOptions.IgnoreCase
    );

    public static void DateFromDocument(
        List<DeadlineFact> deadlines,
        IReadOnlyList<TextRange> paragraphs,
        string documentId,
        Dictionary<string, Explanation> explain
    )
    {
        var calendar = new List<(string Event, DeadlineFact Fact)>();
        foreach (var f in deadlines)
        {
            // A stated date with the period that explains it ("entered into force on 22 January 2021, 90 days after
            // …") dates its event as well as one without.
            if (f.Date is not { Precision: DatePrecision.Day, Basis: "stated" })
                continue;
            // "enters into force for Costa Serena on 9 March 2027" dates that party's entry into force only.
            if (f.Kind == "entry-into-force")
                calendar.Add(
                    (ForPartyAction.IsMatch(f.Action) ? "entered-into-force-for-party" : "entered-into-force", f)
                );
            else if (
                explain.GetValueOrDefault(f.Id) is { Rule: "labelled-date" } e
                && CalendarCues.TryGetValue(e.Cue, out var ev)
            )
                calendar.Add((ev, f));
        }
        if (calendar.Count == 0)
            return;
        for (int i = 0; i < deadlines.Count; i++)
        {
            var f = deadlines[i];
            // A date the text states is not moved by the period that explains it.
            if (f.Relative is not { } rel || ParsePeriod(rel.Offset) is not { } offset || f.Date?.Basis == "stated")
                continue;
            // A named day ("Adoption Day") is the document's own, whichever treaty its list line was read as about
            // (a fact sheet's key dates follow a line naming another treaty); entry into force is the treaty's.
            var named = CalendarCues.ContainsValue(rel.Event);
            var same = calendar
                .Where(c => c.Event == rel.Event && (named || c.Fact.TreatySlug == f.TreatySlug))
                .ToList();
            var para = paragraphs.FirstOrDefault(p => p.Contains(f.Span.Start));
            var here = same.LastOrDefault(c => para.Contains(c.Fact.Span.Start) && c.Fact.Span.Start < f.Span.Start);
            var source = here.Fact ?? (f.Date is null ? same.FirstOrDefault().Fact : null);
            if (source?.Date is not { } day)
                continue;
            var fd = new FactDate(
                offset.Add(day.Date),
                DatePrecision.Day,
                "relative",
                $"{offset.Iso} after {rel.Event} as the text dates it ({day.Date:yyyy-MM-dd})"
            );
            if (fd == f.Date)
                continue;
            var dated = f with { Id = FactIds.Make("dl", documentId, f.TreatySlug ?? "", fd.Iso, f.Action), Date = fd };
            if (explain.Remove(f.Id, out var why))
                explain.TryAdd(dated.Id, why);
            deadlines[i] = dated;
        }
    }

    /// <summary>"P8Y" → 8 years, "P45D" → 45 days; null for any other shape.</summary>
    private static Period? ParsePeriod(string iso)
    {
        if (iso.Length < 3 || iso[0] != 'P' || iso[^1] is not ('Y' or 'M' or 'D'))
            return null;
        return int.TryParse(iso.AsSpan(1, iso.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? new Period(n, iso[^1])
            : null;
    }

    /// <summary>
    /// "… the decision will enter into force in six months." then "… to withdraw six months after sending a
    /// notice": a period the document has already dated, said again without a date, is the same deadline; the dated
    /// one stands (one deadline per date). Undated periods were right 5 times and wrong 3 on real-dev and real-dev2
    /// before this session's classes; the repeat of a dated one was one of the wrong. A treaty's notice clause is not
    /// a repeat: taken with it, this cost four right notice clauses on the read sets for the one wrong.
    /// </summary>
    public static void DropUndatedRepeats(List<DeadlineFact> deadlines, Dictionary<string, Explanation> explain) =>
        deadlines.RemoveAll(f =>
            f.Date is null
            && f.Relative is { } rel
            // A treaty's notice clause ("may withdraw on six months' notice") is a rule of its own, not a repeat.
            && explain.GetValueOrDefault(f.Id)?.Rule != "notice-period"
            && deadlines.Any(d =>
                d.Date is not null
                && d.TreatySlug == f.TreatySlug
                && d.Relative?.Offset == rel.Offset
                && d.Relative.Event is "notice-of-withdrawal" or "announcement"
                && rel.Event is "notice-of-withdrawal" or "announcement"
            )
        );
}
