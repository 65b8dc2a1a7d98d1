using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// A month without its year ("is due to expire in February", "expired last December", "by the end of September",
/// "by the summit in July"): the year is taken from the publication date, forward for what is due, back for what is
/// past.
/// </summary>
internal static partial class RelativeDeadlines
{
    // "is due to expire in February", "expired last December", "by the end of September".
    private static readonly Regex MonthOnly = Compile(
        B
            + "(?<w>"
            + Any(
                DeadlineWords
                    // "ended" governs a date only when a treaty or moratorium ended (LimitExtractor.EndedIsTreaty).
                    .Where(w =>
                        (
                            w.Text.EndsWith(" in", StringComparison.Ordinal)
                            && !w.Text.StartsWith("ended", StringComparison.Ordinal)
                        ) || w.Text is "by" or "until"
                    )
                    .Select(w => Regex.Replace(w.Text, " in$", ""))
            )
            + @")(?: the end of)?(?: in)? "
            + @"(?:(?<rel>last|next|this) )?"
            + "(?:(?:"
            + Any(MonthParts)
            + ")(?:-| ))?"
            + MonthGroup("m")
            + @"(?!\w)(?!\.?(?: )?(?:\d|,(?: )?\d))"
            + YearAfterMonth
    );

    // "by October last year", "in March next year": the year is written after the month, relative to publication.
    private const string YearAfterMonth = @"(?:,? (?<ry>last|next|this) year" + E + ")?";
    private static readonly Regex EndOfMonth = Compile(
        B
            + @"(?<w>by|before|until|at|to) the end of "
            + @"(?:(?<rel>last|next|this) )?"
            + MonthGroup("m")
            + @"(?!\w)(?!\.?(?: )?(?:\d|,(?: )?\d))"
            + YearAfterMonth,
        RegexOptions.IgnoreCase
    );

    // "by the summit in July", "before the review conference in April": a meeting in a month without its year.
    private static readonly Regex EventInMonth = Compile(
        B
            + @"(?<w>by|before|no later than|not later than) (?:the|its|their|next) (?:[\w-]+ ){0,3}(?i:"
            + Any(MonthEvents)
            + @")s? in "
            + @"(?:(?<rel>last|next|this) )?"
            + MonthGroup("m")
            + @"(?!\w)(?!\.?(?: )?(?:\d|,(?: )?\d))"
    );
    private static readonly Regex PastWord = Compile(
        B + @"(?:expired|lapsed|took|entered|came|ended|terminated|ran)" + E,
        RegexOptions.IgnoreCase
    );

    // A past passive right before the date's preposition: "was ratified by", "had been destroyed by", "were
    // completed by", not "was to be completed by" or "is expected by". Said of what is reached, not of what is due.
    internal static readonly Regex PassiveReached = Compile(
        B + @"(?:was|were|had been|has been|have been) (?:\w+ed|done|met|made|taken|undertaken|written) (?:\w+ly )?$",
        RegexOptions.IgnoreCase
    );

    private static IEnumerable<DeadlineFact> MonthsWithoutYear(Scope s, DateOnly pub)
    {
        var sentence = s.Sentence;
        var slice = s.Slice;
        var treaty = s.Treaty;
        var dates = s.Dates;
        var months = MonthOnly.Matches(slice).Concat(EndOfMonth.Matches(slice));
        if (slice.Contains(" in ", StringComparison.Ordinal))
            months = months.Concat(EventInMonth.Matches(slice));
        foreach (var m in months)
        {
            if (
                dates.Any(d =>
                    d.Range.Start < sentence.Start + m.Index + m.Length
                    && sentence.Start + m.Index < d.Range.End
                    && d.Range.Start > sentence.Start + m.Index
                )
            )
                continue;
            var month = MonthNumbers[m.Groups["m"].Value.TrimEnd('.')];
            var word = TextStructure.Normalize(m.Groups["w"].Value).ToLowerInvariant();
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            bool past = rel == "last" || (rel != "next" && PastWord.IsMatch(word));
            int year =
                rel == "this" ? pub.Year
                : past ? (month <= pub.Month ? pub.Year : pub.Year - 1)
                : (month >= pub.Month ? pub.Year : pub.Year + 1);
            if (rel == "last" && month == pub.Month)
                year--;
            if (rel == "next" && month == pub.Month)
                year++;
            // "are due to leave at the end of May" in a text dated 1 June: read ahead, that is next May, eleven months
            // on; more often the text was written in May and dated in the first days after it. The month that has
            // just ended at publication, read ahead without "next", is too unsure a year to print.
            bool monthBefore = month == (pub.Month + 10) % 12 + 1 && pub.Day <= 7;
            if (!past && rel.Length == 0 && monthBefore && m.Groups["ry"].Value.Length == 0)
                continue;
            var ry = m.Groups["ry"].Value.ToLowerInvariant();
            if (ry.Length > 0)
                year =
                    pub.Year
                    + (
                        ry == "last" ? -1
                        : ry == "next" ? 1
                        : 0
                    );
            // "was ratified by October last year": a milestone the text reports as reached, not a date due.
            if (word is "by" or "until" && PassiveReached.IsMatch(slice[..m.Index]))
                continue;
            if (word == "by" && AgentBy(slice[..m.Index]))
                continue;
            // "one more year after its expiration in February": the event a period counts from.
            if (
                word.StartsWith("expir", StringComparison.Ordinal)
                && LimitExtractor.PeriodAfterNoun.IsMatch(slice[Math.Max(0, m.Index - 40)..m.Index])
            )
                continue;
            var fd = new FactDate(
                new DateOnly(year, month, 1),
                DatePrecision.Month,
                "relative",
                $"year taken from the publication date {pub:yyyy-MM-dd}"
            );
            var kind = word switch
            {
                "by" or "before" or "to" or "at" or "no later than" or "not later than" => "due",
                "until" => "until",
                _ when word.Contains("expir", StringComparison.Ordinal)
                        || word.Contains("laps", StringComparison.Ordinal)
                        || word.EndsWith(" out", StringComparison.Ordinal) => "expires",
                _ => "effective",
            };
            yield return s.Make(treaty, m.Index, m.Index + m.Length, fd, kind, null, "month-without-year", word);
        }
    }
}
