using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Readings of a claim that lean on the rest of it: a date told from the date before it ("two years later"), and a
/// title resolved to who held it on the claim's date ("Putin's press secretary").
/// </summary>
public sealed partial class ClaimParser
{
    // "in October of that year", "two years later": a date told from the date before it in the claim.
    [GeneratedRegex(
        @"\b(?:in\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|"
            + @"December)\s+of\s+(?:that|the\s+same)\s+year\b|"
            // "half a year later" is no year later.
            + @"\b(?<!\bhalf\s+)(?<n>a|an|\d{1,2}|(?:"
            + NumberWords
            + @")(?:[\s-]+(?:"
            + NumberWords
            + @"))*)\s+years?\s+(?<exact>to\s+the\s+day\s+)?later\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex RelativeDate();

    // "the following June", "the next year", "later that month", "the same day", "that same year": a date told
    // from the date before it in the claim by the calendar unit after it or the same one.
    [GeneratedRegex(
        @"\b(?:(?:in|on|by|during)\s+)?(?:(?:the|that)\s+(?<rel>following|next|same|very\s+same)|that(?:\s+very)?)"
            + @"\s+(?:(?<unit>day|month|year)|(?<month>January|February|March|April|May|June|July|August|September|"
            + @"October|November|December))\b"
            // "the same day New START entered into force" dates another act, in a clause of its own: not read.
            + @"(?=\s*(?:[,.;:!?)]|$|and\b|but\b))",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex CalendarAfter();

    /// <summary>
    /// Dates told from the one before them: "signed in 1990 and took effect two years later" is 1992 (give or take
    /// the year a count of years from a date may miss); "in October of that year" is that year's October.
    /// </summary>
    private static void Relative(string text, List<ClaimDate> dates)
    {
        foreach (Match m in RelativeDate().Matches(text))
        {
            var before = dates.LastOrDefault(d => d.Span.End <= m.Index);
            if (before is null || dates.Any(d => d.Span.Start < m.Index + m.Length && m.Index < d.Span.End))
                continue;
            var span = Span.Of(text, m.Index, m.Index + m.Length);
            if (m.Groups["month"].Success)
            {
                var month = MonthNumber(m.Groups["month"].Value);
                dates.Add(new ClaimDate(new DateOnly(before.Date.Year, month, 1), DatePrecision.Month, "in", span));
                continue;
            }
            var n =
                m.Groups["n"].Value.ToLowerInvariant() is "a" or "an" ? 1
                : char.IsDigit(m.Groups["n"].Value[0])
                    ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : (int)(Quantities.ParseWords(m.Groups["n"].Value) ?? 0);
            if (n <= 0)
                continue;
            var year = before.Date.Year + n;
            // "two years to the day later": the same day of the month, that many years on.
            if (m.Groups["exact"].Success)
            {
                if (before.Precision == DatePrecision.Day && before.Until is null && before.Through is null)
                    dates.Add(new ClaimDate(before.Date.AddYears(n), DatePrecision.Day, null, span));
                continue;
            }
            dates.Add(
                new ClaimDate(new DateOnly(year, 1, 1), DatePrecision.Year, null, span)
                {
                    Through = year,
                    Outer = (year - 1, year + 1),
                }
            );
        }
        foreach (Match m in CalendarAfter().Matches(text))
            if (Calendar(text, m, dates) is { } d)
                dates.Add(d);
        dates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>
    /// "signed in December 1987 and took effect the following June" is June 1988; "the following year", "the same
    /// day" are told from the date before them. Read only when that date is exact enough to tell it: a month from a
    /// year alone ("in 1987 … the following June") or a day from a month is not read.
    /// </summary>
    private static ClaimDate? Calendar(string text, Match m, List<ClaimDate> dates)
    {
        var before = dates.LastOrDefault(d => d.Span.End <= m.Index);
        if (
            before is null
            || before.Until is not null
            || before.Through is not null
            || dates.Any(d => d.Span.Start < m.Index + m.Length && m.Index < d.Span.End)
        )
            return null;
        var span = Span.Of(text, m.Index, m.Index + m.Length);
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var same = rel is "" or "same" || rel.EndsWith("same", StringComparison.Ordinal);
        var b = before.Date;
        if (m.Groups["month"].Success)
        {
            // "that June" or "the same June" after a date of that year; "the following June" the first June after it.
            if (before.Precision == DatePrecision.Year && !same)
                return null;
            var month = MonthNumber(m.Groups["month"].Value);
            var year = same || month > b.Month ? b.Year : b.Year + 1;
            return new ClaimDate(new DateOnly(year, month, 1), DatePrecision.Month, "in", span);
        }
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "year" => new ClaimDate(new DateOnly(b.Year + (same ? 0 : 1), 1, 1), DatePrecision.Year, "in", span),
            "month" when before.Precision != DatePrecision.Year => new ClaimDate(
                new DateOnly(b.Year, b.Month, 1).AddMonths(same ? 0 : 1),
                DatePrecision.Month,
                "in",
                span
            ),
            "day" when before.Precision == DatePrecision.Day => new ClaimDate(
                same ? b : b.AddDays(1),
                DatePrecision.Day,
                "on",
                span
            ),
            _ => null,
        };
    }

    /// <summary>
    /// Actors named, with titles ("Putin's press secretary") resolved to who held the role: on the claim's date when
    /// it gives one, else the one person the catalog ever has in that role (none when it has several).
    /// </summary>
    private List<ActorMention> Titled(string text, TextRange all, List<ClaimDate> dates)
    {
        var found = extractor.Actors.Find(text, all, null);
        if (!found.Any(m => m.Resolution == "title" && m.Actor is null))
            return found;
        var days =
            dates.Count > 0
                ? dates.Select(d => d.Date).Take(1).ToList()
                : extractor.Catalog.Actors.SelectMany(a => a.Roles).Select(r => r.From).Distinct().ToList();
        var byDay = days.Select(day => extractor.Actors.Find(text, all, day)).ToList();
        return found
            .Select(m =>
            {
                if (m.Resolution != "title" || m.Actor is not null)
                    return m;
                var holders = byDay
                    .Select(f => f.FirstOrDefault(x => x.Range == m.Range)?.Actor)
                    .OfType<ActorEntry>()
                    .DistinctBy(a => a.Slug)
                    .ToList();
                return holders.Count == 1 ? m with { Actor = holders[0] } : m;
            })
            .ToList();
    }
}
