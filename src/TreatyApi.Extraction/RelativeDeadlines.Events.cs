using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// Events the text itself dates: a period counted from a notice of withdrawal ("the withdrawal takes effect six
/// months after the date of that notification") or from the adoption of a decision ("within 90 days of the decision's
/// adoption") is dated from the sentence that reports that notice or adoption with its day ("On 18 June 2021, Maravia
/// notified the depositaries …", "The council today adopted a decision …"). Only a period the catalog and the
/// document's labelled dates left undated; only a report before the period in the text.
/// </summary>
internal static partial class RelativeDeadlines
{
    private static readonly Regex NoticeGiven = Compile(
        B
            + "(?:notified|gave (?:formal |written )?notice|served (?:formal |written )?notice"
            + "|submitted (?:its |a |formal |written )*notice)"
            + E,
        RegexOptions.IgnoreCase
    );
    private static readonly Regex Adopted = Compile(
        B + "(?:adopted|approved|passed|adopts|approves)" + E,
        RegexOptions.IgnoreCase
    );

    private static readonly HashSet<string> EventDayPrepositions = new(StringComparer.OrdinalIgnoreCase) { "on", "in" };

    public static void DateFromEvents(
        string text,
        List<DeadlineFact> deadlines,
        IReadOnlyList<TextRange> paragraphs,
        DateOnly? published,
        string documentId,
        Dictionary<string, Explanation> explain
    )
    {
        for (int i = 0; i < deadlines.Count; i++)
        {
            var f = deadlines[i];
            if (f.Date is not null || f.Relative is not { } rel || ParsePeriod(rel.Offset) is not { } offset)
                continue;
            var (cue, what) =
                rel.Event == "notice-of-withdrawal" ? (NoticeGiven, "the notice")
                : rel.Event.Contains("adoption", StringComparison.Ordinal) && rel.Event != "adoption-day"
                    ? (Adopted, "the adoption")
                : (null, "");
            if (cue is null || ReportedDay(text, paragraphs, f.Span.Start, cue, published) is not { } day)
                continue;
            var fd = new FactDate(
                offset.Add(day),
                DatePrecision.Day,
                "relative",
                $"{offset.Iso} after {what} the text reports on {day:yyyy-MM-dd}"
            );
            var dated = f with { Id = FactIds.Make("dl", documentId, f.TreatySlug ?? "", fd.Iso, f.Action), Date = fd };
            if (explain.Remove(f.Id, out var why))
                explain.TryAdd(dated.Id, why);
            deadlines[i] = dated;
        }
    }

    /// <summary>
    /// The day of the last report of the event before <paramref name="before"/>: a sentence with the event's word and
    /// a full day (or "today", a weekday) within 80 characters of it, the nearest such day.
    /// </summary>
    private static DateOnly? ReportedDay(
        string text,
        IReadOnlyList<TextRange> paragraphs,
        int before,
        Regex cue,
        DateOnly? published
    )
    {
        for (int p = paragraphs.Count - 1; p >= 0; p--)
        {
            if (paragraphs[p].Start >= before)
                continue;
            var sentences = TextStructure.Sentences(text, paragraphs[p]);
            for (int s = sentences.Count - 1; s >= 0; s--)
            {
                var sentence = sentences[s];
                if (sentence.Start >= before)
                    continue;
                DateMatch? best = null;
                int distance = int.MaxValue;
                for (var m = cue.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
                {
                    if (m.Index >= before)
                        break;
                    foreach (var d in Dates.Find(text, sentence, published))
                    {
                        // "The plan, adopted on Friday, will apply from January 1": a date another word governs
                        // ("from", "until", "by") is not the day of the event.
                        if (
                            d.Precision != DatePrecision.Day
                            || (d.Preposition is { } prep && !EventDayPrepositions.Contains(prep))
                        )
                            continue;
                        int gap = d.Range.End <= m.Index ? m.Index - d.Range.End : d.Range.Start - (m.Index + m.Length);
                        if (gap >= 0 && gap <= 80 && gap < distance)
                            (best, distance) = (d, gap);
                    }
                }
                if (best is not null)
                    return best.Date;
            }
        }
        return null;
    }
}
