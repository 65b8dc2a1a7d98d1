using System.Text.RegularExpressions;
using static TreatyApi.Extraction.PhraseBook;

namespace TreatyApi.Extraction;

/// <summary>
/// Time granted to act, the wire-copy shape of an ultimatum or a treaty's schedule: "Russia has 60 days to return to
/// compliance", "the watchdog gave Damascus 30 days to hand over a declaration", "the treaty entered into force on 1
/// June 1988 and gave the parties three years to destroy the missiles". The period runs from the day the sentence gives
/// the statement (<see cref="StatementDay"/>) or the treaty's entry into force; a present "now has" said that day from
/// publication; a past grant of days or months from an event the text leaves unnamed (no date). A grant of years with
/// nothing to count from ("we have given Moscow six years to fix this") is time that passed, not a deadline.
/// </summary>
internal static partial class RelativeDeadlines
{
    private static readonly Regex Granted = Compile(
        B
            + "(?<w>has|have|had|gave|gives|give|given|granted|grants)"
            + E
            + @"(?:(?: )[\w'\u2019.-]+){0,5}? "
            + Count
            + "(?: |-)"
            + Unit
            // Not "in the years to come", "with two days to go".
            + " to (?!(?:come(?! back)|go|spare|run)"
            + E
            + ")[a-z]+",
        RegexOptions.IgnoreCase
    );

    // "entered into force on 1 June 1988 and gave …": the day the period counts from.
    private static readonly Regex EntryBefore = Interpret(
        B + "(?:entered|came) into (?:force|effect)(?: on)?(?: )?$",
        RegexOptions.IgnoreCase
    );

    private static readonly Regex Now = Compile(B + "now" + E, RegexOptions.IgnoreCase);

    private static IEnumerable<DeadlineFact> GrantedPeriods(Scope s)
    {
        var text = s.Text;
        var sentence = s.Sentence;
        var slice = s.Slice;
        var dates = s.Dates;
        foreach (Match m in Granted.Matches(slice))
        {
            if (Offset(m.Groups["n"].Value, m.Groups["u"].Value) is not { } offset)
                continue;
            int at = sentence.Start + m.Index;
            var word = m.Groups["w"].Value.ToLowerInvariant();
            bool present = word is "has" or "have" or "gives" or "give" or "grants";
            var said = StatementDay(text, sentence, dates, at);
            var entry = said is null
                ? dates.LastOrDefault(d =>
                    d.Range.End <= at
                    && d.Precision == DatePrecision.Day
                    && EntryBefore.IsMatch(text[Math.Max(sentence.Start, d.Range.Start - 30)..d.Range.Start])
                )
                : null;
            FactDate? fd;
            string from;
            if (said is not null)
            {
                fd = FromAnnouncement(offset, said.Date, said);
                from = "announcement";
            }
            else if (entry is not null)
            {
                fd = new FactDate(
                    offset.Add(entry.Date),
                    DatePrecision.Day,
                    "relative",
                    $"{offset.Iso} after the entry into force the sentence gives ({entry.Date:yyyy-MM-dd})"
                );
                from = "entered-into-force";
            }
            // "Russia now has two months to comply": said on the day of the report.
            else if (present && s.Published is { } day && Now.IsMatch(slice[..m.Index]))
            {
                fd = FromAnnouncement(offset, day, null);
                from = "announcement";
            }
            // A rule of the present with nothing to count from ("Congress has 60 days to review it") is a standing
            // rule of another body; a grant of years with nothing to count from is time that passed.
            else if (present || offset.Unit == 'Y')
                continue;
            else
            {
                fd = null;
                from = "unstated";
            }
            yield return s.Make(
                s.Treaty,
                m.Index,
                m.Index + m.Length,
                fd,
                "due",
                new RelativeDate(from, offset.Iso),
                "granted-period",
                word
            );
        }
    }
}
