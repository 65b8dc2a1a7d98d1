using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TreatyApi.Extraction;

/// <summary>A date expression in the text. <see cref="Preposition"/> is the word that governs it ("by", "until"…),
/// lower-cased.</summary>
public sealed record DateMatch(
    TextRange Range,
    DateOnly Date,
    DatePrecision Precision,
    string? Preposition,
    bool Relative,
    string? Note
);

public static partial class Dates
{
    // The phrase book's month list, as the named group the date patterns read.
    private const string Month = "(?<month>" + PhraseBook.Month + ")";
    private const string Prep =
        @"(?:(?<prep>by|until|till|through|before|after|since|in|on|from|no later than|not later than)"
        + @"[\s\u00A0]+(?:the[\s\u00A0]+(?:(?:end|deadline)[\s\u00A0]+of[\s\u00A0]+)?)?)?";

    // One alternation, longest forms first, so "Feb. 5, 2026" is one match and not "Feb. 5" plus "2026".
    // Interpreted (see PhraseBook.Interpret): compiled, its IgnoreCase alternations took over a second to JIT at
    // start-up, more than the compiled matching saves on a 10,000-document ingest.
    private static readonly Regex DatePatternRegex = new(
        @"(?<![\w])"
            + Prep
            + @"(?:"
            + Month
            + @"[\s\u00A0]+(?<day>\d{1,2})(?:st|nd|rd|th)?,?[\s\u00A0]+(?<year>(?:19|20)\d\d)"
            + @"|(?<day2>\d{1,2})[\s\u00A0]+"
            + Month.Replace("<month>", "<month2>")
            + @",?[\s\u00A0]+(?<year2>(?:19|20)\d\d)"
            + @"|(?<iso>(?:19|20)\d\d-\d\d-\d\d)"
            + @"|"
            + Month.Replace("<month>", "<month3>")
            + @",?[\s\u00A0]+(?<year3>(?:19|20)\d\d)"
            + @"|"
            + Month.Replace("<month>", "<month4>")
            + @"[\s\u00A0]+(?<day4>\d{1,2})(?:st|nd|rd|th)?(?![\d,]*[\s\u00A0]*(?:19|20)\d\d)"
            + @"|(?<day6>\d{1,2})[\s\u00A0]+"
            + Month.Replace("<month>", "<month6>")
            + @"(?![\d,]*[\s\u00A0]*(?:19|20)\d\d)"
            + @"|(?<year5>(?:19|20)\d\d)(?!\d|,\d)"
            + "|(?<weekday>"
            + string.Join('|', PhraseBook.Weekdays)
            + ")"
            + @"|(?<rel>yesterday|today)"
            + @")(?![\w])",
        RegexOptions.IgnoreCase
    );

    /// <summary>The date pattern, unanchored (DateStartsTests compares <see cref="Starts"/> with it).</summary>
    public static Regex DatePattern() => DatePatternRegex;

    /// <summary>The pattern tried only where a date can begin (it was the extractor's most expensive step).</summary>
    public static readonly DateStarts Starts = new(
        DatePatternRegex,
        ["prep", "weekday", "rel"],
        PhraseBook.MonthNumbers.Keys
    );

    /// <summary>
    /// Dates in a range. Years alone count only after a preposition ("by 2018"), since a bare four-digit
    /// number is usually a quantity. Relative dates resolve against <paramref name="published"/>.
    /// </summary>
    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<DateMatch> Find(string text, TextRange within, DateOnly? published)
    {
        // Events, limits and statements each read the dates of the same sentences of a document: the last text's
        // answers are kept per thread, keyed by the text's identity (a string that is held cannot be another text).
        if (!ReferenceEquals(_lastText, text))
        {
            _lastText = text;
            (_lastFinds ??= []).Clear();
        }
        if (!_lastFinds!.TryGetValue((within, published), out var found))
            _lastFinds[(within, published)] = found = Scan(text, within, published);
        return [.. found];
    }

    [ThreadStatic]
    private static string? _lastText;

    [ThreadStatic]
    private static Dictionary<(TextRange, DateOnly?), List<DateMatch>>? _lastFinds;

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<DateMatch> Scan(string text, TextRange within, DateOnly? published)
    {
        var result = new List<DateMatch>();
        var slice = text.Substring(within.Start, within.Length);
        foreach (var m in Starts.Matches(slice))
        {
            var prep = m.Groups["prep"].Success
                ? TextStructure.Normalize(m.Groups["prep"].Value).ToLowerInvariant()
                : null;
            var range = new TextRange(within.Start + m.Index, within.Start + m.Index + m.Length);
            var d = Interpret(m, prep, published);
            if (d is null)
                continue;
            result.Add(d with { Range = range });
        }
        return result;
    }

    // Hot per document: JIT-compiled fully optimised at its first call instead of tier 0, instrumented tier, tier 1
    // (less JIT and profiling during warm-up; README → Performance, AggressiveOptimization).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateMatch? Interpret(Match m, string? prep, DateOnly? published)
    {
        var none = new TextRange(0, 0);
        try
        {
            if (m.Groups["day"].Success)
                return new(
                    none,
                    new DateOnly(Year(m, "year"), MonthOf(m, "month"), Day(m, "day")),
                    DatePrecision.Day,
                    prep,
                    false,
                    null
                );
            if (m.Groups["day2"].Success)
                return new(
                    none,
                    new DateOnly(Year(m, "year2"), MonthOf(m, "month2"), Day(m, "day2")),
                    DatePrecision.Day,
                    prep,
                    false,
                    null
                );
            if (m.Groups["iso"].Success)
                return new(
                    none,
                    DateOnly.ParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DatePrecision.Day,
                    prep,
                    false,
                    null
                );
            if (m.Groups["month3"].Success)
            {
                // "May 2018" is a date; a lone "may" followed by a year is rarer than the verb, so require a capital.
                if (!char.IsUpper(m.Groups["month3"].Value[0]))
                    return null;
                return new(
                    none,
                    new DateOnly(Year(m, "year3"), MonthOf(m, "month3"), 1),
                    DatePrecision.Month,
                    prep,
                    false,
                    null
                );
            }
            if (m.Groups["day4"].Success)
            {
                if (published is not { } pub || !char.IsUpper(m.Groups["month4"].Value[0]))
                    return null;
                // "June 18" in an article: the most recent June 18 not far after publication.
                var d = new DateOnly(pub.Year, MonthOf(m, "month4"), Day(m, "day4"));
                if (d > pub.AddDays(31))
                    d = d.AddYears(-1);
                return new(
                    none,
                    d,
                    DatePrecision.Day,
                    prep,
                    true,
                    $"year taken from the publication date {pub:yyyy-MM-dd}"
                );
            }
            if (m.Groups["day6"].Success)
            {
                // "effective 2 February": the day-first form of "February 2", read the same way.
                if (published is not { } pub || !char.IsUpper(m.Groups["month6"].Value[0]))
                    return null;
                var d = new DateOnly(pub.Year, MonthOf(m, "month6"), Day(m, "day6"));
                if (d > pub.AddDays(31))
                    d = d.AddYears(-1);
                return new(
                    none,
                    d,
                    DatePrecision.Day,
                    prep,
                    true,
                    $"year taken from the publication date {pub:yyyy-MM-dd}"
                );
            }
            if (m.Groups["year5"].Success)
            {
                if (prep is null or "on" or "from" or "since" or "after")
                    return null;
                return new(none, new DateOnly(Year(m, "year5"), 1, 1), DatePrecision.Year, prep, false, null);
            }
            if (m.Groups["weekday"].Success)
            {
                if (published is not { } pub || !char.IsUpper(m.Groups["weekday"].Value[0]))
                    return null;
                var wd = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
                // News style: a bare weekday is the most recent one on or before the publication date.
                int back = ((int)pub.DayOfWeek - (int)wd + 7) % 7;
                var d = pub.AddDays(-back);
                return new(
                    none,
                    d,
                    DatePrecision.Day,
                    prep,
                    true,
                    $"\"{m.Groups["weekday"].Value}\" read as the {wd} on or before publication ({pub:yyyy-MM-dd})"
                );
            }
            if (m.Groups["rel"].Success)
            {
                if (published is not { } pub)
                    return null;
                var word = m.Groups["rel"].Value.ToLowerInvariant();
                var d = word == "yesterday" ? pub.AddDays(-1) : pub;
                return new(
                    none,
                    d,
                    DatePrecision.Day,
                    prep,
                    true,
                    $"\"{word}\" resolved against publication ({pub:yyyy-MM-dd})"
                );
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or FormatException)
        {
            // "February 30, 2020" or "2012-02-30": not a date, so not a fact.
        }
        return null;
    }

    private static int Year(Match m, string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);

    private static int Day(Match m, string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(Match m, string g) => PhraseBook.MonthNumbers[m.Groups[g].Value.TrimEnd('.')];

    [GeneratedRegex(
        @"^[\s\u00A0]*" + Month + @"[\s\u00A0]+(?<day>\d{1,2}),?[\s\u00A0]+(?<year>(?:19|20)\d\d)[\s\u00A0]*$",
        RegexOptions.Multiline
    )]
    private static partial Regex DateLine();

    /// <summary>The publication date of a news page: the first line that is nothing but a full date.</summary>
    public static DateOnly? PublicationLine(string text)
    {
        var m = DateLine().Match(text);
        if (!m.Success)
            return null;
        try
        {
            return new DateOnly(Year(m, "year"), MonthOf(m, "month"), Day(m, "day"));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
