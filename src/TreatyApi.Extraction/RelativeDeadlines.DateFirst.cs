using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// A date written before the word it governs: "On Tuesday, the withdrawal took effect", "12 December 2007: Russia
/// suspends implementation", a fact sheet's labelled dates ("Entered into force: 5 December 1994"), and the day a state
/// announced that it no longer holds to a treaty or a moratorium ("said on 3 May that it no longer considered itself
/// bound").
/// </summary>
internal static partial class RelativeDeadlines
{
    /// <summary>Labels of a fact sheet's dates that are deadlines, with the kind each gives.</summary>
    private static readonly Dictionary<string, string> DateLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Entered into force"] = "entry-into-force",
        ["Entry into force"] = "entry-into-force",
        ["Expired"] = "expires",
        ["Expires"] = "expires",
        ["Expiry"] = "expires",
        ["Terminated"] = "expires",
        ["Ended"] = "expires",
        ["Transition Day"] = "effective",
        ["Termination Day"] = "expires",
        ["Adoption Day"] = "effective",
        ["Implementation Day"] = "effective",
    };

    // "On Tuesday, the withdrawal took effect", "12 December 2007: Russia suspends implementation": the date first.
    // "as of 18 December 2021 Russia is no longer a State Party", "on Sunday formally ceased to be a party", "on 14
    // June 2002, Russia declared that it no longer considered itself bound by START II": it leaves the treaty that day.
    // "On February 5 of this year that treaty expired": it ends that day.
    private static readonly Regex AfterDateWord = Compile(
        B
            + @"(?<w>(?:took|takes|take) effect|"
            // The acts of a treaty's start in each form: "On 22 January 2021 the ban will come into force".
            + @"(?:entered|enters|enter) into force|(?:came|comes|come) into (?:force|effect)|suspends|suspended|"
            + @"(?:is|was) no longer a (?:state )?party|ceased to be a (?:state )?party|expired|lapsed|"
            + @"no longer (?:(?:considered|considers|felt|feels|deemed|deems) )?(?:itself |themselves )?bound)"
            + E,
        RegexOptions.IgnoreCase
    );

    // The date opens its sentence or line, perhaps after a short lead ("Twenty years ago this week, on 14 June
    // 2002, …", "Accordingly, as of 18 December 2021 …") that is not a dateline's place ("VIENNA, Nov 22").
    private static readonly Regex OpensSentence = Compile(
        // A short label may lead it too ("Key point: On 5 February 2011, …").
        @"^(?:[-\u2022*] )?(?:[A-Z][\w\x20]{0,24}: )?[""\u201C\u2018']?(?:(?![A-Z.\x20]+, )[^,;:\n]{0,40}, )?"
            + @"(?:(?i:on|at midnight on|as of) )?$"
    );

    // "The treaty died on 2 August 2019, when the U.S. withdrawal took effect": the date the when-clause explains.
    private static readonly Regex WhenClause = Interpret(@"^, when [^,;:()]{0,60}$");

    private static readonly Regex AnnouncedBefore = Interpret(
        B + "(?:announced|declared)(?: )?$",
        RegexOptions.IgnoreCase
    );
    private static readonly Regex LeavesAfter = Interpret(
        @"\G that [^.;:!?]{0,60}?"
            + B
            + @"(?<w>no longer (?:\w+ )?(?:itself )?bound|(?:was|is) ending its|would end its)"
            + E,
        RegexOptions.IgnoreCase
    );

    private static readonly Regex PresentEffect = Compile(@"^(?:takes effect|enters into force)$");

    // "Signed on 8 December 1987, the treaty entered into force …": the date is of another step.
    // Lower case: "Open Skies" names a treaty, not a step.
    private static readonly Regex OtherStep = Compile(B + @"(?:sign|conclud|adopt|ratif|open|agree|negotiat)\w*");

    // "- Entered into force: 5 December 1994" in a fact sheet's list of dates; "- Adoption Day fell on 18 October".
    private static readonly Regex Labelled = Compile(
        @"^(?:[-\u2022*] )?(?<w>"
            + Any(DateLabels.Keys)
            + @")(?:(?: )?:(?: )?(?=\S)| (?:fell|came|began|arrived) (?=on ))",
        RegexOptions.IgnoreCase | RegexOptions.Multiline
    );

    private static IEnumerable<DeadlineFact> DatesBeforeWord(Scope s)
    {
        var text = s.Text;
        var sentence = s.Sentence;
        var slice = s.Slice;
        var treaty = s.Treaty;
        var dates = s.Dates;
        var stated = s.Stated;
        foreach (Match m in AfterDateWord.Matches(slice))
        {
            int at = sentence.Start + m.Index,
                end = at + m.Length;
            // A date after the word on its line is the one it governs (read as a deadline word elsewhere).
            if (
                dates.Any(d =>
                    d.Range.Start >= end
                    && d.Range.Start < end + 70
                    && !text.AsSpan(end, d.Range.Start - end).Contains('\n')
                )
            )
                continue;
            var word = TextStructure.Normalize(m.Groups["w"].Value).ToLowerInvariant();
            // Only a date that opens the sentence ("On Tuesday, …", "7 November 2023: …"); "today" only with the
            // present tense ("Today the withdrawal takes effect", not "today recalled that it entered into force").
            // A list line is a sentence of its own ("- 7 November 2023: Russia's withdrawal takes effect").
            var d = dates.FirstOrDefault(d =>
                d.Range.End <= at
                && at - d.Range.End <= 90
                && d.Precision != DatePrecision.Year
                && !Dateline.IsMatch(text[s.RawLineStart(d.Range.Start)..d.Range.Start])
                && (
                    OpensSentence.IsMatch(text[s.LineStart(d.Range.Start)..d.Range.Start])
                    || WhenClause.IsMatch(text[d.Range.End..at])
                )
                && (d.Note?.Contains("\"today\"", StringComparison.Ordinal) != true || PresentEffect.IsMatch(word))
            );
            if (
                d is null
                || OtherStep.IsMatch(text[d.Range.End..at])
                || text[d.Range.End..at].Contains(';')
                || stated.Any(x => x.Start < d.Range.End && d.Range.Start < x.End)
            )
                continue;
            var kind =
                word.Contains("force", StringComparison.Ordinal) ? "entry-into-force"
                : word is "expired" or "lapsed" ? "expires"
                : "effective";
            var fd = new FactDate(d.Date, d.Precision, d.Relative ? "relative" : "stated", d.Note);
            yield return s.Make(
                treaty,
                d.Range.Start - sentence.Start,
                m.Index + m.Length,
                fd,
                kind,
                null,
                "date-before-word",
                word
            );
        }
    }

    private static IEnumerable<DeadlineFact> LabelledDates(Scope s)
    {
        var sentence = s.Sentence;
        var slice = s.Slice;
        var treaty = s.Treaty;
        var dates = s.Dates;
        foreach (Match m in Labelled.Matches(slice))
        {
            var d = dates.FirstOrDefault(x => x.Range.Start == sentence.Start + m.Index + m.Length);
            if (d is null || d.Relative)
                continue;
            var label = TextStructure.Normalize(m.Groups["w"].Value);
            var fd = new FactDate(d.Date, d.Precision, "stated", null);
            yield return s.Make(
                treaty,
                m.Index,
                d.Range.End - sentence.Start,
                fd,
                DateLabels[label],
                null,
                "labelled-date",
                label
            );
        }
    }

    /// <summary>
    /// "announced in August 2025 that Moscow no longer felt bound by its moratorium", "said on 3 May that it was
    /// ending its freeze": the day a state says it no longer holds to it is the day that takes effect, as reports date
    /// it. Not "announced on 1 February that it would withdraw from the treaty": a withdrawal takes effect after the
    /// treaty's notice period (six months for most), so the day it is announced is the notice, not the leaving.
    /// </summary>
    private static IEnumerable<DeadlineFact> AnnouncedLeaving(Scope s)
    {
        var text = s.Text;
        var sentence = s.Sentence;
        var treaty = s.Treaty;
        var dates = s.Dates;
        var stated = s.Stated;
        foreach (var d in dates)
        {
            if (d.Precision == DatePrecision.Year || d.Range.End >= sentence.End)
                continue;
            if (!AnnouncedBefore.IsMatch(text[Math.Max(sentence.Start, d.Range.Start - 20)..d.Range.Start]))
                continue;
            int reach = Math.Min(sentence.End, d.Range.End + 120) - d.Range.End;
            var leaves = LeavesAfter.Match(text, d.Range.End, reach);
            if (!leaves.Success || stated.Any(x => x.Start < d.Range.End && d.Range.Start < x.End))
                continue;
            var fd = new FactDate(d.Date, d.Precision, d.Relative ? "relative" : "stated", d.Note);
            int at = text.LastIndexOf("announced", d.Range.Start, StringComparison.OrdinalIgnoreCase);
            yield return s.Make(
                treaty,
                (at < sentence.Start ? d.Range.Start : at) - sentence.Start,
                leaves.Index + leaves.Length - sentence.Start,
                fd,
                "effective",
                null,
                "announced-leaving",
                TextStructure.Normalize(leaves.Groups["w"].Value)
            );
        }
    }
}
