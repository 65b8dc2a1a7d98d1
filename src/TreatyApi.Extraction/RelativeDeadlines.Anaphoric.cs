using System.Globalization;
using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// Deadlines whose date is named by reference rather than written next to their word: "by December 31, 2012, the
/// same day the treaty itself was due to expire", "Thirty years ago today, START I entered into force", "the expiry of
/// New START next year". The vocabulary is in PhraseBook.Deadlines.cs (<see cref="PhraseBook.SameDayEnds"/>,
/// <see cref="PhraseBook.YearRelativeEnds"/>).
/// </summary>
internal static partial class RelativeDeadlines
{
    // ", the same day the treaty itself was due to expire", ", the day on which the treaty expires".
    private static readonly Regex SameDay = Interpret(
        @"^,(?: )?the (?:same |very )?day (?:on which |when |that )?[^,.;:()]{0,50}?"
            + B
            + "(?<w>"
            + Any(SameDayEnds)
            + ")"
            + E,
        RegexOptions.IgnoreCase
    );

    // "… by December 31, 2012, and the treaty itself was due to expire on that very day".
    private static readonly Regex ThatDay = Compile(
        B + "(?<w>" + Any(SameDayEnds) + ") on that (?:same |very )?day" + E,
        RegexOptions.IgnoreCase
    );

    // "Thirty years ago today, the START-1 Treaty entered into force".
    private static readonly Regex YearsAgoToday = Compile(
        B
            + Count
            + @" years ago today,?(?<rest>[^.;:!?]{1,80}?)"
            + B
            + "(?<w>entered into force|took effect|came into force|expired|lapsed)"
            + E,
        RegexOptions.IgnoreCase
    );

    // "the expiry of New START next year", "New START expires next year".
    private static readonly Regex YearRelative = Compile(
        B
            + "(?<w>"
            + Any(YearRelativeEnds)
            + ")"
            + E
            + @"[^.;:!?,]{0,40}?"
            + B
            + "(?:(?<rel>next|this) year|(?<rel>last) year)"
            + E,
        RegexOptions.IgnoreCase
    );

    private delegate DeadlineFact MakeFact(int from, int to, FactDate fd, string kind, string rule, string cue);

    private static IEnumerable<DeadlineFact> Anaphoric(
        string text,
        TextRange sentence,
        string slice,
        IReadOnlyList<DateMatch> dates,
        IReadOnlyList<Span> stated,
        DateOnly? published,
        MakeFact make
    )
    {
        foreach (var d in dates)
        {
            if (d.Relative || d.Range.End >= sentence.End)
                continue;
            var m = SameDay.Match(text[d.Range.End..Math.Min(sentence.End, d.Range.End + 120)]);
            if (!m.Success)
                continue;
            // The span is the reference only: the date itself is another deadline's ("by December 31, 2012").
            int at = d.Range.End + m.Value.IndexOf("the", StringComparison.OrdinalIgnoreCase);
            yield return make(
                at - sentence.Start,
                d.Range.End - sentence.Start + m.Length,
                new FactDate(d.Date, d.Precision, "stated", null),
                "expires",
                "same-day",
                m.Groups["w"].Value
            );
        }
        foreach (
            Match m in slice.Contains("that", StringComparison.Ordinal)
                ? ThatDay.Matches(slice)
                : Enumerable.Empty<Match>()
        )
        {
            var d = dates.LastOrDefault(d => !d.Relative && d.Range.End <= sentence.Start + m.Index);
            if (d is null)
                continue;
            yield return make(
                m.Index,
                m.Index + m.Length,
                new FactDate(d.Date, d.Precision, "stated", null),
                "expires",
                "same-day",
                m.Groups["w"].Value
            );
        }
        if (published is not { } pub)
            yield break;
        foreach (
            Match m in slice.Contains(" ago today", StringComparison.OrdinalIgnoreCase)
                ? YearsAgoToday.Matches(slice)
                : Enumerable.Empty<Match>()
        )
        {
            if (Offset(m.Groups["n"].Value, "years") is not { } ago)
                continue;
            var word = TextStructure.Normalize(m.Groups["w"].Value).ToLowerInvariant();
            var fd = new FactDate(
                pub.AddYears(-ago.Count),
                DatePrecision.Day,
                "relative",
                $"{ago.Count} years before publication ({pub:yyyy-MM-dd}), \"ago today\""
            );
            var kind =
                word.Contains("force", StringComparison.Ordinal) ? "entry-into-force"
                : word.Contains("effect", StringComparison.Ordinal) ? "effective"
                : "expires";
            yield return make(m.Index, m.Index + m.Length, fd, kind, "years-ago-today", word);
        }
        foreach (
            Match m in slice.Contains(" year", StringComparison.OrdinalIgnoreCase)
                ? YearRelative.Matches(slice)
                : Enumerable.Empty<Match>()
        )
        {
            if (stated.Any(x => x.Start < sentence.Start + m.Index + m.Length && sentence.Start + m.Index < x.End))
                continue;
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            int year =
                pub.Year
                + (
                    rel == "next" ? 1
                    : rel == "last" ? -1
                    : 0
                );
            var fd = new FactDate(
                new DateOnly(year, 12, 31),
                DatePrecision.Year,
                "relative",
                $"\"{rel} year\" read against the publication date {pub:yyyy-MM-dd}"
            );
            yield return make(
                m.Index,
                m.Index + m.Length,
                fd,
                "expires",
                "year-relative",
                m.Groups["w"].Value.ToLowerInvariant()
            );
        }
    }
}
