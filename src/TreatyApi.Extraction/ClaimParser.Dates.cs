using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>
/// Dates a claim gives in words the document date reader does not read: a feast day ("Christmas Day 2020"), a season
/// ("the autumn of 1972"), a part of a month ("late April 1997"), and a day written with slashes ("22/01/2021").
/// </summary>
public sealed partial class ClaimParser
{
    // Fixed feast days, as reporters date by them.
    [GeneratedRegex(
        @"\b(?:on\s+)?(?<h>Christmas\s+Day|Christmas\s+Eve|New\s+Year's\s+Day|New\s+Year's\s+Eve|Halloween|"
            + @"Valentine's\s+Day)(?:\s+(?:of\s+)?|,\s*)(?<y>(?:19|20)\d\d)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex FeastDay();

    // "the autumn of 1972", "spring 2010"; winter is left out (it spans two years).
    [GeneratedRegex(
        @"\b(?:(?<part>early|late|mid)[\s-]+)?(?<s>spring|summer|autumn|fall)\s+(?:of\s+)?(?<y>(?:19|20)\d\d)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Season();

    // "late April 1997", "mid-October 2023", "early in March 2020".
    [GeneratedRegex(
        @"\b(?<part>early|mid|middle|late)(?:[\s-]+|\s+in\s+)(?<m>"
            + PhraseBook.Month
            + @")\s*,?\s+(?<y>(?:19|20)\d\d)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex MonthPart();

    // "the first days of 1993", "the final weeks of 1985", "the first week of February 2021", "the last day of
    // 1994", "the first half of 2011": a part of a year or a month told by its first or last days, weeks or half.
    [GeneratedRegex(
        @"\bthe\s+(?<which>first|opening|early|last|final|closing|second)\s+(?<unit>days?|weeks?|half)\s+of\s+"
            + @"(?:(?<m>"
            + PhraseBook.Month
            + @")\s*,?\s+)?(?<y>(?:19|20)\d\d)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex PeriodPart();

    [GeneratedRegex(@"(?<![\d/])(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>(?:19|20)\d\d)(?![\d/])")]
    private static partial Regex SlashDate();

    private static void Spans(string text, List<ClaimDate> dates, Func<int, bool> inQuote)
    {
        void Put(Match m, DateOnly from, DateOnly until, (DateOnly, DateOnly) around, DatePrecision precision)
        {
            if (inQuote(m.Index))
                return;
            var r = new TextRange(m.Index, m.Index + m.Length);
            var prep = dates
                .Where(d => new TextRange(d.Span.Start, d.Span.End).Overlaps(r))
                .Select(d => d.Preposition)
                .FirstOrDefault(x => x is not null);
            dates.RemoveAll(d => new TextRange(d.Span.Start, d.Span.End).Overlaps(r));
            var start = m.Value.StartsWith("on ", StringComparison.OrdinalIgnoreCase) ? m.Index + 3 : m.Index;
            dates.Add(
                new ClaimDate(from, precision, prep ?? PrepositionBefore(text, start), Span.Of(text, start, r.End))
                {
                    Until = from == until ? null : until,
                    Around = from == until ? null : around,
                }
            );
        }
        foreach (Match m in FeastDay().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var h = Regex.Replace(m.Groups["h"].Value.ToLowerInvariant(), @"\s+", " ");
            var day = h switch
            {
                "christmas day" => new DateOnly(y, 12, 25),
                "christmas eve" => new DateOnly(y, 12, 24),
                "new year's day" => new DateOnly(y, 1, 1),
                "new year's eve" => new DateOnly(y, 12, 31),
                "halloween" => new DateOnly(y, 10, 31),
                _ => new DateOnly(y, 2, 14),
            };
            Put(m, day, day, (day, day), DatePrecision.Day);
        }
        foreach (Match m in Season().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var first = m.Groups["s"].Value.ToLowerInvariant() switch
            {
                "spring" => 3,
                "summer" => 6,
                _ => 9,
            };
            var from = new DateOnly(y, first, 1);
            var until = from.AddMonths(3).AddDays(-1);
            // "late summer" is the season's last month, "early" its first; the season is not wrong.
            if (m.Groups["part"].Success)
                (from, until) = m.Groups["part"].Value.ToLowerInvariant() switch
                {
                    "early" => (from, from.AddMonths(1).AddDays(-1)),
                    "mid" => (from.AddMonths(1), from.AddMonths(2).AddDays(-1)),
                    _ => (from.AddMonths(2), until),
                };
            // A season is told two ways: by whole months (spring from March 1) and by the equinox or solstice
            // (from March 20 or 21). Only days of both support it; the rest of either is near, not surely it.
            var astronomical = new DateOnly(y, first, first == 9 ? 23 : 21);
            if (from < astronomical)
                from = astronomical;
            if (until < from)
                continue;
            Put(
                m,
                from,
                until,
                (new DateOnly(y, first, 1).AddMonths(-1), new DateOnly(y, first, 1).AddMonths(4).AddDays(-1)),
                DatePrecision.Month
            );
        }
        foreach (Match m in MonthPart().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = MonthNumber(m.Groups["m"].Value);
            if (month == 0)
                continue;
            var first = new DateOnly(y, month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            var (from, until) = m.Groups["part"].Value.ToLowerInvariant() switch
            {
                "early" => (first, first.AddDays(9)),
                "mid" or "middle" => (first.AddDays(10), first.AddDays(19)),
                _ => (first.AddDays(20), last),
            };
            Put(m, from, until, (first, last), DatePrecision.Day);
        }
        foreach (Match m in PeriodPart().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = m.Groups["m"].Success ? MonthNumber(m.Groups["m"].Value) : 0;
            var first = new DateOnly(y, month == 0 ? 1 : month, 1);
            var last = month == 0 ? new DateOnly(y, 12, 31) : first.AddMonths(1).AddDays(-1);
            if (PeriodOf(m.Groups["which"].Value, m.Groups["unit"].Value, first, last, month == 0) is not { } p)
                continue;
            Put(m, p.From, p.Until, p.Around, DatePrecision.Day);
        }
        // A day with slashes is read only when the order is sure: a part over 12 is the day (22/01/2021 or
        // 11/19/1990); 05/06/2011 could be either, and is not read as a date.
        foreach (Match m in SlashDate().Matches(text))
        {
            int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture),
                b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture),
                y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var (day, month) =
                a > 12 && b <= 12 ? (a, b)
                : b > 12 && a <= 12 ? (b, a)
                : (0, 0);
            if (month == 0 || day > DateTime.DaysInMonth(y, month))
                continue;
            var d = new DateOnly(y, month, day);
            Put(m, d, d, (d, d), DatePrecision.Day);
        }
    }

    /// <summary>
    /// The days "the first days of 1993" (or of a month) supports, and the days that are not surely wrong: the first
    /// or last day is that day; days are ten days (a year's in its first or last month); a week is seven days, and
    /// weeks of a year its first or last month, a month's its first or last half; a half is six months. Null when
    /// the words are no such part ("the second day of", "the early weeks" of a month are read, "second weeks" not).
    /// </summary>
    private static (DateOnly From, DateOnly Until, (DateOnly, DateOnly) Around)? PeriodOf(
        string which,
        string unit,
        DateOnly first,
        DateOnly last,
        bool year
    )
    {
        var start = which.ToLowerInvariant() is "first" or "opening" or "early";
        var u = unit.ToLowerInvariant();
        if (which.Equals("second", StringComparison.OrdinalIgnoreCase))
            return u == "half" && year
                ? (new DateOnly(first.Year, 7, 1), last, (new DateOnly(first.Year, 7, 1), last))
                : null;
        if (u == "half")
            return !year ? null
                : start ? (first, new DateOnly(first.Year, 6, 30), (first, new DateOnly(first.Year, 6, 30)))
                : (new DateOnly(first.Year, 7, 1), last, (new DateOnly(first.Year, 7, 1), last));
        // The month the part lies in, for a year; the month itself for a month: a day outside it is surely wrong.
        var inMonth = start
            ? (first, year ? first.AddMonths(1).AddDays(-1) : last)
            : (year ? new DateOnly(last.Year, 12, 1) : first, last);
        return u switch
        {
            "day" => start ? (first, first, (first, first)) : (last, last, (last, last)),
            "days" => start ? (first, first.AddDays(9), inMonth) : (last.AddDays(-9), last, inMonth),
            "week" => start ? (first, first.AddDays(6), inMonth) : (last.AddDays(-6), last, inMonth),
            // "the final weeks of 1985" is December, and may reach back into November.
            _ when year => start
                ? (first, first.AddMonths(1).AddDays(-1), (first, first.AddMonths(2).AddDays(-1)))
                : (new DateOnly(last.Year, 12, 1), last, (new DateOnly(last.Year, 11, 1), last)),
            _ => start ? (first, first.AddDays(14), inMonth) : (last.AddDays(-14), last, inMonth),
        };
    }

    private static int MonthNumber(string m)
    {
        var k = m.TrimEnd('.').ToLowerInvariant();
        k = k.Length > 3 ? k[..3] : k;
        return Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], k)
            + 1;
    }

    private static string? PrepositionBefore(string text, int at) =>
        Regex.Match(
            text[..at],
            @"\b(?<p>by|until|till|through|before|after|since|in|on|from)\s+(?:the\s+)?$",
            RegexOptions.IgnoreCase
        )
            is { Success: true } p
            ? p.Groups["p"].Value.ToLowerInvariant()
            : null;
}
