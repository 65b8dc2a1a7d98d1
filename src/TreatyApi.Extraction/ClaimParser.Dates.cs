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
